package dev.mailroom.ingest.internal.thread;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Re: Budget|budget|true",
        "RE: RE: Budget|budget|true",
        "Fwd: Budget|budget|true",
        "FW: Budget|budget|true",
        "AW: WG: Budget|budget|true",
        "SV: Budget|budget|true",
        "TR: Budget|budget|true",
        "RE[2]: Budget|budget|true",
        "Re^3: Budget|budget|true",
        "[users] Re: Budget|budget|true",
        "Re: [users] Budget|budget|true",
        "  Budget   plan  |budget plan|false",
        "Refund for order|refund for order|false",
        "Re:Budget|budget|true",
        "Antw: Budget|budget|true",
    })
    void subjectsShouldNormaliseAcrossClientsAndLanguages(String subject, String normalized, boolean reply) {
        assertThat(Subjects.normalize(subject)).isEqualTo(normalized);
        assertThat(Subjects.isReplyOrForward(subject)).isEqualTo(reply);
    }

    @Test
    void aMissingSubjectShouldNormaliseToEmpty() {
        assertThat(Subjects.normalize(null)).isEmpty();
        assertThat(Subjects.isReplyOrForward(null)).isFalse();
    }
}
