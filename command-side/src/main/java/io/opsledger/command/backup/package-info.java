/**
 * The backup job aggregate: its runs as entities, the rules on them, grandfather-father-son
 * retention as a pure calculation, and the overdue deadline that fires when no success arrived
 * within interval + grace.
 */
package io.opsledger.command.backup;
