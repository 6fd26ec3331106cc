package io.opsledger.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsledger.api.graphql.PageInfo;
import io.opsledger.kernel.audit.AuditedEvent;
import io.opsledger.kernel.plan.PlanView;

import java.time.Instant;
import java.util.List;

/** The audit's GraphQL types that are not messages of the kernel. */
final class AuditViews {

    private AuditViews() {
    }

    record AuditEventConnection(List<AuditEventEdge> edges, PageInfo pageInfo) {
    }

    record AuditEventEdge(String cursor, AuditedEvent node) {
    }

    record EntitySnapshot(String id, String entityType, Instant at, boolean exists, long revision, PlanView plan,
                          JsonNode state) {
    }

    record EntityDiff(String id, String entityType, Instant from, Instant to, long fromRevision, long toRevision,
                      List<FieldDiff> changes) {
    }

    record FieldDiff(String field, JsonNode before, JsonNode after, List<AuditedEvent> events, List<String> principals) {
    }
}
