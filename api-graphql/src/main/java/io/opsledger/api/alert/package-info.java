/** Alerts over GraphQL: the feed, the live stream, and raising, acknowledging and resolving alerts. */
package io.opsledger.api.alert;
