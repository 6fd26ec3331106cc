/**
 * The alert feed: every alert with its status, occurrences and who acknowledged or resolved it,
 * served as a Relay connection and as the initial result of the live alert stream.
 */
package io.opsledger.query.alertfeed;
