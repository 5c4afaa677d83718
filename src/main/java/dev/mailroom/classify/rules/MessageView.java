package dev.mailroom.classify.rules;

import dev.mailroom.classify.internal.builtin.MailHeaders;
import dev.mailroom.ingest.Attachment;
import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.shared.EmailAddress;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One message as rules read it, each part folded once and only when a condition first asks for it:
 * all rules of a message share one view.
 */
final class MessageView {

    private static final Set<String> SIGNATURES = Set.of("application/pgp-signature", "application/pkcs7-signature",
            "application/x-pkcs7-signature");

    /** An address as written, folded, and its domain. */
    private record Address(String address, String name, String full, String foldedAddress, String foldedName,
            String foldedFull, String domain) {

        static Address of(EmailAddress a) {
            String full = a.toString();
            return new Address(a.address(), a.name(), full, Folding.fold(a.address()), a.name() == null ? "" : Folding.fold(a.name()),
                    Folding.fold(full), a.domain());
        }
    }

    /** A text as written and folded. */
    private record Folded(String text, String folded) {

        static Folded of(String text) {
            return new Folded(text, Folding.fold(text));
        }
    }

    private final RuleMessage message;
    private final Map<TextField, List<Address>> addresses = new EnumMap<>(TextField.class);
    private final Map<TextField, List<Folded>> texts = new EnumMap<>(TextField.class);
    private MailHeaders headers;
    private final Map<String, List<Folded>> headerValues = new java.util.HashMap<>();

    MessageView(RuleMessage message) {
        this.message = message;
    }

    RuleMessage message() {
        return message;
    }

    boolean text(TextField field, TextPattern pattern) {
        if (field.addresses()) {
            for (Address a : addresses.computeIfAbsent(field, this::addressesOf)) {
                if (matches(a, pattern)) {
                    return true;
                }
            }
            return false;
        }
        return any(texts.computeIfAbsent(field, this::textsOf), pattern);
    }

    boolean header(String name, TextPattern pattern) {
        List<Folded> values = headerValues.computeIfAbsent(name.toLowerCase(java.util.Locale.ROOT),
                n -> headers().all(n).stream().map(Folded::of).toList());
        return pattern == null ? !values.isEmpty() : any(values, pattern);
    }

    boolean hasAttachment() {
        for (Attachment a : message.parsed().attachments()) {
            if (!a.inline() && !SIGNATURES.contains(a.contentType())) {
                return true;
            }
        }
        return false;
    }

    private static boolean any(List<Folded> values, TextPattern pattern) {
        for (Folded v : values) {
            if (pattern.test(v.text(), v.folded())) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Address a, TextPattern p) {
        if (p.isDomain() && !a.domain().isEmpty() && (a.domain().equals(p.folded()) || a.domain().endsWith("." + p.folded()))) {
            return true;
        }
        return switch (p.match()) {
            case CONTAINS -> p.isDomain() ? startsWord(a.foldedFull(), p.folded()) : a.foldedFull().contains(p.folded());
            case EQUALS -> a.foldedAddress().equals(p.folded()) || a.foldedName().equals(p.folded()) || a.foldedFull().equals(p.folded());
            case MATCHES -> p.find(a.address()) || p.find(a.name()) || p.find(a.full()) || p.find(a.foldedFull());
        };
    }

    /** Whether {@code word} occurs in {@code text} where no letter, digit or hyphen precedes it: acme.com is not in notacme.com. */
    private static boolean startsWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            if (i == 0 || !(Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
                return true;
            }
        }
        return false;
    }

    private MailHeaders headers() {
        if (headers == null) {
            headers = MailHeaders.parse(message.header());
        }
        return headers;
    }

    private List<Address> addressesOf(TextField field) {
        ParsedMessage m = message.parsed();
        List<EmailAddress> list = new ArrayList<>();
        switch (field) {
            case FROM -> {
                list.addAll(m.from());
                if (m.sender() != null) {
                    list.add(m.sender());
                }
            }
            case TO -> list.addAll(m.to());
            case CC -> list.addAll(m.cc());
            case BCC -> list.addAll(m.bcc());
            default -> {
                list.addAll(m.to());
                list.addAll(m.cc());
                list.addAll(m.bcc());
            }
        }
        return list.stream().map(Address::of).toList();
    }

    private List<Folded> textsOf(TextField field) {
        ParsedMessage m = message.parsed();
        List<Folded> out = new ArrayList<>();
        switch (field) {
            case SUBJECT -> add(out, m.subject());
            case BODY -> add(out, m.text());
            case LIST -> {
                add(out, m.listId());
                headers().all("list-id").forEach(v -> add(out, v));
            }
            case ACCOUNT -> add(out, message.account());
            case FILENAME -> m.attachments().forEach(a -> add(out, a.filename()));
            case ATTACHMENT_TYPE -> m.attachments().forEach(a -> add(out, a.contentType()));
            default -> throw new IllegalArgumentException("not a text field: " + field);
        }
        return out;
    }

    private static void add(List<Folded> out, String text) {
        if (text != null && !text.isEmpty()) {
            out.add(Folded.of(text));
        }
    }
}
