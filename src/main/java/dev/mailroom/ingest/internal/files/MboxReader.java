package dev.mailroom.ingest.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Streams the messages of an mbox file (mboxo or mboxrd) one at a time, holding only the current
 * message and a read buffer in memory.
 *
 * <p>The first non-blank line is taken as the first envelope; later separators must look like
 * envelope lines ({@link MailSniffer#isEnvelope}). Envelope lines are dropped, {@code >From } lines
 * lose one {@code >} (mboxrd unescaping, which for mboxo is the same for {@code >From }), the blank
 * line that ends each entry is removed, and {@code Content-Length} is ignored. LF and CRLF files
 * both work. Not thread-safe; the caller closes the stream.
 */
final class MboxReader {

    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private byte[] buffer;
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    private boolean inMessage;
    private final GrowableBytes message = new GrowableBytes();

    /** Reads {@code prefix} (bytes already taken from the stream) and then the rest of {@code in}. */
    MboxReader(byte[] prefix, InputStream in) {
        this.in = in;
        this.buffer = Arrays.copyOf(prefix, Math.max(CHUNK, prefix.length));
        this.limit = prefix.length;
    }

    /** The next message without its envelope, or {@code null} when there are no more. */
    byte[] next() throws IOException {
        if (!started) {
            started = true;
            inMessage = skipFirstEnvelope();
        }
        if (!inMessage) {
            return null;
        }
        message.reset();
        while (true) {
            int end = nextLineEnd();
            if (end < 0) {
                inMessage = false;
                return message.toMessage();
            }
            if (MailSniffer.isEnvelope(buffer, pos, end)) {
                pos = end;
                return message.toMessage();
            }
            append(pos, end);
            pos = end;
        }
    }

    /** Whether another message follows the one {@link #next} returned last. */
    boolean hasNext() {
        return !started || inMessage;
    }

    /** What was read of the current message so far, for reporting a failed read. */
    byte[] partial() {
        return message.copy();
    }

    private boolean skipFirstEnvelope() throws IOException {
        while (true) {
            int end = nextLineEnd();
            if (end < 0) {
                return false;
            }
            boolean blank = buffer[pos] == '\n' || buffer[pos] == '\r' && end - pos <= 2;
            pos = end;
            if (!blank) {
                return true;
            }
        }
    }

    private void append(int from, int to) {
        if (buffer[from] == '>') {
            int i = from;
            while (i < to && buffer[i] == '>') {
                i++;
            }
            if (MailSniffer.startsWithFrom(buffer, i, to)) {
                from++;
            }
        }
        message.write(buffer, from, to - from);
    }

    /** The end (past the LF) of the line starting at {@code pos}, or -1 at the end of the stream. */
    private int nextLineEnd() throws IOException {
        int scanned = pos;
        while (true) {
            for (int i = scanned; i < limit; i++) {
                if (buffer[i] == '\n') {
                    return i + 1;
                }
            }
            if (eof) {
                return limit > pos ? limit : -1;
            }
            scanned = limit - pos;
            fill();
            scanned += pos;
        }
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            eof = true;
        } else {
            limit += read;
        }
    }

    /** A reusable byte array that only grows. */
    private static final class GrowableBytes {
        private byte[] bytes = new byte[CHUNK];
        private int size;

        void reset() {
            size = 0;
        }

        void write(byte[] source, int from, int length) {
            if (size + length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
            }
            System.arraycopy(source, from, bytes, size, length);
            size += length;
        }

        /** The bytes without the one blank line that separates mbox entries. */
        byte[] toMessage() {
            int end = size;
            if (end >= 4 && bytes[end - 4] == '\r' && bytes[end - 3] == '\n' && bytes[end - 2] == '\r' && bytes[end - 1] == '\n') {
                end -= 2;
            } else if (end >= 2 && bytes[end - 2] == '\n' && bytes[end - 1] == '\n') {
                end -= 1;
            } else if (end == 1 && bytes[0] == '\n' || end == 2 && bytes[0] == '\r' && bytes[1] == '\n') {
                end = 0;
            }
            return Arrays.copyOf(bytes, end);
        }

        byte[] copy() {
            return Arrays.copyOf(bytes, size);
        }
    }
}
