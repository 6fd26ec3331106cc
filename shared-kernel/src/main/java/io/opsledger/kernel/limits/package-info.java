/**
 * The one place where the limits of command input are declared: annotations on the components of
 * the command records, and {@link io.opsledger.kernel.limits.CommandLimits}, which checks them (and
 * NFC-normalises text) before a command reaches its aggregate. Read-model column widths are tested
 * against the same declarations, so a value accepted here always fits where it is stored.
 */
package io.opsledger.kernel.limits;
