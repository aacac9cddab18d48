package articleflow.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One article of the BBC News Summary set: its title, its body, and the reference summary,
 * whose extracted sentences the set glues together without spaces.
 */
public record SummaryExample(String id, String title, String body, String reference) {

    /** Reads {@code valid.csv}: columns index, document (title, blank line, body), summary, .... */
    public static List<SummaryExample> readCsv(Path file) throws IOException {
        List<List<String>> rows = CsvReader.parse(Files.readString(file, StandardCharsets.UTF_8));
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0);
        int id = header.indexOf("");
        int document = header.indexOf("document");
        int summary = header.indexOf("summary");
        if (document < 0 || summary < 0) {
            throw new IOException(file + ": expected columns document and summary, found " + header);
        }
        List<SummaryExample> examples = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() <= Math.max(document, summary)) {
                throw new IOException(file + ": short row " + row);
            }
            examples.add(of(id >= 0 ? row.get(id) : String.valueOf(examples.size()), row.get(document),
                    row.get(summary)));
        }
        return examples;
    }

    /** Splits a document into its title line and the body after it. */
    static SummaryExample of(String id, String document, String reference) {
        int newline = document.indexOf('\n');
        String title = newline < 0 ? document.strip() : document.substring(0, newline).strip();
        String body = newline < 0 ? "" : document.substring(newline + 1).strip();
        return new SummaryExample(id, title, body, reference);
    }
}
