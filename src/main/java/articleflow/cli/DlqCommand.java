package articleflow.cli;

import articleflow.app.DeadLetterReplay;
import articleflow.config.ArticleflowConfig;
import articleflow.events.LogSafe;
import articleflow.model.RejectReason;
import articleflow.ops.KafkaClients;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "dlq", mixinStandardHelpOptions = true, description = "Work with the dead-letter topic.", subcommands = DlqCommand.Replay.class)
final class DlqCommand {

    @Command(name = "replay", mixinStandardHelpOptions = true, header = "Send dead letters back to articles.raw once their cause is fixed.",
            description = "Each letter goes back with its original key, value and timestamp; the job orders each as the "
                    + "record it was, so a replay never brings back an older version or a withdrawn article. Letters "
                    + "that would be refused again with the current settings are skipped unless --force. Progress is "
                    + "kept in the consumer group <application.id>-dlq-replay.")
    static final class Replay implements Callable<Integer> {

        @Option(names = "--reason", paramLabel = "R", description = "Only letters with this reason (e.g. too_large).")
        String reason;

        @Option(names = "--dry-run", description = "Count what would be replayed; send nothing and keep no progress.")
        boolean dryRun;

        @Option(names = "--force", description = "Also send letters that would be refused again.")
        boolean force;

        @Mixin
        ConfigOptions config;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            requireKnownReason();
            ArticleflowConfig settings = config.load();
            KafkaClients.requireReachable(settings);
            DeadLetterReplay.Report report = new DeadLetterReplay(settings).run(reason, dryRun, force);
            System.out.printf("%s %d dead letters to %s%s%n", dryRun ? "would replay" : "replayed", report.sentTotal(),
                    settings.rawTopic(), byReason(report.sent()));
            if (!report.stillRefused().isEmpty()) {
                System.out.printf("skipped %d that would be refused again with these settings%s (--force sends them)%n",
                        total(report.stillRefused()), byReason(report.stillRefused()));
            }
            if (!report.notReplayable().isEmpty()) {
                System.out.printf("skipped %d that carry no publisher's record (only articleflow's internal message, "
                        + "or nothing): replay those from %s by the offset in their headers%s%n",
                        total(report.notReplayable()), settings.rawTopic(), byReason(report.notReplayable()));
            }
            if (report.failure() != null) {
                System.err.println("articleflow: " + report.failure() + "; progress stops before it");
                return 1;
            }
            return 0;
        }

        private static int total(Map<String, Integer> counts) {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** A reason no letter can carry would replay nothing and say so as if all were well. */
        private void requireKnownReason() {
            if (reason == null) {
                return;
            }
            List<String> known = Arrays.stream(RejectReason.values()).map(RejectReason::code).toList();
            if (!known.contains(reason)) {
                throw new ParameterException(spec.commandLine(), "--reason must be one of " + String.join(", ", known)
                        + ": " + LogSafe.quote(reason));
            }
        }

        private static String byReason(Map<String, Integer> counts) {
            return counts.isEmpty() ? "" : " " + counts;
        }
    }
}
