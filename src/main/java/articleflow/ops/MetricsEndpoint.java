package articleflow.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;

/** {@code /metrics}: the registry in Prometheus text format, or OpenMetrics when the scraper asks for it. */
final class MetricsEndpoint implements HttpHandler {

    static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";
    static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    MetricsEndpoint(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!HttpReply.readOnly(exchange)) {
            return;
        }
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        String type = accept != null && accept.contains("application/openmetrics-text") ? OPEN_METRICS : TEXT_FORMAT;
        HttpReply.send(exchange, 200, type, registry.scrape(type));
    }
}
