package articleflow.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/** The two loopback ports of a single-node broker: one for clients, one for the KRaft controller. */
public record BrokerPorts(int client, int controller) {

    /** The port a user's own broker most likely has; never take it. */
    private static final Set<Integer> RESERVED = Set.of(9092, 9093);

    public BrokerPorts {
        if (client <= 0 || controller <= 0 || client == controller) {
            throw new IllegalArgumentException("need two distinct ports, got " + client + " and " + controller);
        }
    }

    /** Two ports the operating system reports free on loopback right now. */
    public static BrokerPorts free() {
        Set<Integer> taken = new HashSet<>(RESERVED);
        int client = freePort(taken);
        taken.add(client);
        return new BrokerPorts(client, freePort(taken));
    }

    /** Whether both ports can be bound on loopback right now. */
    public boolean available() {
        return canBind(client) && canBind(controller);
    }

    /** A port the operating system reports free on loopback right now, other than these and the usual Kafka ones. */
    static int freePort(Set<Integer> avoid) {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (!avoid.contains(port) && !RESERVED.contains(port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot find a free loopback port", e);
            }
        }
        throw new IllegalStateException("cannot find a free loopback port after 20 attempts");
    }

    static boolean canBind(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
