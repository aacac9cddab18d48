package articleflow.cli;

import articleflow.config.ArticleflowConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/** The configuration options every command shares: a properties file, and single settings over it. */
public final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file: articleflow settings and any Kafka client/Streams setting.")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,…",
            description = "The Kafka cluster (bootstrap.servers), over the file and the environment.")
    String bootstrapServers;

    @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE",
            description = "One setting, over the file and the ARTICLEFLOW_* environment variables.")
    Map<String, String> overrides = new LinkedHashMap<>();

    public ArticleflowConfig load() {
        Map<String, String> commandLine = new LinkedHashMap<>(overrides);
        if (bootstrapServers != null) {
            commandLine.put("bootstrap.servers", bootstrapServers);
        }
        ArticleflowConfig config = ArticleflowConfig.load(readFile(), System.getenv(), commandLine);
        // Kafka would ignore these silently; articleflow's own unknown keys already failed in load
        config.unknownKafkaSettings().forEach(warning -> System.err.println("articleflow: warning: " + warning));
        return config;
    }

    private Properties readFile() {
        if (configFile == null) {
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(configFile)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config file " + configFile, e);
        }
        return properties;
    }
}
