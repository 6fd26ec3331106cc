package io.opsledger.api.backup;

import io.opsledger.kernel.backup.BackupJobId;
import io.opsledger.kernel.backup.BackupJobSummaryPage;
import io.opsledger.kernel.backup.BackupJobView;
import io.opsledger.kernel.backup.FindBackupJobByPingQuery;
import io.opsledger.kernel.backup.FindBackupJobQuery;
import io.opsledger.kernel.backup.FindBackupJobsQuery;
import io.opsledger.kernel.backup.FindScannableBackupJobsQuery;
import io.opsledger.kernel.backup.ScanTargets;
import io.opsledger.kernel.backup.WatchBackupJobsQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.UUID;

/** Reads backup jobs through Axon queries, off the event loop, including live updates. */
@Component
class BackupReader {

    private final QueryGateway queryGateway;
    private final Duration readYourWritesTimeout;

    BackupReader(QueryGateway queryGateway,
                 @Value("${opsledger.read-your-writes-timeout:5s}") Duration readYourWritesTimeout) {
        this.queryGateway = queryGateway;
        this.readYourWritesTimeout = readYourWritesTimeout;
    }

    Mono<BackupJobView> find(BackupJobId jobId) {
        return query(new FindBackupJobQuery(jobId), BackupJobView.class);
    }

    Mono<BackupJobSummaryPage> findAll(FindBackupJobsQuery query) {
        return query(query, BackupJobSummaryPage.class);
    }

    /** The job a ping UUID belongs to; empty for an unknown UUID. */
    Mono<BackupJobId> findByPing(UUID pingUuid) {
        return query(new FindBackupJobByPingQuery(pingUuid), BackupJobId.class);
    }

    Mono<ScanTargets> scanTargets(BackupJobId jobId) {
        return query(new FindScannableBackupJobsQuery(jobId), ScanTargets.class);
    }

    /**
     * The job once the read model has applied at least the given revision, so that a mutation's
     * payload shows its own change. If the projection lags beyond the timeout, the job as it is.
     */
    Mono<BackupJobView> atLeast(BackupJobId jobId, long revision) {
        return watch(jobId, true)
                .filter(job -> job.revision() >= revision)
                .next()
                .timeout(readYourWritesTimeout, Mono.defer(() -> find(jobId)));
    }

    /** Every state of the job after each change; with {@code includeCurrent}, the current state first. */
    Flux<BackupJobView> watch(BackupJobId jobId, boolean includeCurrent) {
        return Flux.using(
                () -> queryGateway.subscriptionQuery(new FindBackupJobQuery(jobId),
                        ResponseTypes.instanceOf(BackupJobView.class), ResponseTypes.instanceOf(BackupJobView.class)),
                // The initial query runs after the update handler is registered: no change falls between them.
                result -> includeCurrent ? result.initialResult().flux().concatWith(result.updates()) : result.updates(),
                SubscriptionQueryResult::close)
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** Every job after each change to it. */
    Flux<BackupJobView> watchAll() {
        return Flux.using(
                () -> queryGateway.subscriptionQuery(new WatchBackupJobsQuery(),
                        ResponseTypes.instanceOf(BackupJobView.class), ResponseTypes.instanceOf(BackupJobView.class)),
                SubscriptionQueryResult::updates,
                SubscriptionQueryResult::close)
                .subscribeOn(Schedulers.boundedElastic());
    }

    private <Q, R> Mono<R> query(Q query, Class<R> type) {
        return Mono.fromFuture(() -> queryGateway.query(query, type)).subscribeOn(Schedulers.boundedElastic());
    }
}
