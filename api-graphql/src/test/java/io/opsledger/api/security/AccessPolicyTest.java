package io.opsledger.api.security;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every root field of the schema has its role in graphql/access.yml, and the table names no field that is gone. */
class AccessPolicyTest {

    private final AccessPolicy policy = new AccessPolicy();

    @Test
    void everyRootFieldOfTheSchemaHasADeclaredRole() throws IOException {
        Set<String> undeclared = new TreeSet<>(rootFields());
        undeclared.removeAll(policy.fields().keySet());

        assertThat(undeclared)
                .as("root fields without a role: add each to graphql/access.yml (queries VIEWER, domain mutations "
                        + "OPERATOR, running the server ADMIN)")
                .isEmpty();
    }

    @Test
    void theTableDeclaresNoFieldTheSchemaLacks() throws IOException {
        Set<String> stale = new TreeSet<>(policy.fields().keySet());
        stale.removeAll(rootFields());

        assertThat(stale).as("declared in graphql/access.yml but not in the schema").isEmpty();
    }

    @Test
    void mutationsNeedMoreThanViewing() {
        assertThat(policy.fields()).allSatisfy((field, role) -> {
            if (field.startsWith("Mutation.")) {
                assertThat(role).as(field).isNotEqualTo(Role.VIEWER);
            }
        });
    }

    @Test
    void anUndeclaredHttpRequestIsRefusedAndTheTableEndsWithTheUi() {
        assertThat(policy.httpRules()).isNotEmpty();
        assertThat(policy.httpRules().getLast().path()).isEqualTo("/**");
        assertThat(policy.httpRules().getLast().methods()).extracting(Object::toString)
                .containsExactlyInAnyOrder("GET", "HEAD");
    }

    static Set<String> rootFields() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/**/*.graphqls")) {
            try (InputStreamReader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                registry.merge(new SchemaParser().parse(reader));
            }
        }
        Set<String> fields = new TreeSet<>();
        for (String root : List.of("Query", "Mutation", "Subscription")) {
            List<ObjectTypeDefinition> definitions = new ArrayList<>();
            registry.getType(root, ObjectTypeDefinition.class).ifPresent(definitions::add);
            definitions.addAll(registry.objectTypeExtensions().getOrDefault(root, List.of()));
            definitions.stream().flatMap(definition -> Stream.of(definition.getFieldDefinitions().toArray(FieldDefinition[]::new)))
                    .forEach(field -> fields.add(root + "." + field.getName()));
        }
        return fields;
    }
}
