package dev.mailroom.ingest.internal.mime;

import dev.mailroom.shared.EmailAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;

/**
 * Address lists (From, To, ...) read with mime4j's lenient parser, groups flattened, display
 * names RFC 2047-decoded. Whatever that parser cannot make sense of is recovered by a pattern
 * search for addresses and reported as a defect.
 */
final class Addresses {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>,;:\"()\\[\\]]+@[^\\s<>,;:\"()\\[\\]]+");
    private static final Pattern COMMENT = Pattern.compile("\\(([^()]*)\\)");

    private Addresses() {}

    static List<EmailAddress> parse(String header, String value, Defects defects) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<EmailAddress> out;
        try {
            AddressList list = LenientAddressParser.DEFAULT.parseAddressList(asciiOnly(value));
            out = new ArrayList<>();
            for (Mailbox m : list.flatten()) {
                out.add(toAddress(m, defects));
            }
        } catch (RuntimeException e) {
            defects.add("unparseable " + header + " header: " + value);
            return fallback(value, defects);
        }
        if (out.isEmpty() && value.indexOf('@') >= 0) {
            defects.add("unparseable " + header + " header: " + value);
            return fallback(value, defects);
        }
        for (EmailAddress a : out) {
            if (a.address().indexOf('@') < 0) {
                defects.add("malformed address in " + header + " header: " + value);
                List<EmailAddress> found = fallback(value, defects);
                return found.isEmpty() ? out : found;
            }
        }
        if (out.size() == 1 && out.getFirst().name() == null) {
            Matcher c = COMMENT.matcher(value);
            String name = null;
            while (c.find()) {
                name = c.group(1);
            }
            if (name != null && !name.isBlank()) {
                return List.of(new EmailAddress(EncodedWords.decode(name.trim(), defects), out.getFirst().address()));
            }
        }
        return out;
    }

    /**
     * mime4j's address parser mangles non-ASCII characters (raw UTF-8 headers, RFC 6532), so runs of
     * them are handed over as UTF-8 encoded words, which are decoded again afterwards.
     */
    static String asciiOnly(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) < 0x80) {
            i++;
        }
        if (i == value.length()) {
            return value;
        }
        StringBuilder b = new StringBuilder(value.length() + 32);
        int n = value.length();
        int pos = 0;
        while (pos < n) {
            char c = value.charAt(pos);
            if (c < 0x80) {
                b.append(c);
                pos++;
                continue;
            }
            int end = pos;
            int lastNonAscii = pos;
            while (end < n && (value.charAt(end) >= 0x80 || value.charAt(end) == ' ')) {
                if (value.charAt(end) >= 0x80) {
                    lastNonAscii = end;
                }
                end++;
            }
            String run = value.substring(pos, lastNonAscii + 1);
            b.append("=?utf-8?B?")
                    .append(Base64.getEncoder().encodeToString(run.getBytes(StandardCharsets.UTF_8)))
                    .append("?=");
            pos = lastNonAscii + 1;
        }
        return b.toString();
    }

    private static EmailAddress toAddress(Mailbox m, Defects defects) {
        String domain = m.getDomain();
        String address = domain == null || domain.isEmpty() ? m.getLocalPart() : m.getLocalPart() + "@" + domain;
        address = EncodedWords.decode(address, defects);
        String name = m.getName();
        int open = address.indexOf('<');
        int close = address.indexOf('>', open + 1);
        if (open >= 0 && close > open) {
            // "Mikel@Lindsaar<raasdnil@gmail.com>": a display name containing @, written unquoted.
            defects.add("malformed address: " + address);
            name = name == null ? address.substring(0, open) : name;
            address = address.substring(open + 1, close);
        }
        if (name != null) {
            name = EncodedWords.decode(name, defects).strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1);
            }
        }
        return new EmailAddress(name, address);
    }

    /** Every address-like token in the value; the text before the first one becomes the name. */
    private static List<EmailAddress> fallback(String value, Defects defects) {
        List<EmailAddress> out = new ArrayList<>();
        Matcher m = ADDRESS.matcher(value);
        int last = 0;
        while (m.find()) {
            String before = value.substring(last, m.start()).replaceAll("[<>\",;]", " ").strip();
            out.add(new EmailAddress(before.isEmpty() ? null : EncodedWords.decode(before, defects), m.group()));
            last = m.end();
        }
        return out;
    }
}
