package io.opsledger.command.plan;

import io.opsledger.kernel.plan.PlanChangeResult;
import io.opsledger.kernel.plan.ChangePlanVersionCommand;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanRule;
import io.opsledger.kernel.plan.PlanVersionChangedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.opsledger.command.plan.PlanFixture.VERSION;
import static io.opsledger.command.plan.PlanFixture.created;
import static io.opsledger.command.plan.PlanFixture.violates;

class PlanVersioningTest {

    private final PlanId planId = PlanId.random();
    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanFixture.fixture();
    }

    @Test
    void changesVersionAndReturnsRevision() {
        fixture.given(created(planId))
                .when(new ChangePlanVersionCommand(planId, "v56"))
                .expectEvents(new PlanVersionChangedEvent(planId, "v56"))
                .expectResultMessagePayload(PlanChangeResult.at(1L));
    }

    @Test
    void changingToTheSameVersionChangesNothing() {
        fixture.given(created(planId), new PlanVersionChangedEvent(planId, "v56"))
                .when(new ChangePlanVersionCommand(planId, "v56"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(PlanChangeResult.at(1L));
    }

    @Test
    void returnsToAnEarlierVersion() {
        fixture.given(created(planId), new PlanVersionChangedEvent(planId, "v56"))
                .when(new ChangePlanVersionCommand(planId, VERSION))
                .expectEvents(new PlanVersionChangedEvent(planId, VERSION));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"56", "V56", "v", "v-1", "v5a", "v1234567890"})
    void rejectsVersionThatIsNotVFollowedByDigits(String version) {
        fixture.given(created(planId))
                .when(new ChangePlanVersionCommand(planId, version))
                .expectNoEvents()
                .expectException(violates(PlanRule.VERSION_FORMAT));
    }
}
