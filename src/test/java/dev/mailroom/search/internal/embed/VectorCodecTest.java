package dev.mailroom.search.internal.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VectorCodecTest {

    @Test
    void floatsShouldBeWrittenAsLittleEndianBytes() {
        assertThat(VectorCodec.toBytes(new float[] {1f, -2f}))
                .containsExactly(0x00, 0x00, 0x80, 0x3F, 0x00, 0x00, 0x00, 0xC0);
    }

    @Test
    void bytesShouldReadBackAsTheSameFloats() {
        float[] vector = {0.5f, -0.25f, Float.MIN_VALUE, 3.4e38f, 0f};

        assertThat(VectorCodec.toFloats(VectorCodec.toBytes(vector))).containsExactly(vector);
        assertThat(VectorCodec.toFloats(new byte[0])).isEmpty();
    }

    @Test
    void bytesThatAreNotWholeFloatsShouldBeRefused() {
        assertThatThrownBy(() -> VectorCodec.toFloats(new byte[6])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a vector needs a multiple of 4 bytes, got 6");
    }

    @Test
    void dotShouldSumTheProductsOfTheComponents() {
        assertThat(VectorCodec.dot(new float[] {1f, 2f, 3f}, new float[] {4f, -5f, 6f})).isEqualTo(12f);
        assertThat(VectorCodec.dot(new float[0], new float[0])).isZero();
    }

    @Test
    void dotOfVectorsOfDifferentLengthsShouldBeRefused() {
        assertThatThrownBy(() -> VectorCodec.dot(new float[2], new float[3])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vectors of different lengths: 2 and 3");
    }
}
