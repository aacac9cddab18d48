package articleflow.cli;

import articleflow.app.JobLauncher;
import articleflow.app.StreamingJob;
import articleflow.config.ArticleflowConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true, header = "Run the streaming job against the configured cluster, or a local broker with --embedded.",
        description = "bootstrap.servers is required, unless --embedded starts a local single-node KRaft broker (and "
                + "stops it at exit); its port is kept in the data folder, and bootstrap.servers=HOST:PORT is printed "
                + "first, for another shell. Serves a status page, /health, /ready, /metrics (Prometheus) and /lag on "
                + "http://127.0.0.1:8080/ unless --no-http. Several instances with the same application.id share the "
                + "work; set num.standby.replicas (e.g. -D num.standby.replicas=1) to keep warm copies of the state "
                + "elsewhere.")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--embedded", description = "Start a local Kafka broker (a child process) and use it.")
    boolean embedded;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "articleflow-data",
            description = "With --embedded: where the broker's log and the job's state live (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--clean-state", description = "Wipe this instance's local state before starting (after `reprocess`).")
    boolean cleanState;

    @Mixin
    ConfigOptions config;

    @Mixin
    HttpOptions http;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        // each of these went unused without a word: the job ran on the local broker, or kept its state elsewhere
        if (embedded && config.bootstrapServers != null) {
            throw new ParameterException(spec.commandLine(), "--embedded runs the job on a local broker of its own, "
                    + "so --bootstrap-server " + config.bootstrapServers + " would not be used: give one or the other");
        }
        if (!embedded && spec.commandLine().getParseResult().hasMatchedOption("--data-dir")) {
            throw new ParameterException(spec.commandLine(), "--data-dir is the folder of the --embedded broker; "
                    + "against a cluster the job keeps its state in state.dir (-D state.dir=DIR)");
        }
        ArticleflowConfig settings = http.apply(config.load());
        try (JobLauncher launcher = new JobLauncher()) {
            Runtime.getRuntime().addShutdownHook(new Thread(launcher::close, "articleflow-shutdown"));
            launcher.closedByShutdownHook();
            StreamingJob job = launcher.startMonitored(settings, embedded ? dataDir : null, cleanState, !http.disabled);
            job.awaitStop();
        }
        return 0;
    }
}
