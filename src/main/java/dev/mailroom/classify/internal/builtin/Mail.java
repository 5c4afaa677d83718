package dev.mailroom.classify.internal.builtin;

import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.shared.EmailAddress;
import java.util.Locale;

/** What the cues look at, worked out once: the parsed message, its headers, lower-cased text. */
record Mail(ParsedMessage message, MailHeaders headers, String subject, String body, String fromName, String fromAddress,
        String fromDomain) {

    private static final int BODY_LIMIT = 20_000;
    private static final java.util.regex.Pattern LIST_ADDRESS = java.util.regex.Pattern.compile("(?i)[-_.](list|lists|talk|"
            + "users|devel|dev|discuss|general|l)@|@(lists?|listserv|groups|yahoogroups|googlegroups)\\.|@[^>,\\s]*\\.lists?\\.|"
            + "^[^@]*(-l|listserv)@");

    static Mail of(ParsedMessage m, MailHeaders h) {
        String subject = m.subject() == null ? "" : m.subject().toLowerCase(Locale.ROOT);
        String text = m.text() == null ? "" : m.text();
        if (text.length() > BODY_LIMIT) {
            text = text.substring(0, BODY_LIMIT);
        }
        EmailAddress from = m.from().isEmpty() ? null : m.from().get(0);
        String name = from == null || from.name() == null ? "" : from.name().strip();
        String address = from == null || from.address() == null ? "" : from.address().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1);
        return new Mail(m, h, subject, text.toLowerCase(Locale.ROOT), name, address, domain);
    }

    /** Subject and body together, for cues that may appear in either. */
    String all() {
        return subject + "\n" + body;
    }

    String localPart() {
        int at = fromAddress.lastIndexOf('@');
        return at < 0 ? fromAddress : fromAddress.substring(0, at);
    }

    String header(String name) {
        return headers.first(name).orElse("").toLowerCase(Locale.ROOT);
    }

    boolean isList() {
        return message.listId() != null || headers.has("List-Id") || headers.has("List-Post") || isAddressedToList();
    }

    /** Every address in To is a mailing list's, such as {@code dev-list@} or {@code ...@lists.example.org}. */
    boolean isAddressedToList() {
        var to = message.to();
        return !to.isEmpty() && to.stream().allMatch(a -> a.address() != null && LIST_ADDRESS.matcher(a.address()).find());
    }

    boolean isReply() {
        return message.inReplyTo() != null || !message.references().isEmpty() || subject.matches("^\\s*(re|aw|sv|antw)\\s*:.*");
    }
}
