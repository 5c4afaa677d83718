package dev.mailroom.search.internal.embed;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/** Placeholder until the real embedder lands. */
public final class MiniLmEmbedder implements Embedder {
    private AllMiniLmL6V2QuantizedEmbeddingModel model;

    private synchronized AllMiniLmL6V2QuantizedEmbeddingModel model() {
        if (model == null) {
            model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        }
        return model;
    }

    public int dimensions() {
        return 384;
    }

    public float[] embed(String text) {
        float[] v = model().embed(text.isBlank() ? "empty" : text).content().vector();
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float norm = (float) Math.sqrt(n);
        for (int i = 0; i < v.length; i++) {
            v[i] /= norm;
        }
        return v;
    }

    public List<float[]> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }

    public String modelName() {
        return "all-MiniLM-L6-v2 (quantized)";
    }

    public void close() {}
}
