package articleflow.cli;

import articleflow.config.ArticleflowConfig;
import articleflow.topology.ArticleflowTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.tools.StreamsResetter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Rebuilds the enriched output from the log of record after an algorithm change, with Kafka's own application
 * reset tool. The per-article store is kept, so revisions go on counting up and an article whose enriched record
 * comes out the same gets no new revision; the feed and learned-furniture state is rebuilt from the replay.
 */
@Command(name = "reprocess", mixinStandardHelpOptions = true, description = {
        "Reset the application to re-read articles.raw from the beginning (the job must be stopped).",
        "Then start every instance once with `run --clean-state`. Revisions continue; unchanged articles are not re-sent."})
final class ReprocessCommand implements Callable<Integer> {

    @Option(names = "--dry-run", description = "Show what would be reset and deleted, change nothing.")
    boolean dryRun;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() {
        ArticleflowConfig settings = config.load();
        String app = settings.applicationId();
        List<String> args = new ArrayList<>(List.of(
                "--bootstrap-server", settings.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG),
                "--application-id", app,
                "--input-topics", settings.rawTopic(),
                "--to-earliest",
                "--internal-topics", String.join(",", internalTopicsToRebuild(app))));
        if (dryRun) {
            args.add("--dry-run");
        }
        Properties clientProps = settings.kafkaProperties();
        clientProps.remove(StreamsConfig.APPLICATION_ID_CONFIG);
        int exit = new StreamsResetter().execute(args.toArray(String[]::new), clientProps);
        if (exit == 0 && !dryRun) {
            System.out.println("reset done: start each instance once with `run --clean-state` to rebuild from " + settings.rawTopic());
        }
        return exit;
    }

    /** Everything but the per-article store's changelog, which keeps the revision counters. */
    static List<String> internalTopicsToRebuild(String applicationId) {
        return List.of(
                applicationId + "-" + ArticleflowTopology.BY_ID_TOPIC + "-repartition",
                applicationId + "-" + ArticleflowTopology.BY_SOURCE_TOPIC + "-repartition",
                applicationId + "-" + ArticleflowTopology.FEED_REPLIES_TOPIC + "-repartition",
                applicationId + "-" + ArticleflowTopology.SOURCE_LINES_STORE + "-changelog",
                applicationId + "-" + ArticleflowTopology.FEED_ORDER_STORE + "-changelog",
                applicationId + "-" + ArticleflowTopology.FEED_POSITIONS_STORE + "-changelog");
    }
}
