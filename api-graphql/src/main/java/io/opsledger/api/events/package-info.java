/**
 * The event stream as NDJSON, one stored event per line with its global position, identifiers,
 * payload and metadata: exported page by page (constant memory, over HTTP or from the CLI) and
 * imported into an empty store exactly as it was, so that a copy can be replayed elsewhere.
 */
package io.opsledger.api.events;
