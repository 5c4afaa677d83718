package dev.mailroom.classify.rules;

import dev.mailroom.ingest.ParsedMessage;
import java.util.Objects;

/**
 * What a rule reads of a message.
 *
 * @param id the message's store id (0 for a message not stored)
 * @param account the name of the account it came from, or {@code null}
 * @param parsed the parsed message; its {@link ParsedMessage#date()} is the date ages count from
 * @param header the raw header section ({@code IngestService.headerSection(raw)}) for header conditions
 * @param size the raw message's size in bytes
 */
public record RuleMessage(long id, String account, ParsedMessage parsed, byte[] header, long size) {

    public RuleMessage {
        Objects.requireNonNull(parsed, "parsed");
        header = header == null ? new byte[0] : header;
    }
}
