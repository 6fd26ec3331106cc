/**
 * Who may do what: API tokens (stored only as hashes), the optional OIDC/JWT resource server, the
 * one table of roles for GraphQL fields and HTTP endpoints ({@code graphql/access.yml}), and the
 * limits that keep one abusive client from slowing the others. The model is in docs/security.md.
 */
package io.opsledger.api.security;
