package articleflow.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.apache.kafka.clients.admin.Admin;

import articleflow.config.ArticleflowConfig;
import articleflow.ops.KafkaClients;
import articleflow.topics.ApplyReport;
import articleflow.topics.Drift;
import articleflow.topics.TopicApplier;
import articleflow.topics.TopicCatalog;
import articleflow.topics.TopicSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code articleflow topics apply|check}: the topics in {@code topics/} as code. */
@Command(name = "topics",
        description = "Create articleflow's topics from their definitions, or check a cluster against them.",
        subcommands = {TopicsCommand.Apply.class, TopicsCommand.Check.class})
public final class TopicsCommand implements Runnable {

    /** The cluster answered and its topics differ from their definitions. */
    public static final int EXIT_DRIFT = 1;
    /** The definitions could not be applied (too few brokers, say); other errors have {@link Main}'s codes. */
    public static final int EXIT_ERROR = Main.FAILED;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose a subcommand: apply or check");
    }

    /** Options both subcommands share. */
    static final class TopicOptions {

        @Option(names = "--topics-dir", paramLabel = "DIR",
                description = "Folder of <topic>.properties files (default: ./topics if it exists, else the copy bundled in the jar).")
        Path topicsDir;

        @Option(names = "--replication-factor", paramLabel = "N",
                description = "Replication factor for every topic instead of the one in its file (1 for a single local broker).")
        Integer replicationFactor;

        TopicCatalog catalog() {
            if (topicsDir != null && !Files.isDirectory(topicsDir)) {
                throw new DataError((Files.exists(topicsDir) ? topicsDir + " is a file, not a folder" : "no such folder: "
                        + topicsDir) + " (--topics-dir takes the folder of the topic files)");
            }
            if (topicsDir == null) {
                return TopicCatalog.fromDefaultLocation();
            }
            try {
                return TopicCatalog.fromFolder(topicsDir);
            } catch (IllegalArgumentException | UncheckedIOException unusable) {
                // the user's folder holds no topic files, or one that does not parse: their data, not our failure
                throw new DataError(unusable.getMessage() + " (--topics-dir)");
            }
        }

        OptionalInt replicationFactor(CommandSpec spec) {
            if (replicationFactor == null) {
                return OptionalInt.empty();
            }
            if (replicationFactor < 1 || replicationFactor > Short.MAX_VALUE) {
                throw new ParameterException(spec.commandLine(), "--replication-factor must be at least 1");
            }
            return OptionalInt.of(replicationFactor);
        }
    }

    /** Both subcommands: read the definitions, talk to the cluster; a failure is {@link Main}'s to report. */
    abstract static class TopicsSubcommand implements Callable<Integer> {

        @Mixin
        TopicOptions options;

        @Mixin
        ConfigOptions config;

        @Spec
        CommandSpec spec;

        @Override
        public final Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            OptionalInt replicationFactor = options.replicationFactor(spec);
            ArticleflowConfig settings = config.load();
            Map<String, String> configuredNames = configuredNames(settings);
            TopicCatalog catalog = options.catalog().renamed(configuredNames);
            KafkaClients.requireReachable(settings);
            try (Admin admin = KafkaClients.admin(settings)) {
                out.println("topics from " + catalog.origin() + renaming(configuredNames));
                return run(catalog.specs(), new TopicApplier(admin), replicationFactor, out);
            } finally {
                out.flush();
            }
        }

        abstract int run(List<TopicSpec> specs, TopicApplier applier, OptionalInt replicationFactor, PrintWriter out);

        /** Each bundled topic file's topic to the name the job uses for it (articleflow.topics.raw and the others). */
        static Map<String, String> configuredNames(ArticleflowConfig settings) {
            Map<String, String> names = new LinkedHashMap<>();
            names.put(TopicCatalog.RAW, settings.rawTopic());
            names.put(TopicCatalog.ENRICHED, settings.enrichedTopic());
            names.put(TopicCatalog.DLQ, settings.dlqTopic());
            return names;
        }

        /** ", articles.raw as news.raw" for each topic the configuration renames; empty when none is. */
        static String renaming(Map<String, String> names) {
            StringBuilder said = new StringBuilder();
            names.forEach((file, name) -> {
                if (!file.equals(name)) {
                    said.append(said.length() == 0 ? ", " : "; ").append(file).append(" as ").append(name);
                }
            });
            return said.toString();
        }

        static void printDrift(List<Drift> drift, PrintWriter out) {
            for (Drift d : drift) {
                out.println((d.kind() == Drift.Kind.MISSING_TOPIC ? "missing " : "drift   ") + d.describe());
            }
        }
    }

    @Command(name = "apply",
            header = "Create the topics that are missing and report how the others differ from their definitions.",
            description = "Existing topics are never changed or deleted. Safe to run again.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:all topics exist (any drift is printed)", "1:error (bad definitions, too few brokers)", "3:configuration error", "4:cluster unreachable"})
    static final class Apply extends TopicsSubcommand {

        @Override
        int run(List<TopicSpec> specs, TopicApplier applier, OptionalInt replicationFactor, PrintWriter out) {
            ApplyReport report = applier.apply(specs, replicationFactor);
            for (TopicSpec created : report.created()) {
                out.println("created " + created.name() + ": " + created.partitions() + " partitions, replication factor "
                        + created.replicationFactor() + ", " + created.configsFor(created.replicationFactor()));
            }
            for (TopicSpec spec : specs) {
                boolean created = report.created().stream().anyMatch(c -> c.name().equals(spec.name()));
                boolean drifted = report.drift().stream().anyMatch(d -> d.topic().equals(spec.name()));
                if (!created && !drifted) {
                    out.println("exists  " + spec.name());
                }
            }
            printDrift(report.drift(), out);
            out.println(report.created().size() + " created, "
                    + (report.drift().isEmpty() ? "no drift" : report.drift().size() + " drift (left as is: fix by hand)"));
            return 0;
        }
    }

    @Command(name = "check",
            description = "Compare the cluster's topics with their definitions; change nothing.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every topic exists and matches", "1:a topic is missing or differs", "3:configuration error", "4:cluster unreachable"})
    static final class Check extends TopicsSubcommand {

        @Override
        int run(List<TopicSpec> specs, TopicApplier applier, OptionalInt replicationFactor, PrintWriter out) {
            List<Drift> drift = applier.check(specs, replicationFactor);
            for (TopicSpec spec : specs) {
                if (drift.stream().noneMatch(d -> d.topic().equals(spec.name()))) {
                    out.println("ok      " + spec.name());
                }
            }
            printDrift(drift, out);
            out.println(drift.isEmpty() ? "all " + specs.size() + " topics match" : drift.size() + " difference(s)");
            return drift.isEmpty() ? 0 : EXIT_DRIFT;
        }
    }
}
