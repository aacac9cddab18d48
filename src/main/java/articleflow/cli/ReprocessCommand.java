package articleflow.cli;

import articleflow.app.ApplicationReset;
import articleflow.config.ArticleflowConfig;
import articleflow.ops.KafkaClients;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Rebuilds the enriched output from the log of record after an algorithm change: rewinds the job's offsets on
 * the raw topic to the start, keeping all state, so revisions go on counting up and an article whose enriched
 * record comes out the same gets no new revision.
 */
@Command(name = "reprocess", mixinStandardHelpOptions = true, header = "Rewind the job to re-read articles.raw from the beginning (every instance must be stopped first).",
        description = "All state is kept: revisions continue, and only articles whose enriched record changes are "
                + "re-sent. Then start the job again with `run`.")
final class ReprocessCommand implements Callable<Integer> {

    @Option(names = "--dry-run", description = "Show what would be rewound; change nothing.")
    boolean dryRun;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws InterruptedException {
        ArticleflowConfig settings = config.load();
        KafkaClients.requireReachable(settings);
        try (Admin admin = KafkaClients.admin(settings)) {
            ApplicationReset reset = new ApplicationReset(admin);
            ApplicationReset.Plan plan = reset.plan(settings);
            plan.rewindTo().forEach((partition, offset) -> System.out.printf("%s: %s -> %d%n", partition,
                    plan.committed().containsKey(partition) ? plan.committed().get(partition) : "none", offset));
            if (dryRun) {
                System.out.printf("dry run: would rewind group %s to re-read %d records of %s; nothing changed%n",
                        plan.group(), plan.recordsToReread(), settings.rawTopic());
                return 0;
            }
            reset.apply(plan);
            System.out.printf("rewound group %s to re-read %d records of %s; start the job with `run`%n",
                    plan.group(), plan.recordsToReread(), settings.rawTopic());
            return 0;
        }
    }
}
