/**
 * What every projection's tables share: timestamps stored the same way, the revision guard that
 * makes each write idempotent (an event at or below an entity's stored revision changes nothing),
 * and the progress each read model reports after commit, on which mutations and live updates wait
 * for a change instead of reading until it shows.
 */
package io.opsledger.query.readmodel;
