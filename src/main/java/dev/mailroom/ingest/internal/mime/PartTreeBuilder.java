package dev.mailroom.ingest.internal.mime;

import dev.mailroom.ingest.Attachment;
import dev.mailroom.ingest.ParsedMessage;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.parser.ContentHandler;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;

/**
 * Receives mime4j's parse events and builds the {@link Part} tree. Text bodies are decoded right
 * away; attachments are hashed while streaming and kept in memory only as far as {@link
 * AttachmentText} needs them for their text; message/rfc822 parts are handed to {@code nestedParser}.
 */
final class PartTreeBuilder implements ContentHandler {

    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset=[\"']?([\\w.:-]+)");

    private static final Pattern MIME_TYPE = Pattern.compile("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+");

    private final Deque<Part> stack = new ArrayDeque<>();
    private final Defects defects;
    private final Function<byte[], ParsedMessage> nestedParser;
    private final boolean attachmentText;
    final List<Attachment> attachments = new ArrayList<>();
    Part root;

    /** With {@code attachmentText}, PDF, text and HTML attachments are read for their text (see {@link AttachmentText}). */
    PartTreeBuilder(Defects defects, Function<byte[], ParsedMessage> nestedParser, boolean attachmentText) {
        this.defects = defects;
        this.nestedParser = nestedParser;
        this.attachmentText = attachmentText;
    }

    @Override
    public void startMessage() {
        Part p = new Part();
        if (root == null) {
            root = p;
        } else if (!stack.isEmpty()) {
            stack.peek().children.add(p);
        }
        stack.push(p);
    }

    @Override
    public void endMessage() {
        pop();
    }

    @Override
    public void startBodyPart() {
        Part p = new Part();
        if (!stack.isEmpty()) {
            stack.peek().children.add(p);
        }
        stack.push(p);
    }

    @Override
    public void endBodyPart() {
        pop();
    }

    private void pop() {
        if (!stack.isEmpty()) {
            stack.pop();
        }
    }

    @Override
    public void startHeader() {}

    @Override
    public void field(Field field) {
        if (!stack.isEmpty()) {
            stack.peek().headers.add(HeaderField.of(field));
        }
    }

    @Override
    public void endHeader() {
        Part p = stack.peek();
        if (p == null) {
            return;
        }
        p.contentType = MimeHeaderValue.parse(p.header("content-type"), defects);
        p.disposition = MimeHeaderValue.parse(p.header("content-disposition"), defects);
        if (p.contentType.value().startsWith("multipart/") && p.contentType.param("boundary") == null) {
            defects.add("missing MIME boundary in " + p.contentType.value());
        }
    }

    @Override
    public void startMultipart(BodyDescriptor bd) {
        Part p = stack.peek();
        if (p != null) {
            p.multipart = true;
            p.mimeType = bd.getMimeType().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public void preamble(InputStream is) throws IOException {
        Part p = stack.peek();
        if (p != null) {
            p.preamble = is.readAllBytes();
        }
    }

    @Override
    public void epilogue(InputStream is) {}

    @Override
    public void raw(InputStream is) {}

    @Override
    public void endMultipart() {
        Part p = stack.peek();
        if (p != null && p.children.isEmpty()) {
            defects.add("MIME boundary \"" + p.contentType.param("boundary") + "\" not found in body");
            if (p.preamble != null) {
                p.multipart = false;
                p.mimeType = "text/plain";
                p.text = Charsets.decode(p.preamble, 0, p.preamble.length, null, defects);
            }
        }
        if (p != null) {
            p.preamble = null;
        }
    }

    @Override
    public void body(BodyDescriptor bd, InputStream is) throws IOException {
        Part p = stack.peek();
        if (p == null) {
            return;
        }
        p.mimeType = bd.getMimeType().toLowerCase(Locale.ROOT);
        String disposition = p.disposition.value();
        if ((p.mimeType.equals("text/plain") || p.isHtml()) && !disposition.equals("attachment") && p.filename() == null) {
            byte[] bytes = is.readAllBytes();
            p.text = Charsets.decode(bytes, 0, bytes.length, charset(p, bytes, bytes.length), defects);
        } else if (p.mimeType.equals("message/rfc822") || p.mimeType.equals("message/global")) {
            p.nested = nestedParser.apply(is.readAllBytes());
            p.nested.defects().forEach(d -> defects.add("attached message: " + d));
            attachments.addAll(p.nested.attachments());
        } else {
            attachments.add(attachment(p, is));
        }
    }

    private static String charset(Part p, byte[] bytes, int length) {
        String declared = p.contentType.param("charset");
        if ((declared == null || declared.isBlank()) && p.isHtml()) {
            Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(length, 2048), Charsets.WINDOWS_1252));
            if (m.find()) {
                return m.group(1);
            }
        }
        return declared;
    }

    private Attachment attachment(Part p, InputStream is) throws IOException {
        String type = MIME_TYPE.matcher(p.contentType.value()).matches() ? p.contentType.value() : p.mimeType;
        String filename = p.filename();
        AttachmentText.Kind kind = attachmentText ? AttachmentText.kind(type, filename) : AttachmentText.Kind.NONE;
        AttachmentText.Capture capture = kind == AttachmentText.Kind.NONE ? null : new AttachmentText.Capture(kind);
        MessageDigest sha = sha256();
        byte[] buf = new byte[8192];
        long size = 0;
        for (int n; (n = is.read(buf)) > 0; ) {
            sha.update(buf, 0, n);
            size += n;
            if (capture != null) {
                capture.accept(buf, n);
            }
        }
        String text = capture == null
                ? null
                : capture.text(filename, charset(p, capture.bytes(), capture.length()), defects);
        String contentId = contentId(p.header("content-id"));
        String disposition = p.disposition.value();
        boolean inline = disposition.equals("inline") || contentId != null && !disposition.equals("attachment");
        return new Attachment(filename, type, size, HexFormat.of().formatHex(sha.digest()), contentId, inline, text);
    }

    private static String contentId(String value) {
        if (value == null) {
            return null;
        }
        String id = value.strip();
        if (id.startsWith("<")) {
            id = id.substring(1);
        }
        if (id.endsWith(">")) {
            id = id.substring(0, id.length() - 1);
        }
        id = id.strip();
        return id.isEmpty() ? null : id;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
