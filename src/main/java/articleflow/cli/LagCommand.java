package articleflow.cli;

import articleflow.config.ArticleflowConfig;
import articleflow.ops.KafkaClients;
import articleflow.ops.LagReader;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "lag", header = "Print a consumer group's lag per partition, like kafka-consumer-groups --describe.",
        description = "Committed offset, end offset and lag per partition, and a total with the age of the oldest "
                + "unprocessed record. Exactly-once transaction markers are not counted as lag. Without --group: the "
                + "application's own group on every input partition; with --group: that group's lag on the enriched "
                + "topic (a downstream consumer).")
final class LagCommand implements Callable<Integer> {

    private static final String CLEAR_SCREEN = "\033[H\033[2J";

    @Option(names = "--group", paramLabel = "GROUP", description = "The consumer group (default: the application.id).")
    String group;

    @Option(names = "--watch", description = "Refresh in place until interrupted (Ctrl-C).")
    boolean watch;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "2",
            description = "With --watch: seconds between refreshes (default: ${DEFAULT-VALUE}).")
    int intervalSeconds;

    @Mixin
    ConfigOptions config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (intervalSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--interval must be at least 1 second: " + intervalSeconds);
        }
        if (group != null && group.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--group needs a name");
        }
        PrintWriter out = spec.commandLine().getOut();
        ArticleflowConfig settings = config.load();
        KafkaClients.requireReachable(settings);
        try (Admin admin = KafkaClients.admin(settings)) {
            LagReader reader = new LagReader(admin, KafkaClients.consumerSettings(settings));
            do {
                String table = LagTable.format(reader.readFor(settings, group), Instant.now());
                if (watch) {
                    // a terminal is redrawn; a file or a pipe gets each table after the last, without control codes
                    if (System.console() != null) {
                        out.print(CLEAR_SCREEN);
                    }
                    out.printf("every %d s, Ctrl-C to stop; %s%n%n", intervalSeconds, Instant.now());
                }
                out.print(table);
                if (out.checkError() || System.out.checkError()) {
                    throw new DataError("cannot write to standard output");
                }
                if (watch) {
                    Thread.sleep(Duration.ofSeconds(intervalSeconds).toMillis());
                }
            } while (watch);
        }
        return 0;
    }
}
