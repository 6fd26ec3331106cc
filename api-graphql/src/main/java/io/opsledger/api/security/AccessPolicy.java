package io.opsledger.api.security;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table of {@code graphql/access.yml}: the role each GraphQL root field and each HTTP endpoint
 * needs. Both the GraphQL field check and the HTTP filter chain read it, so roles are declared in
 * exactly one place, next to the schema.
 */
@Component
public class AccessPolicy {

    static final String LOCATION = "graphql/access.yml";

    /** One HTTP rule: these methods on this path pattern need this role, or none when {@code role} is empty. */
    public record HttpRule(List<HttpMethod> methods, String path, Optional<Role> role) {
    }

    private final Map<String, Role> fields;
    private final List<HttpRule> http;

    @Autowired
    AccessPolicy() {
        this(new ClassPathResource(LOCATION));
    }

    AccessPolicy(ClassPathResource resource) {
        Map<String, Object> table;
        try (InputStream in = resource.getInputStream()) {
            table = new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCATION, e);
        }
        this.fields = fields(map(table.get("graphql"), "graphql"));
        this.http = httpRules(table.get("http"));
    }

    /** The role a root field ({@code Query.plans}) needs, if the table declares one. */
    public Optional<Role> roleFor(String rootType, String field) {
        return Optional.ofNullable(fields.get(rootType + "." + field));
    }

    /** Every declared root field, as {@code Type.field}. */
    public Map<String, Role> fields() {
        return Map.copyOf(fields);
    }

    public List<HttpRule> httpRules() {
        return List.copyOf(http);
    }

    private static Map<String, Role> fields(Map<String, Object> graphql) {
        Map<String, Role> result = new HashMap<>();
        graphql.forEach((type, byRole) -> map(byRole, type).forEach((roleName, names) -> {
            Role role = Role.parse(roleName).orElseThrow(() -> new IllegalStateException(
                    LOCATION + ": '" + roleName + "' under " + type + " is not a role (VIEWER, OPERATOR, ADMIN)"));
            for (Object name : list(names, type + "." + roleName)) {
                Role previous = result.put(type + "." + name, role);
                if (previous != null) {
                    throw new IllegalStateException(LOCATION + ": " + type + "." + name + " is declared twice");
                }
            }
        }));
        return result;
    }

    private static List<HttpRule> httpRules(Object rules) {
        List<HttpRule> result = new ArrayList<>();
        for (Object entry : list(rules, "http")) {
            Map<String, Object> rule = map(entry, "http rule");
            String role = String.valueOf(rule.get("role"));
            Optional<Role> required = "PUBLIC".equals(role) ? Optional.empty() : Optional.of(Role.parse(role)
                    .orElseThrow(() -> new IllegalStateException(LOCATION + ": http role '" + role + "' is not a role")));
            List<HttpMethod> methods = list(rule.get("methods"), "methods").stream()
                    .map(method -> HttpMethod.valueOf(String.valueOf(method))).toList();
            result.add(new HttpRule(methods, String.valueOf(rule.get("path")), required));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String where) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalStateException(LOCATION + ": " + where + " must be a map");
        }
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value, String where) {
        if (!(value instanceof List<?> items)) {
            throw new IllegalStateException(LOCATION + ": " + where + " must be a list");
        }
        return items;
    }
}
