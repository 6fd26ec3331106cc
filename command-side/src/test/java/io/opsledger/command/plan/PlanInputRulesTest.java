package io.opsledger.command.plan;

import io.opsledger.kernel.RuleViolationException;
import io.opsledger.kernel.plan.PlanRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanInputRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "26-1-1", "2026-1-01", "2026-01-1", "2026/01/01",
            "20260101", "2026-00-10", "2026-04-31", "2027-02-29"})
    void rejectsDueDateThatIsNotAnExistingCalendarDateInIsoForm(String dueDate) {
        assertThatThrownBy(() -> PlanInputRules.dueDate(dueDate))
                .isInstanceOfSatisfying(RuleViolationException.class, violation -> {
                    assertThat(violation.rule()).isEqualTo(PlanRule.DATE_FORMAT.name());
                    assertThat(violation.field()).isEqualTo("dueDate");
                    assertThat(violation.getMessage()).contains(dueDate);
                });
    }

    @Test
    void acceptsLeapDay() {
        assertThat(PlanInputRules.dueDate("2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void acceptsDateWithSurroundingBlanks() {
        assertThat(PlanInputRules.dueDate(" 2026-12-31 ")).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void readsBlankDueDateAsNone(String dueDate) {
        assertThat(PlanInputRules.dueDate(dueDate)).isNull();
    }
}
