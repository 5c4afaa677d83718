package dev.mailroom.demo;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A thread between people: each reply answers the previous message, quotes it below an attribution
 * line and carries In-Reply-To and References. Alex's own messages go to the Sent folder and mark
 * the message they answer as answered.
 */
final class Conversation {

    private static final DateTimeFormatter ATTRIBUTION =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private final MailboxAssembler mailbox;
    private final String subject;
    private final DemoCategory category;
    private Person[] cc = new Person[0];
    private String folder = "INBOX";
    private String lastId;
    private String lastBody;
    private Person lastFrom;
    private Instant lastDate;

    Conversation(MailboxAssembler mailbox, String subject, DemoCategory category) {
        this.mailbox = mailbox;
        this.subject = subject;
        this.category = category;
    }

    Conversation cc(Person... people) {
        this.cc = people;
        return this;
    }

    /** Files the received messages of this thread in the Archive folder. */
    Conversation archived() {
        this.folder = "Archive";
        return this;
    }

    /** The first message, or the next one when the thread already has messages. */
    String post(Person from, Instant at, String body, Person... to) {
        MailBuilder mail = mailbox.mail(from).to(to).cc(cc).at(at).category(category);
        String text = body.strip() + "\n";
        if (lastId == null) {
            mail.subject(subject);
        } else {
            mail.subject("Re: " + subject).replyTo(lastId);
            text = text + "\n" + attribution() + "\n" + quote(lastBody);
            if (from.equals(People.ALEX)) {
                mailbox.markAnswered(lastId);
            }
        }
        mail.folder(from.equals(People.ALEX) ? "Sent" : folder);
        if (mailbox.pick(3) == 0) {
            mail.authenticated();
        }
        lastId = mail.text(text).add();
        lastBody = text;
        lastFrom = from;
        lastDate = at;
        return lastId;
    }

    String lastId() {
        return lastId;
    }

    private String attribution() {
        ZonedDateTime when = lastDate.atZone(mailbox.zone());
        return "On " + ATTRIBUTION.format(when) + ", " + lastFrom.name() + " <" + lastFrom.email() + "> wrote:";
    }

    static String quote(String body) {
        StringBuilder out = new StringBuilder();
        for (String line : List.of(body.strip().split("\n"))) {
            out.append(line.startsWith(">") ? ">" + line : line.isEmpty() ? ">" : "> " + line).append('\n');
        }
        return out.toString();
    }
}
