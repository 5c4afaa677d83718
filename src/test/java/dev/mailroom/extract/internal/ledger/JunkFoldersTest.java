package dev.mailroom.extract.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JunkFoldersTest {

    @ParameterizedTest
    @ValueSource(strings = {"Junk", "SPAM", "[Gmail]/Spam", "Junk E-mail", "Junk Email", "Bulk Mail", "INBOX.Junk", "INBOX/spam",
            "Junk.mbox", "Archive/2025/Junk", "Courrier indésirable", "Spamverdacht", "Skräppost", "Correo no deseado",
            "Posta indesiderata", "Ongewenste e-mail", "INBOX\\\\Junk"})
    void junkFoldersByTheirUsualNames(String folder) {
        assertThat(JunkFolders.isJunk(folder)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"INBOX", "Bills", "Junk food recipes", "Spam filters (talk)", "Spam/Bills", "Junkyard", "Archive",
            "[Gmail]/All Mail", "Sent", "Spamming.mbox.old", ""})
    void otherFoldersAreNot(String folder) {
        assertThat(JunkFolders.isJunk(folder)).isFalse();
    }
}
