package articleflow.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of page furniture, one resource file per language ({@code furniture/<code>.txt}, the codes in
 * {@code furniture/languages.txt}), merged into one list per section. Entries are stored as
 * {@link KnownFurniture#key keys}, so a list may spell them as a page would ("Don't miss", "S'abonner").
 */
final class FurnitureLexicon {

    private static final String FOLDER = "/furniture/";

    private final Map<String, Set<String>> sections;

    private FurnitureLexicon(Map<String, Set<String>> sections) {
        this.sections = sections;
    }

    /** Reads every language's list from the classpath; a missing list is a packaging error. */
    static FurnitureLexicon load() {
        Map<String, Set<String>> sections = new HashMap<>();
        for (String language : lines(FOLDER + "languages.txt")) {
            String section = null;
            for (String line : lines(FOLDER + language + ".txt")) {
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = line.substring(1, line.length() - 1);
                } else if (section == null) {
                    throw new IllegalStateException("furniture/" + language + ".txt: an entry before the first [section]");
                } else {
                    String key = KnownFurniture.key(line);
                    if (!key.isEmpty()) {
                        sections.computeIfAbsent(section, s -> new LinkedHashSet<>()).add(key);
                    }
                }
            }
        }
        return new FurnitureLexicon(sections);
    }

    /** The section's entries; empty when no language has it. */
    Set<String> set(String section) {
        return Set.copyOf(sections.getOrDefault(section, Set.of()));
    }

    /** The section's entries with a space after each, to match the start of a key word by word. */
    List<String> prefixes(String section) {
        List<String> prefixes = new ArrayList<>();
        for (String entry : sections.getOrDefault(section, Set.of())) {
            prefixes.add(entry + " ");
        }
        return List.copyOf(prefixes);
    }

    /** The resource's lines, stripped, without blank lines and # comments. */
    private static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = FurnitureLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    lines.add(stripped);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return lines;
    }
}
