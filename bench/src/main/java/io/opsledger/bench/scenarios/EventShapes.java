package io.opsledger.bench.scenarios;

import java.nio.charset.StandardCharsets;

/**
 * Payload and metadata of the size the application writes for a plan event (JSON, as its Jackson
 * serializer stores them), for the raw baselines: the baseline moves as many bytes as a command does.
 */
final class EventShapes {

    static final String PAYLOAD_TYPE = "io.opsledger.kernel.plan.PlanRenamedEvent";

    private EventShapes() {
    }

    static byte[] payload(String aggregateId, long sequence) {
        return ("{\"planId\":{\"value\":\"" + aggregateId + "\"},\"title\":\"Raw baseline plan " + sequence
                + "\",\"previousTitle\":\"Raw baseline plan\",\"basedOnRevision\":null,\"strategy\":null}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] metadata() {
        return ("{\"principal\":\"anonymous\",\"correlationId\":\"4a6f5a0e-1d2b-4c55-9a55-0b7e1c9d2f10\","
                + "\"traceId\":\"4a6f5a0e-1d2b-4c55-9a55-0b7e1c9d2f10\",\"requestId\":\"9c1f0e7a-52d4-4b1e-8d1c-6f3b2a9e4d77\","
                + "\"timestamp\":\"2026-11-30T04:00:00.000Z\"}").getBytes(StandardCharsets.UTF_8);
    }
}
