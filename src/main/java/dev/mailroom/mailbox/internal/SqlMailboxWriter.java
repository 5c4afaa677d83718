package dev.mailroom.mailbox.internal;

import dev.mailroom.db.Sql;
import dev.mailroom.mailbox.AttachmentMeta;
import dev.mailroom.mailbox.MailboxWriter;
import dev.mailroom.mailbox.NewMessage;
import dev.mailroom.mailbox.Participant;
import dev.mailroom.mailbox.SubjectCandidate;
import dev.mailroom.shared.Json;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The write half of {@link SqlMetadataStore}; used only inside its transactions. */
final class SqlMailboxWriter implements MailboxWriter {

    private final Sql sql;
    private final java.time.Clock clock;

    SqlMailboxWriter(Sql sql, java.time.Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public long folder(long accountId, String name) {
        Optional<Long> id = sql.first("SELECT id FROM folders WHERE account_id = ? AND name = ?", rs -> rs.getLong(1), accountId, name);
        return id.orElseGet(() -> sql.insert("INSERT INTO folders (account_id, name) VALUES (?, ?) RETURNING id", accountId, name));
    }

    @Override
    public boolean knows(long accountId, String blobSha256) {
        return sql.first(
                        "SELECT 1 FROM messages WHERE account_id = ? AND blob_sha256 = ?"
                                + " UNION ALL SELECT 1 FROM quarantine WHERE account_id = ? AND blob_sha256 = ? LIMIT 1",
                        rs -> 1, accountId, blobSha256, accountId, blobSha256)
                .isPresent();
    }

    @Override
    public boolean containsBlob(long accountId, String blobSha256) {
        return sql.first("SELECT 1 FROM messages WHERE account_id = ? AND blob_sha256 = ?", rs -> 1, accountId, blobSha256)
                .isPresent();
    }

    @Override
    public Optional<Long> firstByMessageId(long accountId, String messageId) {
        return sql.first("SELECT id FROM messages WHERE account_id = ? AND message_id = ? ORDER BY id LIMIT 1",
                rs -> rs.getLong(1), accountId, messageId);
    }

    @Override
    public Map<String, Long> threadsByMessageIds(long accountId, Collection<String> messageIds) {
        Map<String, Long> found = new HashMap<>();
        for (String id : messageIds) {
            sql.first("SELECT thread_id FROM thread_ids WHERE account_id = ? AND msgid = ?", rs -> rs.getLong(1), accountId, id)
                    .ifPresent(t -> found.put(id, t));
        }
        return found;
    }

    @Override
    public List<SubjectCandidate> subjectCandidates(
            long accountId, String normalizedSubject, long fromMillis, long toMillis, boolean repliesOnly, int limit) {
        return sql.query(
                """
                SELECT id, thread_id, date_millis FROM messages
                WHERE account_id = ? AND norm_subject = ? AND date_millis BETWEEN ? AND ? AND (reply OR ?)
                ORDER BY date_millis DESC, id DESC LIMIT ?""",
                rs -> new SubjectCandidate(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                accountId, normalizedSubject, fromMillis, toMillis, !repliesOnly, limit);
    }

    @Override
    public Set<String> participantAddresses(long messageId) {
        return new HashSet<>(sql.query(
                "SELECT lower(address) FROM addresses WHERE message_id = ? AND role IN ('from', 'to', 'cc')",
                rs -> rs.getString(1), messageId));
    }

    @Override
    public long newThread(long accountId, String subject) {
        return sql.insert("INSERT INTO threads (account_id, subject, message_count) VALUES (?, ?, 0) RETURNING id", accountId, subject);
    }

    @Override
    public void mergeThreads(long into, long from) {
        if (into == from) {
            return;
        }
        sql.update("UPDATE messages SET thread_id = ? WHERE thread_id = ?", into, from);
        sql.update("UPDATE thread_ids SET thread_id = ? WHERE thread_id = ?", into, from);
        sql.update(
                """
                UPDATE threads SET
                  message_count = message_count + (SELECT message_count FROM threads WHERE id = ?),
                  first_date = (SELECT min(date_millis) FROM messages WHERE thread_id = ?),
                  last_date = (SELECT max(date_millis) FROM messages WHERE thread_id = ?)
                WHERE id = ?""",
                from, into, into, into);
        sql.update("DELETE FROM threads WHERE id = ?", from);
    }

    @Override
    public void addThreadIds(long accountId, long threadId, Collection<String> messageIds) {
        List<String> ids = List.copyOf(messageIds);
        for (int from = 0; from < ids.size(); from += ROWS_PER_INSERT) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + ROWS_PER_INSERT));
            Object[] args = new Object[chunk.size() * 3];
            int i = 0;
            for (String id : chunk) {
                args[i++] = accountId;
                args[i++] = id;
                args[i++] = threadId;
            }
            sql.update("INSERT INTO thread_ids (account_id, msgid, thread_id) VALUES " + rows(chunk.size(), 3)
                    + " ON CONFLICT (account_id, msgid) DO NOTHING", args);
        }
    }

    @Override
    public long insertMessage(NewMessage m) {
        Long dateMillis = m.date() == null ? null : m.date().toInstant().toEpochMilli();
        var from = m.participants().stream().filter(p -> p.role().equals("from")).findFirst();
        long id = sql.insert(
                """
                INSERT INTO messages (account_id, folder_id, thread_id, parent_id, twin_of, blob_sha256, size, message_id,
                  in_reply_to, refs, subject, norm_subject, reply, from_name, from_address, date_millis, date_text,
                  date_source, list_id, attachments, flags, defects, location, imported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                m.accountId(), m.folderId(), m.threadId(), m.parentId(), m.twinOf(), m.blobSha256(), m.size(),
                m.messageId(), m.inReplyTo(), String.join(" ", m.references()), m.subject(), m.normalizedSubject(), m.reply(),
                from.map(p -> p.address().name()).orElse(null), from.map(p -> p.address().address()).orElse(null),
                dateMillis, m.date() == null ? null : m.date().toString(), m.dateSource(), m.listId(),
                m.attachments().size(), String.join(",", new java.util.TreeSet<>(m.flags())),
                m.defects().isEmpty() ? null : Json.write(m.defects()), m.location(), m.importedAt().toString());
        insertParticipants(id, m.participants());
        insertAttachments(id, m.attachments());
        sql.update(
                """
                UPDATE threads SET message_count = message_count + 1,
                  first_date = CASE WHEN first_date IS NULL OR ? < first_date THEN ? ELSE first_date END,
                  last_date = CASE WHEN last_date IS NULL OR ? > last_date THEN ? ELSE last_date END
                WHERE id = ?""",
                dateMillis, dateMillis, dateMillis, dateMillis, m.threadId());
        return id;
    }

    private void insertParticipants(long messageId, List<Participant> participants) {
        // One multi-row INSERT per message: the import's writer thread is its bottleneck, and each
        // statement costs a round trip into SQLite.
        Map<String, Integer> positions = new HashMap<>();
        for (int from = 0; from < participants.size(); from += ROWS_PER_INSERT) {
            List<Participant> chunk = participants.subList(from, Math.min(participants.size(), from + ROWS_PER_INSERT));
            Object[] args = new Object[chunk.size() * 5];
            int i = 0;
            for (Participant p : chunk) {
                args[i++] = messageId;
                args[i++] = p.role();
                args[i++] = positions.merge(p.role(), 1, Integer::sum) - 1;
                args[i++] = p.address().name();
                args[i++] = p.address().address();
            }
            sql.update("INSERT INTO addresses (message_id, role, position, name, address) VALUES " + rows(chunk.size(), 5), args);
        }
    }

    private static final int ROWS_PER_INSERT = 32;

    private static String rows(int count, int columns) {
        String row = "(" + "?, ".repeat(columns - 1) + "?)";
        return String.join(", ", java.util.Collections.nCopies(count, row));
    }

    private void insertAttachments(long messageId, List<AttachmentMeta> attachments) {
        for (int i = 0; i < attachments.size(); i++) {
            AttachmentMeta a = attachments.get(i);
            sql.update(
                    "INSERT INTO attachments (message_id, position, filename, content_type, size, sha256, content_id, inline) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    messageId, i, a.filename(), a.contentType(), a.size(), a.sha256(), a.contentId(), a.inline());
        }
    }

    @Override
    public void adoptReplies(long accountId, String messageIdHeader, long parentId) {
        sql.update("UPDATE messages SET parent_id = ? WHERE account_id = ? AND in_reply_to = ? AND parent_id IS NULL AND id <> ?",
                parentId, accountId, messageIdHeader, parentId);
    }

    @Override
    public boolean quarantined(long accountId, String blobSha256) {
        return sql.first("SELECT 1 FROM quarantine WHERE account_id = ? AND blob_sha256 = ?", rs -> 1, accountId, blobSha256).isPresent();
    }

    @Override
    public long quarantine(long accountId, String blobSha256, long size, String folder, String location, String reason) {
        Optional<Long> existing = sql.first("SELECT id FROM quarantine WHERE account_id = ? AND blob_sha256 = ?", rs -> rs.getLong(1),
                accountId, blobSha256);
        if (existing.isPresent()) {
            sql.update("UPDATE quarantine SET attempts = attempts + 1, reason = ? WHERE id = ?", reason, existing.get());
            return existing.get();
        }
        return sql.insert(
                "INSERT INTO quarantine (account_id, blob_sha256, size, folder, location, reason, attempts, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?) RETURNING id",
                accountId, blobSha256, size, folder, location, reason, clock.instant().toString());
    }

    @Override
    public void release(long quarantineId) {
        sql.update("DELETE FROM quarantine WHERE id = ?", quarantineId);
    }
}
