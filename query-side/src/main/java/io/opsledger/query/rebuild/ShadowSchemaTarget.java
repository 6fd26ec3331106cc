package io.opsledger.query.rebuild;

import io.opsledger.query.rebuild.RebuildStatus.Purpose;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.util.List;

/**
 * A SQL read model rebuilt into a shadow schema: the projection's own handler classes write the
 * shadow tables, their token is stored with the rows in one transaction, and the switch copies the
 * rows in and moves the live token in another.
 */
final class ShadowSchemaTarget implements RebuildTarget {

    private final RebuildableReadModel readModel;
    private final RebuildContext context;

    ShadowSchemaTarget(RebuildableReadModel readModel, RebuildContext context) {
        this.readModel = readModel;
        this.context = context;
    }

    @Override
    public String processingGroup() {
        return readModel.processingGroup();
    }

    @Override
    public String asideName(Purpose purpose) {
        return ShadowSchema.nameFor(context.database().liveSchema(), purpose.name(), processingGroup());
    }

    @Override
    public Aside open(String asideName, Purpose purpose) {
        return new Shadow(ShadowSchema.open(context.database(), asideName));
    }

    /** Forgets the rebuild's processor and drops its shadow schema. */
    @Override
    public void discard(String asideName, String processorName) {
        context.jdbc().sql("DELETE FROM tokenentry WHERE processorname = :name").param("name", processorName).update();
        context.jdbc().sql("DROP SCHEMA IF EXISTS " + ShadowSchema.quote(asideName) + " CASCADE").update();
    }

    private final class Shadow implements Aside {

        private final ShadowSchema schema;
        private final TransactionManager transactions;

        Shadow(ShadowSchema schema) {
            this.schema = schema;
            this.transactions = new SpringTransactionManager(new DataSourceTransactionManager(schema.dataSource()));
        }

        @Override
        public List<Object> handlers() {
            return new ShadowProjections(context.beans(), schema.dataSource())
                    .instancesOf(context.liveHandlers(processingGroup()));
        }

        @Override
        public TokenStore tokenStore(String processorName) {
            return JdbcTokenStore.builder()
                    .connectionProvider(new SpringDataSourceConnectionProvider(schema.dataSource()))
                    .serializer(context.serializer())
                    .build();
        }

        @Override
        public TransactionManager transactionManager() {
            return transactions;
        }

        /** One transaction: the live tables take the shadow rows and the live token moves. Readers see old rows, then new. */
        @Override
        public void switchIn(TokenStore liveTokens, TrackingToken rebuilt, Runnable recordDone) {
            context.transaction().executeWithoutResult(status -> {
                for (String table : readModel.tables().reversed()) {
                    context.jdbc().sql("DELETE FROM " + table).update();
                }
                for (String table : readModel.tables()) {
                    context.jdbc().sql("INSERT INTO " + table + " SELECT * FROM " + schema.table(table)).update();
                }
                for (int segment : liveTokens.fetchSegments(processingGroup())) {
                    liveTokens.storeToken(rebuilt, processingGroup(), segment);
                }
                recordDone.run();
            });
        }

        @Override
        public Comparison compare() {
            return TableComparison.compare(context.jdbc(), readModel, schema);
        }

        @Override
        public void close() {
            schema.close();
        }
    }
}
