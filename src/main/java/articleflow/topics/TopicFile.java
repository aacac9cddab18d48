package articleflow.topics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the text of one {@code topics/<name>.properties} file into a {@link TopicSpec}.
 *
 * <p>Deliberately simpler than {@link java.util.Properties} (no escapes, no continuations, no
 * ':' separator), so that {@code topics/create-topics.sh} reads exactly the same thing:
 * {@code key=value} per line, split at the first '=', surrounding blanks trimmed, lines
 * starting with '#' and blank lines ignored.
 */
final class TopicFile {

    private static final String CONFIG_PREFIX = "config.";

    private TopicFile() {
    }

    static TopicSpec parse(String text, String origin) {
        Map<String, String> entries = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : text.split("\\R")) {
            lineNumber++;
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(origin + ":" + lineNumber + ": expected key=value, got: " + trimmed);
            }
            String key = trimmed.substring(0, equals).trim();
            String value = trimmed.substring(equals + 1).trim();
            if (entries.put(key, value) != null) {
                throw new IllegalArgumentException(origin + ":" + lineNumber + ": " + key + " is set twice");
            }
        }
        return toSpec(entries, origin);
    }

    private static TopicSpec toSpec(Map<String, String> entries, String origin) {
        Map<String, String> configs = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith(CONFIG_PREFIX) && key.length() > CONFIG_PREFIX.length()) {
                configs.put(key.substring(CONFIG_PREFIX.length()), entry.getValue());
            } else if (!key.equals("name") && !key.equals("partitions") && !key.equals("replication.factor")) {
                // a typo here would otherwise silently leave a setting out of the topic
                throw new IllegalArgumentException(origin + ": unknown key " + key
                        + " (expected name, partitions, replication.factor or config.<topic config>)");
            }
        }
        try {
            return new TopicSpec(
                    required(entries, "name", origin),
                    Integer.parseInt(required(entries, "partitions", origin)),
                    Short.parseShort(required(entries, "replication.factor", origin)),
                    configs);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(origin + ": partitions and replication.factor must be whole numbers", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, String> entries, String key, String origin) {
        String value = entries.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(origin + ": " + key + " is missing");
        }
        return value;
    }
}
