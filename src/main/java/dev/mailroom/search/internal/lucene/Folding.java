package dev.mailroom.search.internal.lucene;

import dev.mailroom.shared.EmailAddress;
import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns addresses, folder names and list ids into the exact tokens the index holds, so that a part
 * of an address finds the whole: {@code billing@mail.acme.com} is found by itself, {@code billing},
 * {@code mail.acme.com}, {@code acme.com} and {@code acme}; a display name by each of its words.
 */
final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Folding() {}

    /** Lower case without accents. */
    static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT).strip();
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 0x7f) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return lower;
    }

    static Set<String> addressTokens(Collection<EmailAddress> addresses) {
        Set<String> out = new LinkedHashSet<>();
        for (EmailAddress a : addresses) {
            String address = fold(a.address());
            if (!address.isEmpty()) {
                out.add(address);
                int at = address.lastIndexOf('@');
                if (at > 0) {
                    String local = address.substring(0, at);
                    out.add(local);
                    words(local, out);
                    domainTokens(address.substring(at + 1), out);
                } else {
                    words(address, out);
                }
            }
            if (a.name() != null && !a.name().isBlank()) {
                words(fold(a.name()), out);
            }
        }
        return out;
    }

    /** {@code mail.acme.co.uk} gives itself, each suffix of two labels or more, and each label. */
    static void domainTokens(String domain, Set<String> out) {
        if (domain.isEmpty()) {
            return;
        }
        out.add(domain);
        String[] labels = domain.split("\\.");
        for (int i = 1; i < labels.length - 1; i++) {
            out.add(String.join(".", java.util.Arrays.copyOfRange(labels, i, labels.length)));
        }
        for (String l : labels) {
            if (!l.isEmpty()) {
                out.add(l);
            }
        }
    }

    static void words(String folded, Set<String> out) {
        for (String w : NON_WORD.split(folded)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
    }

    /** {@code Work/Projects} gives {@code work/projects}, {@code work} and {@code projects}. */
    static Set<String> folderTokens(String folder) {
        Set<String> out = new LinkedHashSet<>();
        String f = fold(folder);
        out.add(f);
        String[] parts = f.split("/");
        StringBuilder prefix = new StringBuilder();
        for (String p : parts) {
            if (!prefix.isEmpty()) {
                prefix.append('/');
            }
            prefix.append(p);
            out.add(prefix.toString());
            out.add(p);
        }
        return out;
    }

    static Set<String> listTokens(String listId) {
        Set<String> out = new LinkedHashSet<>();
        String l = fold(listId);
        out.add(l);
        int at = l.lastIndexOf('@');
        domainTokens(at >= 0 ? l.substring(at + 1) : l, out);
        if (at > 0) {
            out.add(l.substring(0, at));
        }
        return out;
    }
}
