/**
 * The event store in the relational database: Axon's JDBC storage engine on the tables Flyway
 * creates, and how database errors are understood.
 */
package io.opsledger.api.eventstore;
