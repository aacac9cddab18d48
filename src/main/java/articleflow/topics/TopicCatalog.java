package articleflow.topics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The topics articleflow needs, loaded from the {@code topics/} folder of the repository (or
 * a deployment) or from the copy bundled in the jar.
 */
public final class TopicCatalog {

    public static final String RAW = "articles.raw";
    public static final String ENRICHED = "articles.enriched";
    public static final String DLQ = "articles.dlq";
    /** The bundled topics. Listed by name because a jar's resources cannot be listed as a folder. */
    public static final List<String> BUNDLED_NAMES = List.of(RAW, ENRICHED, DLQ);

    private static final String SUFFIX = ".properties";
    private static final Path DEFAULT_FOLDER = Path.of("topics");

    private final List<TopicSpec> specs;
    private final String origin;

    private TopicCatalog(List<TopicSpec> specs, String origin) {
        this.specs = List.copyOf(specs);
        this.origin = origin;
    }

    /** Every {@code *.properties} file in {@code folder}, each named after its topic. */
    public static TopicCatalog fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no topics folder at " + folder.toAbsolutePath());
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no *" + SUFFIX + " topic files in " + folder.toAbsolutePath());
        }
        List<TopicSpec> specs = new ArrayList<>();
        for (Path file : files) {
            try {
                specs.add(named(TopicFile.parse(Files.readString(file), file.toString()), file.getFileName().toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return new TopicCatalog(specs, folder.toAbsolutePath().normalize().toString());
    }

    /** The topic files bundled on the classpath under {@code topics/} (in the jar, from the repository's folder). */
    public static TopicCatalog bundled() {
        List<TopicSpec> specs = new ArrayList<>();
        for (String name : BUNDLED_NAMES) {
            String resource = "topics/" + name + SUFFIX;
            try (InputStream in = TopicCatalog.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled topic file " + resource + " is missing from the classpath");
                }
                specs.add(named(TopicFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + resource),
                        name + SUFFIX));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return new TopicCatalog(specs, "classpath:topics/");
    }

    /** {@code ./topics} when it exists (an operator's edited copy wins), else the bundled files. */
    public static TopicCatalog fromDefaultLocation() {
        return Files.isDirectory(DEFAULT_FOLDER) ? fromFolder(DEFAULT_FOLDER) : bundled();
    }

    /**
     * The same definitions with the topics of {@code names} (a file's topic to the name the configuration gives it,
     * {@code articleflow.topics.*}) under their configured names: the job reads and writes those, so they are the
     * ones to create and check.
     */
    public TopicCatalog renamed(Map<String, String> names) {
        List<TopicSpec> renamed = specs.stream().map(spec -> spec.named(names.getOrDefault(spec.name(), spec.name()))).toList();
        return new TopicCatalog(renamed, origin);
    }

    public List<TopicSpec> specs() {
        return specs;
    }

    public TopicSpec spec(String name) {
        return specs.stream()
                .filter(spec -> spec.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no topic " + name + " in " + origin));
    }

    /** Where the specs were read from, for messages. */
    public String origin() {
        return origin;
    }

    /** The file name is how the bundled copy is found, so it must say which topic it holds. */
    private static TopicSpec named(TopicSpec spec, String fileName) {
        if (!fileName.equals(spec.name() + SUFFIX)) {
            throw new IllegalArgumentException(fileName + " defines topic " + spec.name() + "; name the file " + spec.name() + SUFFIX);
        }
        return spec;
    }
}
