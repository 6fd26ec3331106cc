/**
 * What every projection's tables share: timestamps stored the same way, and the revision guard
 * that makes each write idempotent (an event at or below an entity's stored revision changes
 * nothing), so replays and redeliveries never apply an event twice.
 */
package io.opsledger.query.readmodel;
