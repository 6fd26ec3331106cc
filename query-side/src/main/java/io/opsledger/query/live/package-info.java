/**
 * Live updates on every instance. Projections run on whichever instance holds their token, but a
 * subscriber may be connected to any instance: so each instance tails the event store itself
 * (a tracking processor with an in-memory token, starting at the head) and, once the shared read
 * model shows an event, pushes the fresh view to its own subscribers.
 */
package io.opsledger.query.live;
