package dev.mailroom.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashesTest {

    @Test
    void sha256HexShouldMatchTheKnownDigestOfAbc() {
        assertThat(Hashes.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void sha256HexShouldMatchTheKnownDigestOfNothing() {
        assertThat(Hashes.sha256Hex(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void isSha256HexShouldAcceptOnlySixtyFourLowerCaseHexDigits() {
        String valid = Hashes.sha256Hex(new byte[] {1});
        assertThat(Hashes.isSha256Hex(valid)).isTrue();
        assertThat(Hashes.isSha256Hex(valid.toUpperCase())).isFalse();
        assertThat(Hashes.isSha256Hex(valid.substring(1))).isFalse();
        assertThat(Hashes.isSha256Hex("../" + valid.substring(3))).isFalse();
        assertThat(Hashes.isSha256Hex(null)).isFalse();
    }
}
