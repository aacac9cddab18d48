package articleflow.broker;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The classpath a child JVM needs to run the same code as this one.
 *
 * <p>{@code java.class.path} may be a single jar whose manifest {@code Class-Path} names the
 * real entries ({@code java -jar articleflow.jar}, Surefire's booter jar). Those are expanded
 * into explicit absolute paths so that the child depends on no manifest and no working directory.
 */
final class ChildClasspath {

    private ChildClasspath() {
    }

    static String ofThisJvm() {
        return String.join(File.pathSeparator, expand(System.getProperty("java.class.path")));
    }

    static List<String> expand(String classpath) {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                addWithManifest(Path.of(entry).toAbsolutePath().normalize(), entries);
            }
        }
        return new ArrayList<>(entries);
    }

    private static void addWithManifest(Path entry, Set<String> entries) {
        if (!entries.add(entry.toString())) {
            return;
        }
        if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
            return;
        }
        for (Path referenced : manifestClassPath(entry)) {
            addWithManifest(referenced, entries);
        }
    }

    private static List<Path> manifestClassPath(Path jar) {
        List<Path> referenced = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null) {
                return referenced;
            }
            URI base = jar.toUri();
            for (String token : classPath.trim().split("\\s+")) {
                URI resolved = base.resolve(token);
                if ("file".equals(resolved.getScheme())) {
                    referenced.add(Path.of(resolved).normalize());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // an unreadable jar contributes only itself; the child will say what is missing
        }
        return referenced;
    }
}
