package articleflow.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams.State;

/**
 * {@code /health} and {@code /ready} from the Kafka Streams state: alive unless the application failed or
 * stopped (a rebalance is not a reason to restart it), ready only while RUNNING.
 */
final class HealthEndpoint implements HttpHandler {

    enum Probe {
        LIVENESS,
        READINESS
    }

    private final Supplier<State> state;
    private final Probe probe;

    HealthEndpoint(Supplier<State> state, Probe probe) {
        this.state = state;
        this.probe = probe;
    }

    static boolean alive(State state) {
        return state != State.ERROR && state != State.NOT_RUNNING && state != State.PENDING_ERROR;
    }

    static boolean ready(State state) {
        return state == State.RUNNING;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!HttpReply.readOnly(exchange)) {
            return;
        }
        State current = state.get();
        boolean up = probe == Probe.LIVENESS ? alive(current) : ready(current);
        HttpReply.send(exchange, up ? 200 : 503, "application/json",
                "{\"status\":\"" + (up ? "up" : "down") + "\",\"state\":\"" + current + "\"}\n");
    }
}
