package io.opsledger.query.search;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * all-MiniLM-L6-v2 sentence vectors (384 dimensions), computed in process from the model shipped
 * in the LangChain4j jar: nothing is downloaded. Loading takes a few seconds and about 100 MB, so
 * it happens once per JVM, on a background thread started with the application: startup does not
 * wait for it, and the first indexing batch or query that needs a vector does.
 * <p>
 * ONNX Runtime and the tokenizer would unpack their native libraries into the system temp
 * directory and {@code ~/.djl.ai}; both are pointed under the data directory instead.
 */
public final class TextEmbedder {

    public static final int DIMENSIONS = 384;
    /** Half the cores: indexing and queries never take the whole machine from the requests. */
    static final int INFERENCE_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

    private static final Logger log = LoggerFactory.getLogger(TextEmbedder.class);
    private static CompletableFuture<EmbeddingModel> shared;

    private final CompletableFuture<EmbeddingModel> model;

    private TextEmbedder(CompletableFuture<EmbeddingModel> model) {
        this.model = model;
    }

    /** The JVM's one model, loading on a daemon thread; its native files go under {@code workDir}. */
    public static synchronized TextEmbedder load(Path workDir) {
        if (shared == null) {
            prepareNativeFiles(workDir);
            shared = new CompletableFuture<>();
            Thread loader = new Thread(() -> {
                long started = System.nanoTime();
                try {
                    EmbeddingModel loaded = new MiniLmModel(INFERENCE_THREADS);
                    loaded.embed("warm up");
                    log.info("Embedding model all-MiniLM-L6-v2 loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
                    shared.complete(loaded);
                } catch (Throwable failure) {
                    log.error("Embedding model could not be loaded; search falls back to words only", failure);
                    shared.completeExceptionally(failure);
                }
            }, "embedding-model-loader");
            loader.setDaemon(true);
            loader.start();
        }
        return new TextEmbedder(shared);
    }

    /** Runs {@code action} once the model is loaded (at once if it is), on the loading thread or the caller's. */
    public void whenReady(Runnable action) {
        model.thenRun(action);
    }

    public boolean ready() {
        return model.isDone() && !model.isCompletedExceptionally();
    }

    /** Vectors for many texts in one call, one after the other on the caller's thread. */
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        EmbeddingModel loaded = model.join();
        return loaded.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(embedding -> embedding.vector()).toList();
    }

    public float[] embed(String text) {
        return embedAll(List.of(text)).getFirst();
    }

    /** The vector, or empty when the model is not ready within {@code wait} (a query then uses words only). */
    public Optional<float[]> embedWithin(String text, Duration wait) {
        try {
            EmbeddingModel loaded = model.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.of(loaded.embed(text).content().vector());
        } catch (TimeoutException | ExecutionException notReady) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static void prepareNativeFiles(Path workDir) {
        Path djl = workDir.resolve("djl");
        System.setProperty("DJL_CACHE_DIR", djl.toString());
        System.setProperty("ENGINE_CACHE_DIR", djl.toString());
        System.setProperty("ai.djl.offline", "true");
        if (System.getProperty("onnxruntime.native.path") != null) {
            return;
        }
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String platform = (os.contains("linux") ? "linux" : os.contains("mac") ? "osx" : "win") + "-"
                + (arch.contains("64") && !arch.contains("aarch") ? "x64" : arch);
        String prefix = platform.startsWith("win") ? "" : "lib";
        String suffix = platform.startsWith("win") ? ".dll" : platform.startsWith("osx") ? ".dylib" : ".so";
        Path target = workDir.resolve("onnxruntime").resolve(platform);
        try {
            Files.createDirectories(target);
            for (String library : List.of("onnxruntime", "onnxruntime4j_jni")) {
                String file = prefix + library + suffix;
                try (InputStream in = TextEmbedder.class.getResourceAsStream("/ai/onnxruntime/native/" + platform + "/" + file)) {
                    if (in == null) {
                        return; // not a platform the jar ships: ONNX Runtime's own temp-dir loading applies
                    }
                    Files.copy(in, target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            System.setProperty("onnxruntime.native.path", target.toString());
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot unpack ONNX Runtime under " + target, failure);
        }
    }
}
