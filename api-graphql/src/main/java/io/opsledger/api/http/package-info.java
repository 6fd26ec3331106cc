/**
 * What every HTTP endpoint answers when a request fails before any controller could answer it
 * (a body too large, not JSON, of the wrong content type, an unknown path): a JSON body that says
 * which limit or rule the request broke, never a bare status or an internal name.
 */
package io.opsledger.api.http;
