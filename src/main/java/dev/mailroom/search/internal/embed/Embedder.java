package dev.mailroom.search.internal.embed;

import java.util.List;

/** Placeholder until the real embedder lands. */
public interface Embedder extends AutoCloseable {
    int dimensions();

    float[] embed(String text);

    List<float[]> embedAll(List<String> texts);

    String modelName();

    @Override
    void close();
}
