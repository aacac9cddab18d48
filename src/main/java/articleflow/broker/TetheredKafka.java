package articleflow.broker;

/**
 * {@code kafka.Kafka}, but tethered to the process that started it: when that parent dies,
 * even by SIGKILL (which runs no shutdown hook), the broker shuts down instead of living on
 * as an orphan holding ports, disk and memory. And deaf to Ctrl-C: a terminal sends SIGINT to the parent and to this
 * child alike, and a broker that began to shut down at once left the parent's job closing against a broker without its
 * topics (Kafka Streams' "missing source topics" error and a close that timed out). The parent stops it (SIGTERM) once
 * what uses it has stopped.
 *
 * <p>Arguments: the parent's pid, then the arguments of {@code kafka.Kafka}.
 */
public final class TetheredKafka {

    private TetheredKafka() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: TetheredKafka <parent-pid> <server.properties>");
        }
        sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
        long parentPid = Long.parseLong(args[0]);
        ProcessHandle.of(parentPid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> System.exit(0)),
                () -> System.exit(0));
        String[] kafkaArgs = new String[args.length - 1];
        System.arraycopy(args, 1, kafkaArgs, 0, kafkaArgs.length);
        kafka.Kafka.main(kafkaArgs);
    }
}
