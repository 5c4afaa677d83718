package dev.mailroom.ingest.internal.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.ingest.MessageFlag;
import org.junit.jupiter.api.Test;

class MaildirNamesTest {

    @Test
    void flagsShouldBeReadFromTheInfoSuffix() {
        assertThat(MaildirNames.flags("1700000000.M1P2.host:2,DFPRST")).containsExactlyInAnyOrder(MessageFlag.values());
        assertThat(MaildirNames.flags("1700000000.M1P2.host:2,S")).containsExactly(MessageFlag.SEEN);
        assertThat(MaildirNames.flags("1700000000.M1P2.host!2,RF")).containsExactlyInAnyOrder(MessageFlag.ANSWERED, MessageFlag.FLAGGED);
        assertThat(MaildirNames.flags("1700000000.M1P2.host;2,T")).containsExactly(MessageFlag.DELETED);
    }

    @Test
    void flagsShouldBeEmptyWithoutInfoAndIgnoreKeywords() {
        assertThat(MaildirNames.flags("1700000000.M1P2.host")).isEmpty();
        assertThat(MaildirNames.flags("1700000000.M1P2.host:2,")).isEmpty();
        assertThat(MaildirNames.flags("1700000000.M1P2.host:2,abS")).containsExactly(MessageFlag.SEEN);
    }

    @Test
    void subfolderShouldTurnDotsIntoSlashesAndDecodeModifiedUtf7() {
        assertThat(MaildirNames.subfolder(".Work.Projects")).isEqualTo("Work/Projects");
        assertThat(MaildirNames.subfolder(".Sent")).isEqualTo("Sent");
        assertThat(MaildirNames.subfolder(".Entw&APw-rfe")).isEqualTo("Entwürfe");
        assertThat(MaildirNames.subfolder(".Tom &- Jerry")).isEqualTo("Tom & Jerry");
    }
}
