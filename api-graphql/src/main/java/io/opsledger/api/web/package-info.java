/**
 * Serving the web UI (built from ui/ into the jar's static resources): the UI's own routes
 * (/plans/…, /dashboards/…) answer with index.html, so a reload or a shared link opens the page.
 */
package io.opsledger.api.web;
