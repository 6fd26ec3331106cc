package io.opsledger.command;

import io.opsledger.kernel.Rule;
import io.opsledger.kernel.RuleViolationException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/** Matches a rejection by the rule it names, for aggregate fixtures' {@code expectException}. */
public final class RuleViolationMatcher {

    private RuleViolationMatcher() {
    }

    /** A {@link RuleViolationException} naming {@code rule} as its code and the rule's field, with a message. */
    public static Matcher<RuleViolationException> violates(Rule rule) {
        return new TypeSafeDiagnosingMatcher<>(RuleViolationException.class) {
            @Override
            protected boolean matchesSafely(RuleViolationException actual, Description mismatch) {
                if (!rule.name().equals(actual.rule()) || !rule.field().equals(actual.field())) {
                    mismatch.appendText("was rule ").appendValue(actual.rule())
                            .appendText(" on field ").appendValue(actual.field())
                            .appendText(": ").appendValue(actual.getMessage());
                    return false;
                }
                if (actual.getMessage() == null || actual.getMessage().isBlank()) {
                    mismatch.appendText("had no message");
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolationException of rule ").appendValue(rule.name())
                        .appendText(" on field ").appendValue(rule.field());
            }
        };
    }
}
