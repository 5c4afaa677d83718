package dev.mailroom.ingest.internal.thread;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises subjects for the threading fallback: strips reply and forward prefixes in the
 * languages mail clients write them in (Re, Fwd, AW, WG, SV, VS, TR, RIF, Antw, Odp, YNT, ...),
 * counters such as {@code RE[2]:} or {@code Re^3:}, and mailing-list tags such as {@code [users]},
 * then folds case and white space.
 */
public final class Subjects {

    private static final Pattern PREFIX = Pattern.compile(
            "^\\s*(?:\\[[^\\]]{1,40}\\]\\s*)?(re|fw|fwd|aw|wg|sv|vs|tr|rif|r|ref|res|antw|odp|ynt|atb|rv|enc|doorst|vl|fs|trs|πρθ|ha|回复|转发|答复)\\s*(?:\\[\\d+\\]|\\(\\d+\\)|\\^\\d+)?\\s*[:：]\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LIST_TAG = Pattern.compile("^\\s*\\[[^\\]]{1,40}\\]\\s*");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Subjects() {}

    /** The subject without prefixes and list tags, lower-cased, spaces collapsed; empty for none. */
    public static String normalize(String subject) {
        if (subject == null) {
            return "";
        }
        String s = strip(subject);
        s = LIST_TAG.matcher(s).replaceFirst("");
        return SPACE.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the subject starts with a reply or forward prefix (after an optional list tag). */
    public static boolean isReplyOrForward(String subject) {
        return subject != null && PREFIX.matcher(subject).find();
    }

    private static String strip(String subject) {
        String s = subject;
        for (int i = 0; i < 20; i++) {
            Matcher m = PREFIX.matcher(s);
            if (!m.find()) {
                break;
            }
            s = s.substring(m.end());
        }
        return s;
    }
}
