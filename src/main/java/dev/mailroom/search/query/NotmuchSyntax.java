package dev.mailroom.search.query;

/**
 * notmuch's query syntax (Xapian's parser with notmuch's prefixes), as of notmuch 0.37.
 *
 * <p>What it cannot search: Cc and Bcc alone (its {@code to:} covers To, Cc and Bcc, so {@code to:}
 * is written for {@link Field#TO}), accounts, mailing lists, Mailroom's thread ids, sizes and the
 * deleted flag (the maildir flag {@code T} is not turned into a tag). Flags are the tags notmuch
 * keeps in step with maildir flags ({@code unread}, {@code flagged}, {@code replied}, {@code draft},
 * {@code passed}) and the {@code attachment} tag it sets when indexing.
 */
final class NotmuchSyntax extends PeerSyntax {

    @Override
    String all() {
        return "*";
    }

    @Override
    String keyword(String lower) {
        return lower;
    }

    @Override
    String words(QueryNode.Words words) {
        String term = term(words.text(), words.phrase());
        return switch (words.field()) {
            case ANY -> term;
            case FROM -> "from:" + term;
            case TO -> "to:" + term;
            case SUBJECT -> "subject:" + term;
            case BODY -> "body:" + term;
            case FILENAME -> "attachment:" + term;
            case FOLDER -> "folder:" + (words.text().equalsIgnoreCase("INBOX") ? "\"\"" : term);
            case MESSAGE_ID -> "id:" + term;
            case CC, BCC, ACCOUNT, LIST, THREAD -> throw new Inexpressible();
        };
    }

    @Override
    String flag(MessageState state) {
        return switch (state) {
            case UNREAD -> "tag:unread";
            case READ -> "not tag:unread";
            case FLAGGED -> "tag:flagged";
            case UNFLAGGED -> "not tag:flagged";
            case REPLIED -> "tag:replied";
            case DRAFT -> "tag:draft";
            case FORWARDED -> "tag:passed";
            case HAS_ATTACHMENT -> "tag:attachment";
            case DELETED -> throw new Inexpressible();
        };
    }

    /** {@code date:@FIRST..@LAST} in seconds since the epoch, both ends inclusive. */
    @Override
    String dates(QueryNode.DateRange range) {
        if (range.from() == null && range.to() == null) {
            throw new Inexpressible();
        }
        String from = range.from() == null ? "" : "@" + firstSecond(range.from());
        String to = range.to() == null ? "" : "@" + lastSecond(range.to());
        return "date:" + from + ".." + to;
    }

    @Override
    String sizes(QueryNode.SizeRange range) {
        throw new Inexpressible();
    }

    /** Quotes inside are doubled. */
    @Override
    String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
