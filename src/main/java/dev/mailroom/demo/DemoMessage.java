package dev.mailroom.demo;

import dev.mailroom.ingest.MessageFlag;
import java.time.Instant;
import java.util.Set;

/**
 * What the demo mailbox knows about one of its messages, beyond the bytes: where it is filed and
 * what a reader would make of it.
 *
 * @param messageId the Message-ID header value, with angle brackets
 * @param date the instant of the Date header
 * @param folder {@code INBOX}, or a Maildir++ folder name without the leading dot ({@code Sent},
 *     {@code Archive})
 * @param flags the Maildir flags; empty for unread mail
 * @param category the category a person would give the message
 * @param payment the payment the message is about, or {@code null} when there is none
 */
public record DemoMessage(
        String messageId,
        Instant date,
        String folder,
        Set<MessageFlag> flags,
        DemoCategory category,
        DemoPayment payment) {

    public DemoMessage {
        flags = Set.copyOf(flags);
    }
}
