package dev.mailroom.extract.internal.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Folder names that mail clients and servers give the junk folder: {@code Junk}, {@code Spam},
 * Gmail's {@code [Gmail]/Spam}, Outlook's {@code Junk E-mail}, Yahoo's {@code Bulk Mail}, and the
 * same names under a parent ({@code INBOX.Junk}, {@code INBOX/Spam}), in any case.
 */
final class JunkFolders {

    private static final Set<String> NAMES = Set.of("junk", "spam", "junk e-mail", "junk email", "junk mail", "bulk mail",
            "bulk", "spam mail", "unwanted", "pourriel", "courrier indésirable", "indésirables", "spamverdacht",
            "junk-e-mail", "correo no deseado", "posta indesiderata", "ongewenste e-mail", "skräppost");

    /** File extensions of mailbox files and folders, which are not part of the name. */
    private static final Set<String> EXTENSIONS = Set.of("mbox", "mbx", "sbd", "mbs", "eml", "maildir");

    private JunkFolders() {}

    /**
     * Whether {@code folder} is a junk folder: its last part (parts split by {@code /}, a backslash or
     * {@code .}; a file extension such as {@code .mbox} is not a part) names one.
     */
    static boolean isJunk(String folder) {
        if (folder == null || folder.isBlank()) {
            return false;
        }
        String f = folder.strip().toLowerCase(Locale.ROOT);
        if (NAMES.contains(f)) {
            return true;
        }
        List<String> parts = new ArrayList<>(List.of(f.split("[/\\\\.]")));
        parts.removeIf(String::isBlank);
        if (parts.size() > 1 && EXTENSIONS.contains(parts.getLast())) {
            parts.removeLast();
        }
        return !parts.isEmpty() && NAMES.contains(parts.getLast().strip());
    }
}
