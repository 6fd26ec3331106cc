package io.opsledger.command.plan;

import io.opsledger.kernel.plan.ChangePlanStatusCommand;
import io.opsledger.kernel.plan.CreatePlanCommand;
import io.opsledger.kernel.plan.PlanCreatedEvent;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanRule;
import io.opsledger.kernel.plan.PlanStatus;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.opsledger.command.plan.PlanFixture.TITLE;
import static io.opsledger.command.plan.PlanFixture.VERSION;
import static io.opsledger.command.plan.PlanFixture.created;
import static io.opsledger.command.plan.PlanFixture.violates;

class PlanCreationTest {

    private final PlanId planId = PlanId.random();
    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanFixture.fixture();
    }

    @Test
    void createsPlanWithStrippedTitleAndItsVersion() {
        fixture.givenNoPriorActivity()
                .when(new CreatePlanCommand(planId, "  " + TITLE + "\t", VERSION))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PlanCreatedEvent(planId, TITLE, VERSION));
    }

    @Test
    void createdPlanIsDraft() {
        fixture.given(created(planId))
                .when(new ChangePlanStatusCommand(planId, PlanStatus.DRAFT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void rejectsBlankTitle(String title) {
        fixture.givenNoPriorActivity()
                .when(new CreatePlanCommand(planId, title, VERSION))
                .expectNoEvents()
                .expectException(violates(PlanRule.TITLE_REQUIRED));
    }

    @Test
    void acceptsTitleOfMaximumLength() {
        String longest = "t".repeat(PlanRule.MAX_TITLE_LENGTH);
        fixture.givenNoPriorActivity()
                .when(new CreatePlanCommand(planId, longest, VERSION))
                .expectEvents(new PlanCreatedEvent(planId, longest, VERSION));
    }

    @Test
    void rejectsTitleLongerThanMaximum() {
        fixture.givenNoPriorActivity()
                .when(new CreatePlanCommand(planId, "t".repeat(PlanRule.MAX_TITLE_LENGTH + 1), VERSION))
                .expectNoEvents()
                .expectException(violates(PlanRule.TITLE_TOO_LONG));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"55", "v", "V55", "v5.5", " v55", "v55 ", "version55", "v1234567890"})
    void rejectsVersionThatIsNotVFollowedByDigits(String version) {
        fixture.givenNoPriorActivity()
                .when(new CreatePlanCommand(planId, TITLE, version))
                .expectNoEvents()
                .expectException(violates(PlanRule.VERSION_FORMAT));
    }
}
