/**
 * Search messages: the queries over the search index (full text and meaning, similar tasks), the
 * kinds of entity it holds and the hits it answers. The index itself lives on the query side.
 */
package io.opsledger.kernel.search;
