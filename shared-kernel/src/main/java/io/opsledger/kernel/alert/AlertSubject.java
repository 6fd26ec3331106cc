package io.opsledger.kernel.alert;

import java.util.UUID;

/** The entity an alert is about, for links: its GraphQL type and id. */
public record AlertSubject(String type, UUID id) {
}
