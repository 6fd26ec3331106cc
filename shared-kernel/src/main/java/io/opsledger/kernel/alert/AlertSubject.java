package io.opsledger.kernel.alert;

import io.opsledger.kernel.limits.Text;
import java.util.UUID;

/** The entity an alert is about, for links: its GraphQL type and id. */
public record AlertSubject(@Text(max = 40) String type, UUID id) {
}
