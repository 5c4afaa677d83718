package dev.mailroom.classify.internal.model;

import dev.mailroom.ingest.Attachment;
import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.shared.EmailAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a parsed message into the sparse, prefixed features the {@link OnlineClassifier} learns
 * from. Each feature appears once per message. Prefixes say where a feature came from: {@code s:}
 * subject word, {@code s2:} subject bigram, {@code b:} body word, {@code b2:} body bigram (first
 * {@value #MAX_BODY_BIGRAMS} words), {@code from:} / {@code fromd:}
 * sender address and domain, {@code fromn:} sender name word, {@code list:} List-Id, {@code u:}
 * link host, {@code hn:} header present, {@code h:} header fact, {@code att:} attachment type.
 */
public final class MessageFeatures {

    /** How many body words are read at most; long messages say what they are early. */
    static final int MAX_BODY_TOKENS = 4_000;

    /** Bigrams of the first body words only: they sharpen spam/ham a lot but multiply the model. */
    static final int MAX_BODY_BIGRAMS = 1_000;

    private static final int MAX_TOKEN_LENGTH = 24;
    private static final Pattern LINK = Pattern.compile("(?i)(?:https?://|www\\.)([a-z0-9.-]+)");
    private static final Set<String> FLAG_HEADERS = Set.of("list-unsubscribe", "list-post", "list-help",
            "mailing-list", "x-beenthere", "x-mailman-version", "in-reply-to", "references", "x-priority",
            "x-msmail-priority", "x-originalarrivaltime", "mime-version", "return-receipt-to",
            "disposition-notification-to", "x-spam-status");

    private MessageFeatures() {}

    /** The features of a message without its raw header block. */
    public static List<String> of(ParsedMessage message) {
        return of(message, null);
    }

    /**
     * The features of a message; {@code raw}, when not {@code null}, adds features of the raw
     * header block (header names, Precedence, X-Mailer, Received count, charset…).
     */
    public static List<String> of(ParsedMessage message, byte[] raw) {
        Set<String> features = new LinkedHashSet<>();
        subject(message.subject(), features);
        senders(message, features);
        if (message.listId() != null && !message.listId().isBlank()) {
            features.add("list:" + message.listId().strip().toLowerCase(Locale.ROOT));
        }
        body(message, features);
        for (Attachment attachment : message.attachments()) {
            features.add("att:" + attachment.contentType());
        }
        if (raw != null) {
            headers(HeaderBlock.of(raw), features);
        }
        return new ArrayList<>(features);
    }

    private static void subject(String subject, Set<String> out) {
        if (subject == null || subject.isBlank()) {
            out.add("h:no-subject");
            return;
        }
        List<String> words = new ArrayList<>();
        tokenize(subject, 64, words);
        String previous = "^";
        for (String word : words) {
            out.add("s:" + word);
            out.add("s2:" + previous + "_" + word);
            previous = word;
        }
        if (subject.indexOf('!') >= 0) {
            out.add("h:subject-bang");
        }
        if (subject.length() > 8 && subject.equals(subject.toUpperCase(Locale.ROOT))
                && !subject.equals(subject.toLowerCase(Locale.ROOT))) {
            out.add("h:subject-caps");
        }
    }

    private static void senders(ParsedMessage message, Set<String> out) {
        if (message.from().isEmpty()) {
            out.add("h:no-from");
        }
        for (EmailAddress from : message.from()) {
            out.add("from:" + from.normalized());
            out.add("fromd:" + from.domain());
            if (from.name() != null) {
                List<String> words = new ArrayList<>();
                tokenize(from.name(), 8, words);
                words.forEach(word -> out.add("fromn:" + word));
            }
        }
        int recipients = message.to().size() + message.cc().size();
        out.add("h:recipients=" + bucket(recipients));
        String fromDomain = message.from().isEmpty() ? "" : message.from().getFirst().domain();
        for (EmailAddress replyTo : message.replyTo()) {
            out.add(replyTo.domain().equals(fromDomain) ? "h:reply-to-same" : "h:reply-to-other");
        }
    }

    private static void body(ParsedMessage message, Set<String> out) {
        String text = message.text() == null ? "" : message.text();
        List<String> words = new ArrayList<>();
        tokenize(text, MAX_BODY_TOKENS, words);
        words.forEach(word -> out.add("b:" + word));
        for (int i = 1; i < Math.min(words.size(), MAX_BODY_BIGRAMS); i++) {
            out.add("b2:" + words.get(i - 1) + "_" + words.get(i));
        }
        out.add("h:words=" + bucket(words.size()));
        // Neither HTML tags, nor "has HTML", nor Content-Type text/html are features: when the ham
        // learnt from is plain-text mailing lists they mark every newsletter as spam (leaving them
        // out halved the false positives on the SpamAssassin split).
        String html = message.html();
        int links = 0;
        Matcher link = LINK.matcher(html != null ? html : text);
        while (link.find() && links < 200) {
            links++;
            out.add("u:" + host(link.group(1)));
        }
        out.add("h:links=" + bucket(links));
    }

    private static void headers(HeaderBlock block, Set<String> out) {
        for (HeaderBlock.Field field : block.fields()) {
            if (FLAG_HEADERS.contains(field.name())) {
                out.add("hn:" + field.name());
            }
        }
        value("precedence", block, out);
        value("auto-submitted", block, out);
        String mailer = block.first("x-mailer");
        if (mailer != null) {
            out.add("h:x-mailer=" + firstWord(mailer));
        }
        out.add("h:received=" + bucket(block.count("received")));
        String contentType = block.first("content-type");
        if (contentType != null) {
            String lower = contentType.toLowerCase(Locale.ROOT);
            int charset = lower.indexOf("charset=");
            if (charset >= 0) {
                out.add("h:charset=" + firstWord(lower.substring(charset + 8).replace("\"", "")));
            }
        }
        String messageId = block.first("message-id");
        if (messageId == null) {
            out.add("h:no-message-id");
        }
    }

    private static void value(String name, HeaderBlock block, Set<String> out) {
        String value = block.first(name);
        if (value != null) {
            out.add("h:" + name + "=" + firstWord(value));
        }
    }

    private static String firstWord(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < lower.length() && end < 24 && (Character.isLetterOrDigit(lower.charAt(end))
                || lower.charAt(end) == '-' || lower.charAt(end) == '_')) {
            end++;
        }
        return lower.substring(0, end);
    }

    private static String host(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        String[] parts = lower.split("\\.");
        return parts.length <= 2 ? lower : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    /** Logarithmic buckets: 0, 1, 2, le4 (3-4), le8 (5-8), le16, … */
    static String bucket(int n) {
        return n <= 2 ? Integer.toString(n) : "le" + Integer.highestOneBit(n - 1) * 2;
    }

    /** Adds up to {@code max} lower-case words of 2 to 24 letters, digits, {@code $ ' -}. */
    static void tokenize(String text, int max, List<String> out) {
        int length = text.length();
        int i = 0;
        int added = 0;
        StringBuilder word = new StringBuilder(MAX_TOKEN_LENGTH);
        while (i < length && added < max) {
            while (i < length && !isWordChar(text.charAt(i))) {
                i++;
            }
            word.setLength(0);
            boolean tooLong = false;
            while (i < length && (isWordChar(text.charAt(i)) || isInner(text, i))) {
                if (word.length() < MAX_TOKEN_LENGTH) {
                    word.append(Character.toLowerCase(text.charAt(i)));
                } else {
                    tooLong = true;
                }
                i++;
            }
            if (!tooLong && word.length() >= 2) {
                out.add(word.toString());
                added++;
            }
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '$';
    }

    private static boolean isInner(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '-' || c == '.' || c == ',')
                && i + 1 < text.length() && isWordChar(text.charAt(i + 1)) && i > 0 && isWordChar(text.charAt(i - 1));
    }
}
