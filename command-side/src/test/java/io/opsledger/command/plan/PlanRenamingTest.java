package io.opsledger.command.plan;

import io.opsledger.kernel.plan.PlanChangeResult;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanRenamedEvent;
import io.opsledger.kernel.plan.PlanRule;
import io.opsledger.kernel.plan.RenamePlanCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.opsledger.command.plan.PlanFixture.TITLE;
import static io.opsledger.command.plan.PlanFixture.created;
import static io.opsledger.command.plan.PlanFixture.planWithPhases;
import static io.opsledger.command.plan.PlanFixture.violates;

class PlanRenamingTest {

    private final PlanId planId = PlanId.random();
    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanFixture.fixture();
    }

    @Test
    void renamesPlanAndReturnsRevisionOfTheNewEvent() {
        List<Object> history = planWithPhases(planId, 2);

        fixture.given(history)
                .when(new RenamePlanCommand(planId, "  Upgrade PostgreSQL to 18 "))
                .expectEvents(new PlanRenamedEvent(planId, "Upgrade PostgreSQL to 18"))
                .expectResultMessagePayload(PlanChangeResult.at((long) history.size()));
    }

    @Test
    void renamingToTheSameTitleChangesNothing() {
        fixture.given(created(planId))
                .when(new RenamePlanCommand(planId, TITLE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(PlanChangeResult.at(0L));
    }

    @Test
    void renamingToTheSameTitleWithSurroundingBlanksChangesNothing() {
        fixture.given(created(planId))
                .when(new RenamePlanCommand(planId, " " + TITLE + " "))
                .expectNoEvents();
    }

    @Test
    void renamesAgainAfterEarlierRename() {
        fixture.given(created(planId), new PlanRenamedEvent(planId, "Interim title"))
                .when(new RenamePlanCommand(planId, TITLE))
                .expectEvents(new PlanRenamedEvent(planId, TITLE))
                .expectResultMessagePayload(PlanChangeResult.at(2L));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void rejectsBlankTitle(String title) {
        fixture.given(created(planId))
                .when(new RenamePlanCommand(planId, title))
                .expectNoEvents()
                .expectException(violates(PlanRule.TITLE_REQUIRED));
    }

    @Test
    void rejectsTitleLongerThanMaximum() {
        fixture.given(created(planId))
                .when(new RenamePlanCommand(planId, "t".repeat(PlanRule.MAX_TITLE_LENGTH + 1)))
                .expectNoEvents()
                .expectException(violates(PlanRule.TITLE_TOO_LONG));
    }
}
