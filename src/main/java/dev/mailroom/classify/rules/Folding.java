package dev.mailroom.classify.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The form in which rules compare text: lower case, without accents, runs of white space as one space. */
final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Folding() {}

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String lower = s.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        boolean spaces = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c > 0x7f) {
                ascii = false;
                break;
            }
            if (c == '\n' || c == '\r' || c == '\t' || (c == ' ' && i + 1 < lower.length() && lower.charAt(i + 1) == ' ')) {
                spaces = true;
            }
        }
        String out = ascii ? lower : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return ascii && !spaces ? out : SPACES.matcher(out).replaceAll(" ");
    }
}
