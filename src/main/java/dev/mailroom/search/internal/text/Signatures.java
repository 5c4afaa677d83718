package dev.mailroom.search.internal.text;

import java.util.List;

/**
 * Finds where the signature starts at the end of the new text: the "-- " delimiter (or a bare "--"
 * before a few short lines), a mobile client's "Sent from my iPhone" or "Get Outlook for iOS", or a
 * mailing list's footer (a line of underscores above "... mailing list", Yahoo! Groups' sponsor
 * block, a last line linking to a Mailman listinfo page). Only the last {@link #WINDOW} non-blank
 * lines are looked at, so no more than that many ever count as signature.
 */
final class Signatures {

    static final int WINDOW = 15;
    /** A bare "--" starts a signature only when at most this many lines follow it. */
    private static final int SHORT_BLOCK = 6;
    /** A "Sent from my ..." line starts a signature only this close to the end. */
    private static final int MOBILE_TAIL = 4;
    /** A bare link to a list's Mailman page counts as its footer only this close to the end. */
    private static final int LIST_URL_TAIL = 3;

    private static final List<String> MOBILE = List.of("sent from my ", "sent from mail for ", "sent from yahoo mail",
            "sent from outlook", "sent from samsung", "sent from proton", "sent with proton", "sent via ",
            "get outlook for ", "gesendet von meinem ", "von meinem iphone gesendet", "von meinem ipad gesendet",
            "von meinem smartphone gesendet", "gesendet mit ", "envoyé de mon ", "envoyé depuis mon ",
            "enviado desde mi ", "enviado de mi ", "enviado do meu ", "inviato da ", "verzonden vanaf mijn ",
            "verstuurd vanaf mijn ");

    private Signatures() {}

    /**
     * The index of the line where the signature of {@code lines[from, end)} starts, or -1.
     *
     * @param from the first line that may belong to the signature: the caller keeps at most {@link
     *     #WINDOW} non-blank lines between it and {@code end}
     * @param end one past the last line of the new text
     */
    static int start(String[] lines, int from, int end) {
        for (int s = from; s < end; s++) {
            if (startsSignature(lines, s, end)) {
                return s;
            }
        }
        return -1;
    }

    private static boolean startsSignature(String[] lines, int s, int end) {
        String line = lines[s];
        if (line.startsWith("--")) {
            String rest = line.substring(2);
            if (rest.isEmpty()) {
                return end - s > 1 && end - s - 1 <= SHORT_BLOCK;
            }
            return rest.isBlank();
        }
        String t = line.strip();
        if (t.length() >= 10 && ReplyHeaders.underscores(t) > 0) {
            return mailingListFooter(lines, s + 1, Math.min(end, s + 3));
        }
        if (t.startsWith("---") && t.contains("Yahoo! Groups Sponsor")) {
            return true;
        }
        if (end - s <= LIST_URL_TAIL && t.startsWith("http") && t.contains("/listinfo/")) {
            return true;
        }
        if (end - s <= MOBILE_TAIL && t.length() <= 100 && !t.isEmpty() && Character.isLetter(t.charAt(0))) {
            return ReplyHeaders.startsWithAny(ReplyHeaders.normalize(t), MOBILE);
        }
        return false;
    }

    private static boolean mailingListFooter(String[] lines, int from, int to) {
        for (int j = from; j < to; j++) {
            if (ReplyHeaders.normalize(lines[j]).contains("mailing list")) {
                return true;
            }
        }
        return false;
    }
}
