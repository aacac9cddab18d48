package articleflow.ops;

import articleflow.ops.LagHistory.Sample;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * {@code /}: one page for people — state, lag, throughput, dead letters, and the lag of the last minutes as an
 * inline SVG chart. No scripts, no external assets; it reloads itself every few seconds.
 */
final class StatusPage implements HttpHandler {

    /** What the page shows, gathered at the moment of the request. */
    record View(String applicationId, String state, boolean alive, boolean ready, String inputTopic,
                Long totalLag, Duration timeLag, double consumedPerSecond,
                double accepted, double enriched, double revisions, double deadLetters,
                Map<String, Double> deadLettersByReason, List<Sample> history, Duration span, Instant now) {
    }

    static final int REFRESH_SECONDS = 5;
    private static final int WIDTH = 640;
    private static final int HEIGHT = 180;
    private static final int MARGIN = 40;

    private final Supplier<View> view;

    StatusPage(Supplier<View> view) {
        this.view = view;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!HttpReply.readOnly(exchange)) {
            return;
        }
        if (!"/".equals(exchange.getRequestURI().getPath())) {
            HttpReply.send(exchange, 404, "text/plain; charset=utf-8", "not found; try /, /health, /ready, /metrics, /lag\n");
            return;
        }
        HttpReply.send(exchange, 200, "text/html; charset=utf-8", render(view.get()));
    }

    static String render(View v) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"refresh\" content=\"").append(REFRESH_SECONDS).append("\">")
                .append("<title>articleflow · ").append(escape(v.applicationId())).append("</title>")
                .append("<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
                .append("table{border-collapse:collapse}td,th{padding:.25em 1em .25em 0;text-align:left}")
                .append(".ok{color:#1a7f37}.bad{color:#cf222e}.warn{color:#9a6700}")
                .append("svg{border:1px solid #ddd;background:#fafafa}</style></head><body>\n");
        String stateClass = v.ready() ? "ok" : v.alive() ? "warn" : "bad";
        html.append("<h1>articleflow <small>").append(escape(v.applicationId())).append("</small></h1>\n")
                .append("<table>\n")
                .append(row("state", "<span id=\"state\" class=\"" + stateClass + "\">" + escape(v.state()) + "</span>"))
                .append(row("total lag", v.totalLag() == null ? "not read yet"
                        : "<span id=\"lag\">" + v.totalLag() + "</span> records (oldest unprocessed "
                        + seconds(v.timeLag()) + " old)"))
                .append(row("throughput", String.format(Locale.ROOT, "%.1f records/s read from %s",
                        v.consumedPerSecond(), escape(v.inputTopic()))))
                .append(row("articles accepted", number(v.accepted())))
                .append(row("articles enriched", number(v.enriched()) + " (" + number(v.revisions()) + " revisions)"))
                .append(row("dead letters", "<span id=\"dead-letters\">" + number(v.deadLetters()) + "</span>"
                        + byReason(v.deadLettersByReason())))
                .append("</table>\n")
                .append("<h2>Lag, last ").append(v.span().toMinutes()).append(" minutes</h2>\n")
                .append(chart(v.history(), v.span(), v.now()))
                .append("\n<p>Counters are this instance's since it started. ")
                .append("<a href=\"/lag\">/lag</a> · <a href=\"/metrics\">/metrics</a> · ")
                .append("<a href=\"/health\">/health</a> · <a href=\"/ready\">/ready</a></p>\n</body></html>\n");
        return html.toString();
    }

    /** Total lag over time as a polyline; time runs left to right, the newest sample at the right edge. */
    static String chart(List<Sample> history, Duration span, Instant now) {
        long max = Math.max(1, history.stream().mapToLong(Sample::totalLag).max().orElse(0));
        int plotWidth = WIDTH - MARGIN - 10;
        int plotHeight = HEIGHT - 2 * 20;
        StringBuilder points = new StringBuilder();
        for (Sample sample : history) {
            double age = Duration.between(sample.at(), now).toMillis();
            double x = MARGIN + plotWidth * Math.max(0, 1 - age / span.toMillis());
            double y = 20 + plotHeight * (1 - (double) sample.totalLag() / max);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"total lag over the last minutes\">")
                .append("<line x1=\"").append(MARGIN).append("\" y1=\"").append(20 + plotHeight).append("\" x2=\"")
                .append(WIDTH - 10).append("\" y2=\"").append(20 + plotHeight).append("\" stroke=\"#999\"/>")
                .append("<text x=\"4\" y=\"24\" font-size=\"11\">").append(max).append("</text>")
                .append("<text x=\"4\" y=\"").append(20 + plotHeight).append("\" font-size=\"11\">0</text>")
                .append("<text x=\"").append(MARGIN).append("\" y=\"").append(HEIGHT - 4)
                .append("\" font-size=\"11\">-").append(span.toMinutes()).append(" min</text>")
                .append("<text x=\"").append(WIDTH - 40).append("\" y=\"").append(HEIGHT - 4)
                .append("\" font-size=\"11\">now</text>");
        if (history.isEmpty()) {
            svg.append("<text x=\"").append(WIDTH / 2 - 40).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" font-size=\"12\">no samples yet</text>");
        } else {
            svg.append("<polyline fill=\"none\" stroke=\"#0969da\" stroke-width=\"2\" points=\"")
                    .append(points.toString().trim()).append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static String row(String label, String value) {
        return "<tr><th>" + label + "</th><td>" + value + "</td></tr>\n";
    }

    private static String byReason(Map<String, Double> byReason) {
        if (byReason.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(" (");
        new TreeMap<>(byReason).forEach((reason, count) -> text.append(text.length() > 2 ? ", " : "")
                .append(escape(reason)).append(' ').append(number(count)));
        return text.append(')').toString();
    }

    private static String number(double value) {
        return String.valueOf(Math.round(value));
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
