package dev.mailroom.search.internal.embed;

import java.util.List;

/**
 * Turns text into a sentence embedding: a vector of {@link #dimensions()} floats of unit length, so
 * that the dot product of two vectors ({@link VectorCodec#dot}) is their cosine similarity.
 *
 * <p>The one exception to unit length is text with nothing to embed (empty, whitespace, or only
 * characters the model ignores such as control and zero-width characters): it gives the zero
 * vector, whose dot product with every vector is 0. Callers that index vectors should skip it.
 *
 * <p>Implementations are thread-safe.
 */
public interface Embedder extends AutoCloseable {

    /** The length of every vector this embedder returns. */
    int dimensions();

    /**
     * Names the model and every setting that changes its vectors; when it differs from the name
     * stored with a vector, that vector must be computed again.
     */
    String modelName();

    /** The vector of {@code text}; {@code null} counts as empty. */
    float[] embed(String text);

    /**
     * The vectors of {@code texts}, in the same order, each equal to what {@link #embed} gives for
     * that text. Implementations may work on several texts at once.
     */
    List<float[]> embedAll(List<String> texts);

    /** Releases what this embedder holds; it cannot be used afterwards. */
    @Override
    void close();
}
