package dev.mailroom.search.internal.lucene;

import dev.mailroom.search.IndexDocument;
import dev.mailroom.shared.EmailAddress;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnByteVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;

/** Turns an {@link IndexDocument} into a Lucene document. */
final class DocumentMapper {

    /** Stored text kept per message for snippets; the rest is indexed but not stored. */
    static final int STORED_BODY_CHARS = 2_000;

    /** Text indexed per field at most, so a huge attachment cannot blow up the index. */
    static final int MAX_INDEXED_CHARS = 200_000;

    /** Exact tokens that only filter: no frequencies, no positions. */
    private static final FieldType KEYWORD = new FieldType();

    static {
        KEYWORD.setIndexOptions(IndexOptions.DOCS);
        KEYWORD.setOmitNorms(true);
        KEYWORD.setTokenized(false);
        KEYWORD.freeze();
    }

    private DocumentMapper() {}

    static Document toDocument(IndexDocument d) {
        Document doc = new Document();
        doc.add(new StringField(Fields.UID, Long.toString(d.id()), Field.Store.NO));
        doc.add(new LongPoint(Fields.ID, d.id()));
        doc.add(new StoredField(Fields.ID, d.id()));
        doc.add(new NumericDocValuesField(Fields.ID, d.id()));
        doc.add(new StoredField(Fields.THREAD, d.threadId()));
        if (d.messageId() != null) {
            doc.add(new StringField(Fields.MSGID, d.messageId(), Field.Store.YES));
        }
        keyword(doc, Fields.ACCOUNT, Set.of(Folding.fold(d.account())));
        keyword(doc, Fields.FOLDER, Folding.folderTokens(d.folder()));
        keyword(doc, Fields.FLAG, d.flags());
        if (d.hasAttachment()) {
            keyword(doc, Fields.FLAG, Set.of(Fields.ATTACHMENT_FLAG));
        }
        keyword(doc, Fields.FROM, Folding.addressTokens(d.from()));
        keyword(doc, Fields.TO, Folding.addressTokens(d.to()));
        keyword(doc, Fields.CC, Folding.addressTokens(d.cc()));
        keyword(doc, Fields.BCC, Folding.addressTokens(d.bcc()));
        if (!d.from().isEmpty()) {
            doc.add(new StoredField(Fields.FROM_DISPLAY, display(d.from().getFirst())));
        }
        if (d.subject() != null) {
            doc.add(new TextField(Fields.SUBJECT, cap(d.subject(), MAX_INDEXED_CHARS), Field.Store.YES));
        }
        text(doc, Fields.BODY, d.body());
        text(doc, Fields.QUOTED, d.quoted());
        text(doc, Fields.ATTACHMENT_TEXT, d.attachmentText());
        if (!d.body().isEmpty()) {
            doc.add(new StoredField(Fields.BODY, cap(d.body(), STORED_BODY_CHARS)));
        } else if (!d.quoted().isEmpty()) {
            doc.add(new StoredField(Fields.QUOTED, cap(d.quoted(), STORED_BODY_CHARS)));
        }
        for (String name : d.attachmentNames()) {
            if (name != null && !name.isBlank()) {
                // "board-notes.txt" is found by its whole name and by "board", "notes" and "txt"
                doc.add(new TextField(Fields.FILE_TEXT, name.replaceAll("[^\\p{L}\\p{N}]+", " "), Field.Store.NO));
                java.util.Set<String> tokens = new java.util.LinkedHashSet<>();
                tokens.add(Folding.fold(name));
                Folding.words(Folding.fold(name), tokens);
                keyword(doc, Fields.FILE, tokens);
            }
        }
        if (d.listId() != null && !d.listId().isBlank()) {
            keyword(doc, Fields.LIST, Folding.listTokens(d.listId()));
        }
        if (d.dateMillis() != null) {
            doc.add(new LongPoint(Fields.DATE, d.dateMillis()));
            doc.add(new StoredField(Fields.DATE, d.dateMillis()));
            doc.add(new NumericDocValuesField(Fields.DATE, d.dateMillis()));
        }
        doc.add(new LongPoint(Fields.SIZE, d.size()));
        if (d.embedding() != null) {
            doc.add(new KnnByteVectorField(Fields.VECTOR, quantize(d.embedding()), VectorSimilarityFunction.DOT_PRODUCT));
            keyword(doc, Fields.HAS_VECTOR, Set.of("1"));
        } else {
            keyword(doc, Fields.HAS_VECTOR, Set.of("0"));
        }
        return doc;
    }

    /** A unit vector as signed bytes: 4x smaller than floats and close enough for ranking. */
    static byte[] quantize(float[] v) {
        byte[] out = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (byte) Math.max(-127, Math.min(127, Math.round(v[i] * 127f)));
        }
        return out;
    }

    static float[] dequantize(byte[] b) {
        float[] out = new float[b.length];
        double norm = 0;
        for (int i = 0; i < b.length; i++) {
            out[i] = b[i] / 127f;
            norm += out[i] * out[i];
        }
        float n = (float) Math.sqrt(norm);
        if (n > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] /= n;
            }
        }
        return out;
    }

    static String display(EmailAddress a) {
        return a.name() == null || a.name().isBlank() ? a.address() : a.name() + " <" + a.address() + ">";
    }

    /** Quoted text and attachments are in few messages: without norms they cost less to index. */
    private static final FieldType SPARSE_TEXT = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        SPARSE_TEXT.setOmitNorms(true);
        SPARSE_TEXT.freeze();
    }

    private static void text(Document doc, String field, String value) {
        if (!value.isEmpty()) {
            String v = cap(value, MAX_INDEXED_CHARS);
            doc.add(field.equals(Fields.BODY) ? new TextField(field, v, Field.Store.NO) : new Field(field, v, SPARSE_TEXT));
        }
    }

    private static void keyword(Document doc, String field, Iterable<String> values) {
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                doc.add(new Field(field, v, KEYWORD));
            }
        }
    }

    private static String cap(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
