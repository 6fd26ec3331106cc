package io.opsledger.query.search;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;

import java.util.Optional;

/**
 * The search processor's token store: its position lives in the Lucene commit user data, next to
 * the documents it produced, instead of in the token table. One index belongs to one instance and
 * one processor thread (one segment), so there is nothing to claim: every instance keeps its own
 * index and reads the whole event stream into it.
 */
final class IndexTokenStore implements TokenStore {

    private final String processorName;
    private final IndexUpdates updates;

    IndexTokenStore(String processorName, IndexUpdates updates) {
        this.processorName = processorName;
        this.updates = updates;
    }

    @Override
    public void initializeTokenSegments(String processor, int segmentCount, TrackingToken initialToken) {
        check(processor);
        if (segmentCount != 1) {
            throw new UnableToClaimTokenException("The search index is built by one segment, not " + segmentCount);
        }
        if (updates.initialized()) {
            throw new UnableToClaimTokenException("The search index segments are already initialised");
        }
        updates.initialize(initialToken);
    }

    @Override
    public void storeToken(TrackingToken token, String processor, int segment) {
        check(processor);
        updates.storeToken(token);
    }

    @Override
    public TrackingToken fetchToken(String processor, int segment) {
        check(processor);
        if (!updates.initialized()) {
            throw new UnableToClaimTokenException("The search index has no segment " + segment + " yet");
        }
        return updates.appliedToken();
    }

    @Override
    public void releaseClaim(String processor, int segment) {
        // Nothing is claimed: the index is this instance's own.
    }

    @Override
    public int[] fetchSegments(String processor) {
        check(processor);
        return updates.initialized() ? new int[]{0} : new int[0];
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return Optional.of("search-index:" + updates.index().path().toAbsolutePath());
    }

    private void check(String processor) {
        if (!processorName.equals(processor)) {
            throw new IllegalArgumentException("This token store serves processor " + processorName + ", not " + processor);
        }
    }
}
