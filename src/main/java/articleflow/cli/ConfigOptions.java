package articleflow.cli;

import articleflow.config.ArticleflowConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/** The configuration options every command shares: a properties file, and single settings over it. */
public final class ConfigOptions {

    @Option(names = {"--config", "--command-config"}, paramLabel = "FILE",
            description = "Properties file: articleflow settings and any Kafka client/Streams setting.")
    Path configFile;

    @Option(names = {"--bootstrap-server", "--bootstrap-servers"}, paramLabel = "HOST:PORT,…",
            description = "The Kafka cluster (bootstrap.servers), over the file and the environment. "
                    + "Tools give up on a cluster that does not answer after 15 s (max.block.ms, "
                    + "default.api.timeout.ms and request.timeout.ms default to 15000).")
    String bootstrapServers;

    @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE",
            description = "One setting, over the file and the ARTICLEFLOW_* environment variables.")
    Map<String, String> overrides = new LinkedHashMap<>();

    /** The cluster of the settings last loaded, for a message about it; null before they are loaded. */
    private String bootstrapServersInUse;

    public ArticleflowConfig load() {
        Map<String, String> commandLine = new LinkedHashMap<>(overrides);
        if (bootstrapServers != null) {
            commandLine.put("bootstrap.servers", bootstrapServers);
        }
        ArticleflowConfig config = ArticleflowConfig.load(readFile(), System.getenv(), commandLine);
        bootstrapServersInUse = config.kafkaProperties().getProperty("bootstrap.servers");
        // Kafka would ignore these silently; articleflow's own unknown keys already failed in load
        config.unknownKafkaSettings().forEach(warning -> System.err.println("articleflow: warning: " + warning));
        return config;
    }

    private Properties readFile() {
        if (configFile == null) {
            return null;
        }
        DataError.requireFile(configFile, "--config");
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(configFile)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new DataError("cannot read config file " + configFile + ": " + e.getMessage());
        }
        return properties;
    }

    String bootstrapServersInUse() {
        return bootstrapServersInUse;
    }
}
