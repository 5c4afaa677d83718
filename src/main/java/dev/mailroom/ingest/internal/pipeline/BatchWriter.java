package dev.mailroom.ingest.internal.pipeline;

import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.MessagesStored;
import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.ingest.internal.thread.Subjects;
import dev.mailroom.ingest.internal.thread.Threader;
import dev.mailroom.mailbox.AttachmentMeta;
import dev.mailroom.mailbox.BlobStore;
import dev.mailroom.mailbox.MailboxWriter;
import dev.mailroom.mailbox.MetadataStore;
import dev.mailroom.mailbox.NewMessage;
import dev.mailroom.mailbox.Participant;
import dev.mailroom.shared.EmailAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores prepared messages in the metadata store, a batch per transaction. A batch that fails is
 * written again one message per transaction, so that only the message at fault is quarantined.
 */
final class BatchWriter {

    private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);

    /** Per-outcome counts of what has been written. */
    static final class Counts {
        long imported;
        long duplicates;
        long quarantined;
        /** Time spent writing, to tell whether the writer thread limits an import. */
        long busyNanos;

        long total() {
            return imported + duplicates + quarantined;
        }
    }

    private enum Outcome { IMPORTED, DUPLICATE, QUARANTINED }

    private final MetadataStore store;
    private final long accountId;
    private final Clock clock;
    private final Counts counts = new Counts();

    private final BlobStore blobs;

    BatchWriter(MetadataStore store, BlobStore blobs, long accountId, Clock clock) {
        this.store = store;
        this.blobs = blobs;
        this.accountId = accountId;
        this.clock = clock;
    }

    Counts counts() {
        return counts;
    }

    /**
     * Stores a batch and returns the messages it newly stored, ids ascending, once they are
     * committed.
     */
    List<MessagesStored.Message> write(List<Prepared> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        long start = System.nanoTime();
        blobs.flush(); // the batch's blobs must be durable before rows refer to them
        List<Outcome> outcomes;
        List<MessagesStored.Message> stored = new ArrayList<>();
        try {
            outcomes = store.write(w -> {
                stored.clear();
                Map<String, Long> folders = new HashMap<>();
                List<Outcome> out = new ArrayList<>(batch.size());
                for (Prepared p : batch) {
                    out.add(writeOne(w, p, folders, stored));
                }
                return out;
            });
        } catch (RuntimeException e) {
            LOG.warn("batch of {} failed ({}); writing its messages one by one", batch.size(), e.getMessage());
            stored.clear();
            outcomes = new ArrayList<>();
            for (Prepared p : batch) {
                outcomes.add(writeAlone(p, stored));
            }
        }
        for (Outcome o : outcomes) {
            switch (o) {
                case IMPORTED -> counts.imported++;
                case DUPLICATE -> counts.duplicates++;
                case QUARANTINED -> counts.quarantined++;
            }
        }
        counts.busyNanos += System.nanoTime() - start;
        return List.copyOf(stored);
    }

    private Outcome writeAlone(Prepared p, List<MessagesStored.Message> stored) {
        List<MessagesStored.Message> one = new ArrayList<>(1);
        try {
            Outcome o = store.write(w -> {
                one.clear();
                return writeOne(w, p, new HashMap<>(), one);
            });
            stored.addAll(one);
            return o;
        } catch (RuntimeException e) {
            LOG.warn("cannot store message {} ({}); quarantined", p.sha256(), e.getMessage());
            return store.write(w -> quarantine(w, new Prepared.Broken(p.raw(), p.sha256(), "cannot store: " + e.getMessage())));
        }
    }

    private Outcome writeOne(MailboxWriter w, Prepared p, Map<String, Long> folders, List<MessagesStored.Message> stored) {
        return switch (p) {
            case Prepared.Broken b -> quarantine(w, b);
            case Prepared.Ready r -> store(w, r, folders, stored);
        };
    }

    private Outcome quarantine(MailboxWriter w, Prepared.Broken b) {
        if (!w.quarantined(accountId, b.sha256())) {
            w.quarantine(accountId, b.sha256(), b.raw().bytes().length, b.raw().folder(), b.raw().location(), b.reason());
            LOG.info("quarantined message {} from {}", b.sha256(), b.raw().location());
        }
        return Outcome.QUARANTINED;
    }

    private Outcome store(MailboxWriter w, Prepared.Ready r, Map<String, Long> folders, List<MessagesStored.Message> stored) {
        if (w.knows(accountId, r.sha256())) {
            return Outcome.DUPLICATE;
        }
        Inserted in = insert(w, r, folders.computeIfAbsent(r.raw().folder(), f -> w.folder(accountId, f)));
        stored.add(new MessagesStored.Message(in.id(), in.threadId(), r.raw().folder(), r.raw().flags(), r.raw().bytes().length,
                r.parsed(), IngestService.headerSection(r.raw().bytes())));
        return Outcome.IMPORTED;
    }

    /** A new message's id and the thread it went into. */
    record Inserted(long id, long threadId) {}

    /** Inserts a parsed message with its thread; shared with the quarantine retry. */
    Inserted insert(MailboxWriter w, Prepared.Ready r, long folderId) {
        ParsedMessage m = r.parsed();
        Long twin = m.messageId() == null ? null : w.firstByMessageId(accountId, m.messageId()).orElse(null);
        Threader.Placement placement = new Threader(w).place(accountId, m);
        long id = w.insertMessage(new NewMessage(accountId, folderId, placement.threadId(), placement.parentId(), twin,
                r.sha256(), r.raw().bytes().length, m.messageId(), m.inReplyTo(), m.references(), m.subject(),
                Subjects.normalize(m.subject()), Subjects.isReplyOrForward(m.subject()), m.date(), m.dateSource().name(), m.listId(),
                r.raw().flags().stream().map(Enum::name).collect(Collectors.toSet()), m.defects(), r.raw().location(),
                clock.instant(), participants(m), attachments(m)));
        if (m.messageId() != null && twin == null) {
            w.adoptReplies(accountId, m.messageId(), id);
        }
        return new Inserted(id, placement.threadId());
    }

    private static List<Participant> participants(ParsedMessage m) {
        List<Participant> out = new ArrayList<>();
        add(out, "from", m.from());
        if (m.sender() != null) {
            add(out, "sender", List.of(m.sender()));
        }
        add(out, "reply_to", m.replyTo());
        add(out, "to", m.to());
        add(out, "cc", m.cc());
        add(out, "bcc", m.bcc());
        return out;
    }

    private static void add(List<Participant> out, String role, List<EmailAddress> addresses) {
        for (EmailAddress a : addresses) {
            if (!a.address().isEmpty()) {
                out.add(new Participant(role, a));
            }
        }
    }

    private static List<AttachmentMeta> attachments(ParsedMessage m) {
        return m.attachments().stream()
                .map(a -> new AttachmentMeta(a.filename(), a.contentType(), a.size(), a.sha256(), a.contentId(), a.inline()))
                .toList();
    }

}
