/**
 * The vocabulary every module shares: identifiers, the metadata every message carries, and the
 * shape of a rejected command. Plain Java with Axon's annotations only, so that command-side,
 * query-side and the API can all depend on it without depending on each other.
 */
package io.opsledger.kernel;
