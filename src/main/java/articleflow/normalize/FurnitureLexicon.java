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

    /** The section's entries as phrases to find at the start of a line's key or anywhere in it, word by word. */
    Phrases phrases(String section) {
        return new Phrases(sections.getOrDefault(section, Set.of()));
    }

    /**
     * Phrases of whole words, found with a few hash probes per line rather than a scan per phrase: at the start of a
     * key, by the hashes of its leading words; anywhere, by the hash of each word a phrase may start with.
     */
    static final class Phrases {
        private final HashTable whole;
        private final HashTable byFirstWord;
        private final int maxWords;

        Phrases(Set<String> phrases) {
            Map<Integer, List<String>> wholes = new HashMap<>();
            Map<Integer, List<String>> firsts = new HashMap<>();
            int most = 0;
            for (String phrase : phrases) {
                String[] words = phrase.split(" ");
                most = Math.max(most, words.length);
                wholes.computeIfAbsent(phrase.hashCode(), h -> new ArrayList<>()).add(phrase);
                firsts.computeIfAbsent(words[0].hashCode(), h -> new ArrayList<>()).add(phrase);
            }
            whole = new HashTable(wholes);
            byFirstWord = new HashTable(firsts);
            maxWords = most;
        }

        /**
         * How many of the key's first words make one of the phrases, trying the shortest first, from {@code fromWords}
         * words on; 0 if none. {@code needMore}: the phrase must be followed by at least one more word.
         */
        int atStart(LineKey key, int fromWords, boolean needMore) {
            int limit = Math.min(maxWords, key.words() - (needMore ? 1 : 0));
            for (int n = Math.max(1, fromWords); n <= limit; n++) {
                String[] candidates = whole.get(key.prefixHash(n - 1));
                if (candidates != null) {
                    int length = key.end(n - 1);
                    for (String phrase : candidates) {
                        if (phrase.length() == length && key.text().startsWith(phrase)) {
                            return n;
                        }
                    }
                }
            }
            return 0;
        }

        /** Whether one of the phrases occurs in the key as whole words. */
        boolean occursIn(LineKey key) {
            String text = key.text();
            for (int i = 0; i < key.words(); i++) {
                String[] candidates = byFirstWord.get(key.wordHash(i));
                if (candidates == null) {
                    continue;
                }
                int start = key.start(i);
                for (String phrase : candidates) {
                    int end = start + phrase.length();
                    if (text.startsWith(phrase, start) && (end == text.length() || text.charAt(end) == ' ')) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** An open-addressing table from a hash to the phrases with it: probing it allocates nothing. */
    private static final class HashTable {
        private final int[] hashes;
        private final String[][] values;
        private final int mask;

        HashTable(Map<Integer, List<String>> entries) {
            int size = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
            hashes = new int[size];
            values = new String[size][];
            mask = size - 1;
            for (Map.Entry<Integer, List<String>> entry : entries.entrySet()) {
                int slot = mix(entry.getKey()) & mask;
                while (values[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = entry.getKey();
                values[slot] = entry.getValue().toArray(new String[0]);
            }
        }

        String[] get(int hash) {
            for (int slot = mix(hash) & mask; values[slot] != null; slot = (slot + 1) & mask) {
                if (hashes[slot] == hash) {
                    return values[slot];
                }
            }
            return null;
        }

        private static int mix(int hash) {
            return hash ^ (hash >>> 16);
        }
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
