package dev.mailroom.demo;

import dev.mailroom.ingest.MessageFlag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes one RFC 822 message, header by header and part by part, and registers it. */
final class MailBuilder {

    static final DateTimeFormatter RFC_5322 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

    private final MailboxAssembler mailbox;
    private final Person from;
    private final List<Person> to = new ArrayList<>();
    private final List<Person> cc = new ArrayList<>();
    private final List<String> extraHeaders = new ArrayList<>();
    private final List<String> attachments = new ArrayList<>();
    private String subject = "";
    private Instant date;
    private String messageId;
    private String inReplyTo;
    private List<String> references = List.of();
    private String body;
    private String bodyHeaders;
    private String folder = "INBOX";
    private DemoCategory category = DemoCategory.PRIMARY;
    private DemoPayment payment;
    private Set<MessageFlag> flags;
    private boolean zoneComment;

    MailBuilder(MailboxAssembler mailbox, Person from) {
        this.mailbox = mailbox;
        this.from = from;
    }

    MailBuilder to(Person... people) {
        to.addAll(List.of(people));
        return this;
    }

    MailBuilder cc(Person... people) {
        cc.addAll(List.of(people));
        return this;
    }

    MailBuilder subject(String subject) {
        this.subject = subject;
        return this;
    }

    MailBuilder at(Instant date) {
        this.date = date;
        return this;
    }

    MailBuilder messageId(String messageId) {
        this.messageId = messageId;
        return this;
    }

    /** Makes this a reply: In-Reply-To the parent and References its whole chain. */
    MailBuilder replyTo(String parentId) {
        this.inReplyTo = parentId;
        this.references = mailbox.referencesOf(parentId);
        return this;
    }

    MailBuilder header(String name, String value) {
        extraHeaders.add(MimeText.fold(name, value));
        return this;
    }

    /** Adds the usual mailing-list headers of a bulk sender. */
    MailBuilder list(String listId, String unsubscribeUrl) {
        header("List-Id", listId);
        header("List-Unsubscribe", "<" + unsubscribeUrl + ">, <mailto:unsubscribe@" + domain() + "?subject=unsubscribe>");
        header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return header("Precedence", "bulk");
    }

    /** Adds the headers of a machine-generated notification. */
    MailBuilder automated() {
        header("Auto-Submitted", "auto-generated");
        return header("Precedence", "bulk");
    }

    /** Adds an Authentication-Results header as the receiving server would. */
    MailBuilder authenticated() {
        String d = domain();
        return header("Authentication-Results", "mx.morgan-home.example; dkim=pass header.d=" + d
                + "; spf=pass smtp.mailfrom=" + d + "; dmarc=pass header.from=" + d);
    }

    MailBuilder zoneComment() {
        this.zoneComment = true;
        return this;
    }

    MailBuilder text(String text) {
        return body(MimeParts.text("plain", text));
    }

    MailBuilder html(String html) {
        return body(MimeParts.text("html", html));
    }

    MailBuilder alternative(String text, String html) {
        return body(MimeParts.multipart("alternative", mailbox.newBoundary(),
                List.of(MimeParts.text("plain", text), MimeParts.text("html", html))));
    }

    /** A plain text body with an iCalendar invitation next to it. */
    MailBuilder invitation(String text, String ics) {
        return body(MimeParts.multipart("alternative", mailbox.newBoundary(),
                List.of(MimeParts.text("plain", text), MimeParts.calendar(ics))));
    }

    MailBuilder attach(String fileName, String mimeType, byte[] content) {
        attachments.add(MimeParts.attachment(fileName, mimeType, content));
        return this;
    }

    MailBuilder attachMessage(byte[] rfc822) {
        attachments.add(MimeParts.message(rfc822));
        return this;
    }

    MailBuilder folder(String folder) {
        this.folder = folder;
        return this;
    }

    MailBuilder category(DemoCategory category) {
        this.category = category;
        return this;
    }

    MailBuilder payment(DemoPayment payment) {
        this.payment = payment;
        return this;
    }

    MailBuilder flags(Set<MessageFlag> flags) {
        this.flags = flags;
        return this;
    }

    private MailBuilder body(String part) {
        int split = part.indexOf("\r\n\r\n");
        this.bodyHeaders = part.substring(0, split + 2);
        this.body = part.substring(split + 4);
        return this;
    }

    private String domain() {
        return from.email().substring(from.email().indexOf('@') + 1);
    }

    /** Writes the message, registers it and returns its Message-ID. */
    String add() {
        if (messageId == null) {
            messageId = mailbox.newMessageId(domain());
        }
        byte[] bytes = bytes();
        Set<MessageFlag> finalFlags = flags != null ? flags
                : "Sent".equals(folder) ? Set.of(MessageFlag.SEEN) : mailbox.defaultFlags(date, category);
        mailbox.register(bytes, new DemoMessage(messageId, date, folder, Set.of(), category, payment), references, finalFlags);
        return messageId;
    }

    /** The message bytes, without registering it (for a message that is only ever forwarded). */
    byte[] bytes() {
        if (messageId == null) {
            messageId = mailbox.newMessageId(domain());
        }
        StringBuilder out = new StringBuilder();
        java.time.ZoneId senderZone = from.equals(People.ALEX) ? mailbox.zone() : from.zone();
        String dateText = RFC_5322.format(date.atZone(senderZone));
        if (zoneComment) {
            dateText += " (" + date.atZone(senderZone).format(DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH)) + ")";
        }
        out.append(extraHeaders.stream().filter(h -> h.startsWith("Authentication-Results")).findFirst().orElse(""));
        out.append("Date: ").append(dateText).append("\r\n");
        out.append("From: ").append(MimeText.mailbox(from)).append("\r\n");
        out.append(MimeText.fold("To", String.join(", ", to.stream().map(MimeText::mailbox).toList())));
        if (!cc.isEmpty()) {
            out.append(MimeText.fold("Cc", String.join(", ", cc.stream().map(MimeText::mailbox).toList())));
        }
        out.append("Message-ID: ").append(messageId).append("\r\n");
        if (inReplyTo != null) {
            out.append("In-Reply-To: ").append(inReplyTo).append("\r\n");
            out.append(MimeText.fold("References", String.join(" ", references)));
        }
        out.append(MimeText.fold("Subject", MimeText.headerWord(subject)));
        extraHeaders.stream().filter(h -> !h.startsWith("Authentication-Results")).forEach(out::append);
        out.append("MIME-Version: 1.0\r\n");
        appendBody(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void appendBody(StringBuilder out) {
        if (attachments.isEmpty()) {
            out.append(bodyHeaders).append("\r\n").append(body);
            return;
        }
        List<String> parts = new ArrayList<>();
        parts.add(bodyHeaders + "\r\n" + body);
        parts.addAll(attachments);
        String mixed = MimeParts.multipart("mixed", mailbox.newBoundary(), parts);
        out.append(mixed);
    }
}
