package dev.mailroom.search.query;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * mu's query syntax, as of mu 1.8.
 *
 * <p>Folders are maildirs from the root of the store: {@code INBOX} is {@code maildir:/}, {@code
 * Work/Projects} is {@code maildir:/Work/Projects}. Dates are written in local time of the zone
 * given here, which must be the zone mu runs in ({@code TZ}). What it cannot search: accounts and
 * Mailroom's thread ids.
 */
final class MuSyntax extends PeerSyntax {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final Pattern PLAIN_MAILDIR = Pattern.compile("/[\\p{L}\\p{N}._\\-/]*");

    private final ZoneId zone;

    MuSyntax(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    String all() {
        return "\"\"";
    }

    @Override
    String keyword(String lower) {
        return lower.toUpperCase(Locale.ROOT);
    }

    @Override
    String words(QueryNode.Words words) {
        String term = term(words.text(), words.phrase());
        boolean textField = switch (words.field()) {
            case ANY, SUBJECT, BODY -> true;
            default -> false;
        };
        if (textField && !words.phrase() && !words.text().endsWith("*") && words.text().contains("-")) {
            // mu keeps "razor-users" as one term that its index does not hold; the words as a phrase match
            term = quote(words.text().replace('-', ' '));
        }
        return switch (words.field()) {
            case ANY -> term;
            case FROM -> "from:" + term;
            case TO -> "to:" + term;
            case CC -> "cc:" + term;
            case BCC -> "bcc:" + term;
            case SUBJECT -> "subject:" + term;
            case BODY -> "body:" + term;
            case FILENAME -> "file:" + term;
            case FOLDER -> "maildir:" + maildir(words.text());
            case LIST -> "list:" + term;
            case MESSAGE_ID -> "msgid:" + term;
            case ACCOUNT, THREAD -> throw new Inexpressible();
        };
    }

    private String maildir(String folder) {
        String path = folder.equalsIgnoreCase("INBOX") ? "/" : folder.startsWith("/") ? folder : "/" + folder;
        return PLAIN_MAILDIR.matcher(path).matches() ? path : quote(path);
    }

    @Override
    String flag(MessageState state) {
        return switch (state) {
            case UNREAD -> "flag:unread";
            case READ -> "flag:seen";
            case FLAGGED -> "flag:flagged";
            case UNFLAGGED -> "NOT flag:flagged";
            case REPLIED -> "flag:replied";
            case DRAFT -> "flag:draft";
            case DELETED -> "flag:trashed";
            case FORWARDED -> "flag:passed";
            case HAS_ATTACHMENT -> "flag:attach";
        };
    }

    /** {@code date:FIRST..LAST} as {@code YYYYMMDDHHMMSS} in local time, both ends inclusive. */
    @Override
    String dates(QueryNode.DateRange range) {
        if (range.from() == null && range.to() == null) {
            throw new Inexpressible();
        }
        String from = range.from() == null ? "" : local(firstSecond(range.from()));
        String to = range.to() == null ? "" : local(lastSecond(range.to()));
        return "date:" + from + ".." + to;
    }

    private String local(long epochSecond) {
        return SECONDS.format(Instant.ofEpochSecond(epochSecond).atZone(zone));
    }

    /** {@code size:MIN..MAX} in bytes, both ends inclusive. */
    @Override
    String sizes(QueryNode.SizeRange range) {
        Long min = range.min();
        Long max = range.max();
        boolean matchesNothing = max != null && max <= (min == null ? 0 : min);
        if (min == null && max == null || matchesNothing) {
            throw new Inexpressible();
        }
        return "size:" + (min == null ? "" : min) + ".." + (max == null ? "" : max - 1);
    }

    /** Quotes inside are escaped with a backslash. */
    @Override
    String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
