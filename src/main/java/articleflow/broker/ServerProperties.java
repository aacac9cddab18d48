package articleflow.broker;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code server.properties} of a single-node combined broker+controller on loopback. */
final class ServerProperties {

    /** The largest max.message.bytes in topics/ (articles.dlq: a raw record plus error headers). */
    static final int MAX_MESSAGE_BYTES = 9 * 1024 * 1024;

    private static final Pattern CLIENT_PORT = Pattern.compile("PLAINTEXT://127\\.0\\.0\\.1:(\\d+)");
    private static final Pattern CONTROLLER_PORT = Pattern.compile("CONTROLLER://127\\.0\\.0\\.1:(\\d+)");

    private ServerProperties() {
    }

    static Map<String, String> of(BrokerPorts ports, Path logDir) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + ports.controller());
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + ports.client() + ",CONTROLLER://127.0.0.1:" + ports.controller());
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + ports.client());
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        // one node: every internal topic has one replica, so exactly-once works
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("min.insync.replicas", "1");
        p.put("default.replication.factor", "1");
        // no waiting for more group members that will never come
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("group.streams.initial.rebalance.delay.ms", "0");
        // after a kill -9 the controller refuses the broker's new registration until the old
        // session expires: 4 s instead of 9 s (the heartbeat stays well inside it)
        p.put("broker.session.timeout.ms", "4000");
        p.put("broker.heartbeat.interval.ms", "1000");
        // topics are code (topics/): a typo must fail, not create a topic
        p.put("auto.create.topics.enable", "false");
        p.put("message.max.bytes", String.valueOf(MAX_MESSAGE_BYTES));
        p.put("replica.fetch.max.bytes", String.valueOf(MAX_MESSAGE_BYTES));
        return p;
    }

    /**
     * The defaults with the extras over them: each extra listener on its port (listened on, advertised, and mapped
     * to its security protocol), then the extra properties, which win over any default.
     */
    static Map<String, String> withExtras(Map<String, String> defaults, Map<String, Integer> listenerPorts,
                                          BrokerExtras extras) {
        Map<String, String> p = new LinkedHashMap<>(defaults);
        extras.listeners().forEach((name, protocol) -> {
            String address = name + "://127.0.0.1:" + listenerPorts.get(name);
            p.merge("listeners", address, (all, one) -> all + "," + one);
            p.merge("advertised.listeners", address, (all, one) -> all + "," + one);
            p.merge("listener.security.protocol.map", name + ":" + protocol, (all, one) -> all + "," + one);
        });
        p.putAll(extras.properties());
        return p;
    }

    static void write(Map<String, String> properties, Path file) throws IOException {
        StringBuilder text = new StringBuilder("# written by articleflow's EmbeddedBroker\n");
        properties.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.writeString(file, text);
    }

    /** The ports an earlier start wrote into this file, so a restarted broker keeps its address. */
    static Optional<BrokerPorts> portsIn(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            return Optional.empty();
        }
        String listeners = properties.getProperty("listeners", "");
        Matcher client = CLIENT_PORT.matcher(listeners);
        Matcher controller = CONTROLLER_PORT.matcher(listeners);
        if (!client.find() || !controller.find()) {
            return Optional.empty();
        }
        return Optional.of(new BrokerPorts(Integer.parseInt(client.group(1)), Integer.parseInt(controller.group(1))));
    }

    /** The port an earlier start gave the listener {@code name}, so a restarted broker keeps that address too. */
    static Optional<Integer> listenerPortIn(Path file, String name) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            return Optional.empty();
        }
        Matcher port = Pattern.compile("(?:^|,)" + Pattern.quote(name) + "://127\\.0\\.0\\.1:(\\d+)")
                .matcher(properties.getProperty("listeners", ""));
        return port.find() ? Optional.of(Integer.parseInt(port.group(1))) : Optional.empty();
    }
}
