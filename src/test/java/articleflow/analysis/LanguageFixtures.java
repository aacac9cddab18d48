package articleflow.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The short news items of {@code language-fixtures.txt}, written for these tests, with their languages. */
public final class LanguageFixtures {

    public record Fixture(String language, String text) {
    }

    private LanguageFixtures() {
    }

    public static List<Fixture> all() {
        String file;
        try (InputStream in = LanguageFixtures.class.getResourceAsStream("language-fixtures.txt")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Fixture> fixtures = new ArrayList<>();
        String language = null;
        StringBuilder text = new StringBuilder();
        for (String line : (file + "\n=== end").split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=== ")) {
                if (language != null) {
                    fixtures.add(new Fixture(language, text.toString().strip()));
                }
                language = line.substring(4).strip();
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        return fixtures;
    }

    /** The first fixture in {@code language}. */
    public static String text(String language) {
        return all().stream().filter(f -> f.language().equals(language)).findFirst().orElseThrow().text();
    }
}
