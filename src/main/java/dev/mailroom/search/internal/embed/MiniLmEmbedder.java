package dev.mailroom.search.internal.embed;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized to 8 bits, 384 dimensions), computed on the
 * CPU in this process with onnxruntime, without network.
 *
 * <p>The model reads the first {@value #MAX_TOKENS} word pieces of a text, in one pass, and ignores
 * the rest (about 1,000 characters of English; as few as {@value #MAX_TOKENS} characters of
 * Chinese or Japanese). Text beyond {@value #MAX_CHARS} characters is dropped before tokenizing.
 *
 * <p>The model loads on the first call to {@link #embed} or {@link #embedAll} (one to two seconds;
 * about 120 MB of resident memory, less than 10 MB of it on the Java heap) and then stays loaded for
 * the life of the process, shared by every embedder with the same number of onnxruntime threads.
 *
 * <p>Threads: onnxruntime uses {@code intraOpThreads} threads (the caller's included) for each
 * text; {@link #embedAll} hands the texts to {@code executor}, so an executor of n threads runs n
 * texts at once. For texts as short as mail, two texts at once nearly double the rate while two
 * threads on one text barely raise it: one onnxruntime thread and an executor of a thread per core
 * to spare give the most texts a second, and the caller's thread alone ({@code Runnable::run})
 * leaves the other cores to other work.
 */
public final class MiniLmEmbedder implements Embedder {

    /** The model takes up to 512; it was trained on 128, and sentence-transformers reads 256. */
    static final int MAX_TOKENS = 256;

    /** Well above what {@value #MAX_TOKENS} word pieces span, so that tokenizing stays cheap. */
    static final int MAX_CHARS = 4_096;

    private static final Logger LOG = LoggerFactory.getLogger(MiniLmEmbedder.class);
    private static final ConcurrentMap<Integer, MiniLmOnnxModel> MODELS = new ConcurrentHashMap<>();

    private final int intraOpThreads;
    private final Executor executor;
    private volatile boolean closed;

    /**
     * An embedder that does its work in the calling threads.
     *
     * @param intraOpThreads threads onnxruntime uses for one text, 1 to 64
     * @param executor runs the texts of {@link #embedAll}; {@code Runnable::run} for one after the
     *     other in the calling thread. Not shut down by {@link #close}.
     */
    public MiniLmEmbedder(int intraOpThreads, Executor executor) {
        if (intraOpThreads < 1 || intraOpThreads > 64) {
            throw new IllegalArgumentException("intraOpThreads must be between 1 and 64, got " + intraOpThreads);
        }
        if (executor == null) {
            throw new IllegalArgumentException("executor must not be null");
        }
        this.intraOpThreads = intraOpThreads;
        this.executor = executor;
    }

    /** An embedder with one onnxruntime thread that works only in the calling thread. */
    public MiniLmEmbedder() {
        this(1, Runnable::run);
    }

    @Override
    public int dimensions() {
        return MiniLmOnnxModel.DIMENSIONS;
    }

    @Override
    public String modelName() {
        return "all-minilm-l6-v2-q;max-tokens=" + MAX_TOKENS;
    }

    @Override
    public float[] embed(String text) {
        ensureOpen();
        String input = EmbeddingText.cut(text == null ? "" : text, MAX_CHARS);
        if (input.isBlank()) {
            return new float[MiniLmOnnxModel.DIMENSIONS];
        }
        return model().vector(input);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        ensureOpen();
        List<CompletableFuture<float[]>> vectors = texts.stream()
                .map(text -> CompletableFuture.supplyAsync(() -> embed(text), executor))
                .toList();
        try {
            return vectors.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Whether the model this embedder uses has been loaded in this process. */
    boolean isLoaded() {
        return MODELS.containsKey(intraOpThreads);
    }

    /** Makes this embedder unusable; the model stays loaded for the other embedders. */
    @Override
    public void close() {
        closed = true;
    }

    private MiniLmOnnxModel model() {
        return MODELS.computeIfAbsent(intraOpThreads, threads -> {
            long start = System.nanoTime();
            MiniLmOnnxModel model = MiniLmOnnxModel.load(threads, MAX_TOKENS);
            LOG.info("Loaded {} with {} onnxruntime thread(s) in {} ms", modelName(), threads,
                    (System.nanoTime() - start) / 1_000_000);
            return model;
        });
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this embedder is closed");
        }
    }
}
