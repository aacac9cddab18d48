package articleflow.broker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a broker adds to the plain single-node one of {@link ServerProperties}, for a test that needs a cluster
 * shaped more like production (a SASL listener, an authorizer, SCRAM users): listeners of its own on free loopback
 * ports, server properties over the defaults, and arguments for the storage format (KRaft takes its first SCRAM
 * users only there, as {@code --add-scram}). The PLAINTEXT and CONTROLLER listeners stay as they are: the broker
 * talks to itself and is checked for readiness through them.
 */
public record BrokerExtras(Map<String, String> listeners, Map<String, String> properties, List<String> formatArguments) {

    /** The plain broker of {@code run --embedded}, {@code demo} and the shared test broker. */
    public static final BrokerExtras NONE = new BrokerExtras(Map.of(), Map.of(), List.of());

    private static final Set<String> OWN_LISTENERS = Set.of("PLAINTEXT", "CONTROLLER");

    /**
     * @param listeners       listener name to security protocol, e.g. {@code SASL -> SASL_PLAINTEXT}
     * @param properties      server properties set over the defaults
     * @param formatArguments extra arguments of {@code kafka-storage format}, used only when the storage is new
     */
    public BrokerExtras {
        Map<String, String> names = new LinkedHashMap<>();
        listeners.forEach((name, protocol) -> {
            String upper = name.toUpperCase(Locale.ROOT);
            if (!upper.matches("[A-Z][A-Z0-9_]*") || OWN_LISTENERS.contains(upper)) {
                throw new IllegalArgumentException("not a name for an extra listener: " + name);
            }
            names.put(upper, Objects.requireNonNull(protocol, "protocol").toUpperCase(Locale.ROOT));
        });
        listeners = Collections.unmodifiableMap(names);
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        formatArguments = List.copyOf(formatArguments);
    }

    public BrokerExtras withListener(String name, String securityProtocol) {
        Map<String, String> more = new LinkedHashMap<>(listeners);
        more.put(name, securityProtocol);
        return new BrokerExtras(more, properties, formatArguments);
    }

    public BrokerExtras with(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(properties);
        more.put(key, value);
        return new BrokerExtras(listeners, more, formatArguments);
    }

    public BrokerExtras withFormatArguments(String... arguments) {
        List<String> more = new ArrayList<>(formatArguments);
        more.addAll(List.of(arguments));
        return new BrokerExtras(listeners, properties, more);
    }

    /** Never the format arguments: they may hold SCRAM passwords. */
    @Override
    public String toString() {
        return "BrokerExtras[listeners=" + listeners + ", properties=" + properties.keySet()
                + ", " + formatArguments.size() + " format argument(s)]";
    }
}
