package dev.mailroom.ingest.internal.thread;

import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.mailbox.MailboxWriter;
import dev.mailroom.mailbox.SubjectCandidate;
import dev.mailroom.shared.EmailAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides the thread of each new message, one message at a time, so that the result depends only
 * on the order messages arrive in, never on how they were batched.
 *
 * <p>Reference threading (JWZ): every Message-ID a message names (its own, In-Reply-To and
 * References) joins one connected component; a message that links two threads merges them into the
 * older one. Fallback for mail without usable references (Exchange-era mail, forwards): a message
 * joins a recent thread with the same normalised subject when at least one of the two subjects
 * carries a reply or forward prefix, they share a participant, and they are at most
 * {@link #WINDOW} apart.
 */
public final class Threader {

    /** How far apart in time two messages may be for the subject fallback to join them. */
    public static final Duration WINDOW = Duration.ofDays(30);

    private static final int MAX_REFERENCES = 50;

    /** The thread and parent chosen for a message, and the Message-IDs to record for its thread. */
    public record Placement(long threadId, Long parentId, List<String> knownIds) {}

    private final MailboxWriter writer;

    public Threader(MailboxWriter writer) {
        this.writer = writer;
    }

    /** Places a message that is about to be inserted. */
    public Placement place(long accountId, ParsedMessage m) {
        List<String> ids = messageIds(m);
        Set<Long> threads = new TreeSet<>(writer.threadsByMessageIds(accountId, ids).values());
        Long parent = referencedParent(accountId, m);
        long thread;
        if (!threads.isEmpty()) {
            thread = threads.iterator().next();
            for (long other : threads) {
                writer.mergeThreads(thread, other);
            }
        } else {
            SubjectCandidate match = subjectMatch(accountId, m);
            if (match != null) {
                thread = match.threadId();
                if (parent == null && match.dateMillis() <= dateMillis(m)) {
                    parent = match.messageId();
                }
            } else {
                thread = writer.newThread(accountId, m.subject());
            }
        }
        writer.addThreadIds(accountId, thread, ids);
        return new Placement(thread, parent, ids);
    }

    private static List<String> messageIds(ParsedMessage m) {
        Set<String> ids = new LinkedHashSet<>();
        if (m.messageId() != null && !m.messageId().isBlank()) {
            ids.add(m.messageId());
        }
        if (m.inReplyTo() != null && !m.inReplyTo().isBlank()) {
            ids.add(m.inReplyTo());
        }
        List<String> refs = m.references();
        for (String ref : refs.subList(Math.max(0, refs.size() - MAX_REFERENCES), refs.size())) {
            if (!ref.isBlank()) {
                ids.add(ref);
            }
        }
        return new ArrayList<>(ids);
    }

    private Long referencedParent(long accountId, ParsedMessage m) {
        if (m.inReplyTo() != null && !m.inReplyTo().equals(m.messageId())) {
            var p = writer.firstByMessageId(accountId, m.inReplyTo());
            if (p.isPresent()) {
                return p.get();
            }
        }
        List<String> refs = m.references();
        for (int i = refs.size() - 1; i >= 0; i--) {
            if (!refs.get(i).equals(m.messageId())) {
                var p = writer.firstByMessageId(accountId, refs.get(i));
                if (p.isPresent()) {
                    return p.get();
                }
            }
        }
        return null;
    }

    private SubjectCandidate subjectMatch(long accountId, ParsedMessage m) {
        String normalized = Subjects.normalize(m.subject());
        if (normalized.isEmpty() || m.date() == null) {
            return null;
        }
        long at = dateMillis(m);
        boolean reply = Subjects.isReplyOrForward(m.subject());
        Set<String> people = participants(m);
        List<SubjectCandidate> candidates =
                writer.subjectCandidates(accountId, normalized, at - WINDOW.toMillis(), at + WINDOW.toMillis(), !reply, 20);
        for (SubjectCandidate c : candidates) {
            Set<String> theirs = writer.participantAddresses(c.messageId());
            theirs.retainAll(people);
            if (!theirs.isEmpty()) {
                return c;
            }
        }
        return null;
    }

    private static long dateMillis(ParsedMessage m) {
        return m.date() == null ? Long.MIN_VALUE : m.date().toInstant().toEpochMilli();
    }

    private static Set<String> participants(ParsedMessage m) {
        Set<String> people = new HashSet<>();
        for (List<EmailAddress> list : List.of(m.from(), m.to(), m.cc())) {
            for (EmailAddress a : list) {
                if (!a.address().isEmpty()) {
                    people.add(a.normalized());
                }
            }
        }
        return people;
    }
}
