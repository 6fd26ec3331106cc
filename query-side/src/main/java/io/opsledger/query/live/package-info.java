/**
 * Live updates on every instance. Projections run on whichever instance holds their token, but a
 * subscriber may be connected to any instance: so each instance tails the event store itself
 * (a tracking processor with an in-memory token, starting at the head) and, once the read model
 * reports that it applied an event (its progress signal, relayed between instances), reads the
 * fresh view once and pushes it to its own subscribers from a delivery pool.
 */
package io.opsledger.query.live;
