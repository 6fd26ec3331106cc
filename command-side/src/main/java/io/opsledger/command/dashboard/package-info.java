/**
 * The dashboard aggregate: a named 12-column grid of widgets that never overlap and stay inside
 * the grid. Edits based on an older revision merge when they touch other widgets than the ones
 * changed since, and are refused, naming both values, when they touch the same widget.
 */
package io.opsledger.command.dashboard;
