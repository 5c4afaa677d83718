package dev.mailroom.search.internal.embed;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Vectors as bytes for storage (4 bytes a float, little-endian) and their dot product. */
public final class VectorCodec {

    private VectorCodec() {}

    /** The floats of {@code vector} as little-endian bytes, 4 per float. */
    public static byte[] toBytes(float[] vector) {
        byte[] bytes = new byte[vector.length * Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().put(vector);
        return bytes;
    }

    /**
     * The vector that {@link #toBytes} wrote.
     *
     * @throws IllegalArgumentException if the length is not a multiple of 4
     */
    public static float[] toFloats(byte[] bytes) {
        if (bytes.length % Float.BYTES != 0) {
            throw new IllegalArgumentException("a vector needs a multiple of 4 bytes, got " + bytes.length);
        }
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }

    /**
     * The dot product of two vectors of the same length; for unit vectors, their cosine similarity.
     *
     * @throws IllegalArgumentException if the lengths differ
     */
    public static float dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different lengths: " + a.length + " and " + b.length);
        }
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
