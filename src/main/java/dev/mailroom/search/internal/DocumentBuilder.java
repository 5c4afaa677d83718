package dev.mailroom.search.internal;

import dev.mailroom.ingest.Attachment;
import dev.mailroom.ingest.MessageFlag;
import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.search.IndexDocument;
import dev.mailroom.search.internal.text.BodySplitter;
import dev.mailroom.search.internal.text.SplitBody;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the index document of a stored message from what the parser understood of it. */
public final class DocumentBuilder {

    /** Signature parts of signed mail (PGP/MIME, S/MIME) are not what people mean by an attachment. */
    private static final Set<String> SIGNATURES = Set.of("application/pgp-signature", "application/pkcs7-signature",
            "application/x-pkcs7-signature");

    private DocumentBuilder() {}

    /**
     * @param flags flag names as the store or the source has them (any case)
     */
    public static IndexDocument build(long id, long threadId, String account, String folder, Collection<String> flags, long size,
            ParsedMessage m) {
        SplitBody split = BodySplitter.split(m.text() == null ? "" : m.text());
        String quoted = split.signature().isEmpty() ? split.quoted() : split.quoted() + "\n" + split.signature();
        List<String> names = new ArrayList<>();
        StringBuilder attachmentText = new StringBuilder();
        boolean attached = false;
        for (Attachment a : m.attachments()) {
            attached |= !a.inline() && !SIGNATURES.contains(a.contentType());
            if (a.filename() != null && !a.filename().isBlank()) {
                names.add(a.filename());
            }
            String text = attachmentText(a);
            if (text != null && !text.isBlank()) {
                attachmentText.append(text).append('\n');
            }
        }
        Set<String> flagNames = flags.stream().map(f -> f.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return new IndexDocument(id, m.messageId(), threadId, account, folder, flagNames, m.from(), m.to(), m.cc(), m.bcc(),
                m.subject(), split.fresh(), quoted, names, attachmentText.toString(), m.listId(),
                m.date() == null ? null : m.date().toInstant().toEpochMilli(), size, attached, null);
    }

    static Set<String> flagNames(Set<MessageFlag> flags) {
        return flags.stream().map(Enum::name).collect(Collectors.toSet());
    }

    private static String attachmentText(Attachment a) {
        return a.text();
    }
}
