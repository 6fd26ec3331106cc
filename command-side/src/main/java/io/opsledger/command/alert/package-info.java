/**
 * Alerts on the command side: the alert stream of each dedup key (raise, repeat, acknowledge,
 * resolve) and the policies that raise and clear alerts when other domains' events say so.
 */
package io.opsledger.command.alert;
