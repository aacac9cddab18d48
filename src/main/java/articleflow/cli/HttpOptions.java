package articleflow.cli;

import articleflow.config.ArticleflowConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The operators' HTTP endpoints of a running job: where they are served, or not at all. */
final class HttpOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    Integer port;

    /** A port out of range is a mistake on the command line, as "abc" is: a usage error, not a configuration one. */
    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Port of the status page, /health, /ready, /metrics and /lag (articleflow.http.port, "
                    + "default 8080; 0 picks a free port). The host is articleflow.http.host (default 127.0.0.1).")
    void port(int value) {
        if (value < 0 || value > 65_535) {
            throw new ParameterException(spec.commandLine(), "--http-port must be a port from 0 to 65535, not " + value);
        }
        port = value;
    }

    @Option(names = "--no-http", description = "Serve no HTTP endpoints.")
    boolean disabled;

    ArticleflowConfig apply(ArticleflowConfig config) {
        return port == null ? config : config.with(ArticleflowConfig.HTTP_PORT, String.valueOf(port));
    }
}
