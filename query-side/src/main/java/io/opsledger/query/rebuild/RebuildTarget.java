package io.opsledger.query.rebuild;

import io.opsledger.query.rebuild.RebuildStatus.Purpose;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;

import java.util.List;

/**
 * What differs between projections for a rebuild: where the aside copy lives, how the
 * {@code <group>@rebuild} processor writes into it, how it replaces the live output and how it is
 * compared with it. {@link ProjectionRebuild} runs the same steps for every target. The SQL read
 * models are one kind ({@link ShadowSchemaTarget}, a shadow schema per rebuild); the search index
 * declares its own bean (a Lucene index beside the live one).
 */
public interface RebuildTarget {

    String processingGroup();

    /** The name of a new aside copy; kept in the rebuild log, so that a restart opens the same one. */
    String asideName(Purpose purpose);

    /** Opens the aside copy: new and empty, or as a stopped process left it (its position with it). */
    Aside open(String asideName, Purpose purpose);

    /**
     * True when this aside copy already serves: the process stopped between the switch and the log
     * entry saying so. Only targets whose switch is not in the log's transaction can answer true.
     */
    default boolean switchedIn(String asideName) {
        return false;
    }

    /** Removes an aside copy that does not serve, with whatever its processor stored elsewhere. */
    void discard(String asideName, String processorName);

    /** An open aside copy; closing it keeps it for a resume unless it was discarded or switched in. */
    interface Aside extends AutoCloseable {

        /** Event handlers writing into the aside copy, made from the projection's own code. */
        List<Object> handlers();

        /** Where the rebuild processor keeps its position; durable with what it wrote. */
        TokenStore tokenStore(String processorName);

        TransactionManager transactionManager();

        /**
         * Replaces the live output with the aside copy, the live processor and the rebuild processor
         * both stopped; the live processor then goes on from {@code rebuilt}. {@code recordDone}
         * writes the log entry, inside the switch's transaction where there is one.
         */
        void switchIn(TokenStore liveTokens, TrackingToken rebuilt, Runnable recordDone);

        /** Compares the live output with the aside copy, both processors stopped at the same position. */
        Comparison compare();

        @Override
        void close();
    }

    /** How many rows (or documents) differ, with a sample of them. */
    record Comparison(long differingRows, List<String> differences) {

        public Comparison {
            differences = List.copyOf(differences);
        }
    }
}
