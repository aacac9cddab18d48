package articleflow.cli;

import articleflow.ops.LagReader.GroupLag;
import articleflow.ops.LagReader.PartitionLag;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A group's lag as {@code kafka-consumer-groups --describe} lays it out — TOPIC, PARTITION, COMMITTED, END,
 * LAG in aligned columns, {@code -} for a partition not committed yet — and a total line with the time lag.
 */
final class LagTable {

    private static final String[] HEADER = {"TOPIC", "PARTITION", "COMMITTED", "END", "LAG"};

    private LagTable() {
    }

    static String format(GroupLag lag, Instant now) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (PartitionLag p : lag.partitions()) {
            rows.add(new String[] {p.topic(), String.valueOf(p.partition()),
                    p.committed() == null ? "-" : String.valueOf(p.committed()), String.valueOf(p.end()),
                    String.valueOf(p.lag())});
        }
        rows.add(new String[] {"TOTAL", "", "", "", String.valueOf(lag.total())});
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder table = new StringBuilder();
        table.append("GROUP ").append(lag.group()).append('\n');
        if (lag.partitions().isEmpty()) {
            return table.append("no committed offsets (the group does not exist or has not read these topics yet)\n").toString();
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(String.format(Locale.ROOT, "%-" + (widths[i] + 2) + "s", row[i]));
            }
            if (row[0].equals("TOTAL") && row == rows.get(rows.size() - 1)) {
                Duration timeLag = lag.timeLag(now);
                line.append(String.format(Locale.ROOT, "(oldest unprocessed record %.1f s old)", timeLag.toMillis() / 1000.0));
            }
            table.append(line.toString().stripTrailing()).append('\n');
        }
        return table.toString();
    }
}
