/**
 * The command line of the application jar: {@code java -jar opsledger.jar plan export|import ...}.
 * It is a client of a running server's GraphQL API, so it works the same against the embedded
 * default and PostgreSQL, and never competes with the server for the database.
 */
package io.opsledger.api.cli;
