/** GraphQL for search: hybrid search over every kind of entity, similar tasks, the index's status. */
package io.opsledger.api.search;
