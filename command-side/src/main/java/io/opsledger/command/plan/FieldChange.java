package io.opsledger.command.plan;

import java.util.UUID;

/** One field of one entity set to a value, in the field's text form. */
record FieldChange(PlanField field, UUID entityId, String value) {
}
