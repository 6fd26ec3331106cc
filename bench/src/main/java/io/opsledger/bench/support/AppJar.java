package io.opsledger.bench.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.regex.Pattern;

/**
 * The application's executable jar. Baselines read their table definitions from it (the Flyway
 * migrations inside), so the raw SQL always works on the very tables the application uses.
 */
public record AppJar(Path path) {

    private static final Pattern OUR_LIBRARIES =
            Pattern.compile("BOOT-INF/lib/(shared-kernel|command-side|query-side)-.*\\.jar");

    public AppJar {
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("application jar not found: " + path.toAbsolutePath()
                    + " (build it with ./mvnw -DskipTests package, or use ./run bench)");
        }
    }

    /** A resource of the application, in its own classes or in one of its libraries' jars. */
    public String resource(String name) throws IOException {
        try (JarFile jar = new JarFile(path.toFile())) {
            JarEntry own = jar.getJarEntry("BOOT-INF/classes/" + name);
            if (own != null) {
                try (InputStream in = jar.getInputStream(own)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (OUR_LIBRARIES.matcher(entry.getName()).matches()) {
                    String found = nested(jar, entry, name);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        throw new IOException(name + " is not in " + path);
    }

    private static String nested(JarFile jar, JarEntry library, String name) throws IOException {
        try (JarInputStream in = new JarInputStream(jar.getInputStream(library))) {
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                if (entry.getName().equals(name)) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    in.transferTo(out);
                    return out.toString(StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }
}
