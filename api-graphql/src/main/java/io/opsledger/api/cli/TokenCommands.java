package io.opsledger.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code java -jar opsledger.jar tokens create --name NAME --role ROLE [--expires-at INSTANT]} (the
 * secret alone on the last line), {@code tokens list} and {@code tokens revoke ID_OR_NAME}: ADMIN
 * verbs, sent to a running server like every other command. On the server's own machine, without
 * any token, the server's local admin key in {@code --data-dir} is used, which makes the first token.
 */
@Command(name = "tokens", description = "API tokens: create (shown once), list, revoke.",
        subcommands = {TokenCommands.Create.class, TokenCommands.ListTokens.class, TokenCommands.Revoke.class})
final class TokenCommands {

    @Command(name = "create", description = "Create a token and print its secret, alone on the last line.")
    static final class Create extends ServerOptions implements Callable<Integer> {

        @Option(names = "--name", required = true, description = "Its name: the principal in the audit trail.")
        String name;

        @Option(names = "--role", required = true, description = "VIEWER, OPERATOR or ADMIN.")
        String role;

        @Option(names = "--expires-at", description = "Optional ISO-8601 instant, e.g. 2027-01-31T00:00:00Z.")
        String expiresAt;

        @Override
        public Integer call() {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("name", name);
            input.put("role", role.toUpperCase(java.util.Locale.ROOT));
            if (expiresAt != null) {
                input.put("expiresAt", expiresAt);
            }
            JsonNode payload = client().mutate("""
                    mutation Create($input: CreateApiTokenInput!) {
                      createApiToken(input: $input) { token { id name role expiresAt } secret errors { code message } }
                    }""", Map.of("input", input), "createApiToken");
            JsonNode token = payload.path("token");
            PrintWriter out = out();
            out.println("created token '" + token.path("name").asText() + "' (" + token.path("id").asText() + ") with role "
                    + token.path("role").asText() + (token.path("expiresAt").isNull() ? "" : ", expiring "
                    + token.path("expiresAt").asText()) + ". Its secret is shown this once, on the next line:");
            out.println(payload.path("secret").asText());
            return 0;
        }
    }

    @Command(name = "list", description = "List tokens, live and revoked (never their secrets).")
    static final class ListTokens extends ServerOptions implements Callable<Integer> {

        @Override
        public Integer call() {
            JsonNode edges = client().execute("""
                    { apiTokens(first: 100) { edges { node { id name role createdAt lastUsedAt expiresAt revokedAt } } } }""",
                    Map.of()).path("apiTokens").path("edges");
            PrintWriter out = out();
            for (JsonNode edge : edges) {
                JsonNode token = edge.path("node");
                out.printf("%s  %-30s %-8s created %s  last used %s  %s%n", token.path("id").asText(),
                        token.path("name").asText(), token.path("role").asText(), token.path("createdAt").asText(),
                        token.path("lastUsedAt").isNull() ? "never" : token.path("lastUsedAt").asText(),
                        !token.path("revokedAt").isNull() ? "revoked " + token.path("revokedAt").asText()
                                : token.path("expiresAt").isNull() ? "no expiry" : "expires " + token.path("expiresAt").asText());
            }
            return 0;
        }
    }

    @Command(name = "revoke", description = "Revoke a live token by id or name; its open subscriptions close at once.")
    static final class Revoke extends ServerOptions implements Callable<Integer> {

        @Parameters(index = "0", description = "The token's id or name.")
        String token;

        @Override
        public Integer call() {
            JsonNode payload = client().mutate("""
                    mutation Revoke($input: RevokeApiTokenInput!) {
                      revokeApiToken(input: $input) { token { id name revokedAt } errors { code message } }
                    }""", Map.of("input", Map.of("token", token)), "revokeApiToken");
            out().println("revoked token '" + payload.path("token").path("name").asText() + "' ("
                    + payload.path("token").path("id").asText() + ")");
            return 0;
        }
    }

    private TokenCommands() {
    }
}
