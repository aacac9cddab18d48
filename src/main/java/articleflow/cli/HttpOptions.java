package articleflow.cli;

import articleflow.config.ArticleflowConfig;
import picocli.CommandLine.Option;

/** The operators' HTTP endpoints of a running job: where they are served, or not at all. */
final class HttpOptions {

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Port of the status page, /health, /ready, /metrics and /lag (articleflow.http.port, "
                    + "default 8080; 0 picks a free port). The host is articleflow.http.host (default 127.0.0.1).")
    Integer port;

    @Option(names = "--no-http", description = "Serve no HTTP endpoints.")
    boolean disabled;

    ArticleflowConfig apply(ArticleflowConfig config) {
        return port == null ? config : config.with(ArticleflowConfig.HTTP_PORT, String.valueOf(port));
    }
}
