package dev.mailroom.ingest;

import java.util.List;
import java.util.Set;

/**
 * Published after a batch of new messages has been committed to the store, in store order: the
 * input of the analysis pipeline (full-text index, classification, extraction).
 *
 * @param account the account's name
 * @param messages the newly stored messages of the batch, ids ascending
 */
public record MessagesStored(String account, List<Message> messages) {

    public MessagesStored {
        messages = List.copyOf(messages);
    }

    /**
     * One stored message with what the parser understood of it.
     *
     * @param id the store id
     * @param threadId the thread it was placed in
     * @param folder the folder it was stored in
     * @param flags its flags
     * @param size the raw size in bytes
     * @param parsed the parsed message, with text bodies and attachment text
     * @param header the raw header section ({@link IngestService#headerSection}), for stages that read
     *     fields the parser does not keep, such as List-Unsubscribe or Authentication-Results
     */
    public record Message(long id, long threadId, String folder, Set<MessageFlag> flags, long size, ParsedMessage parsed,
            byte[] header) {

        public Message {
            flags = Set.copyOf(flags);
            header = header == null ? new byte[0] : header;
        }

        /** A message whose raw header section is not at hand. */
        public Message(long id, long threadId, String folder, Set<MessageFlag> flags, long size, ParsedMessage parsed) {
            this(id, threadId, folder, flags, size, parsed, null);
        }

        /** The same message with other flags, as a stage that changes them hands it on. */
        public Message withFlags(Set<MessageFlag> newFlags) {
            return new Message(id, threadId, folder, newFlags, size, parsed, header);
        }
    }
}
