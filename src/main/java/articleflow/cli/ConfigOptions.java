package articleflow.cli;

import articleflow.config.ArticleflowConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The cluster of the settings last loaded, for a message about it; null before they are loaded. */
    private String bootstrapServersInUse;

    public ArticleflowConfig load() {
        for (Map.Entry<String, String> setting : overrides.entrySet()) {
            if (setting.getKey().isBlank()) {
                // "-D =3" names no setting: it only warned about a key with no name, and the run went on without the value
                throw new ParameterException(command.commandLine(),
                        "-D needs a setting's name before the '=': -D =" + setting.getValue());
            }
        }
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
            byte[] bytes = in.readNBytes(MAX_CONFIG_BYTES + 1);
            if (bytes.length > MAX_CONFIG_BYTES || !looksLikeText(bytes)) {
                throw new DataError(configFile + " is not a properties file (--config takes key=value lines)");
            }
            properties.load(new StringReader(text(bytes)));
        } catch (IOException | IllegalArgumentException e) {
            throw new DataError("cannot read config file " + configFile + ": " + e.getMessage());
        }
        return properties;
    }

    /**
     * The file as text: UTF-8 (an editor's byte-order mark dropped, or it would become part of the first key), or
     * ISO-8859-1, the encoding of Java's own properties files, when it is not UTF-8.
     */
    static String text(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** A settings file is a few kilobytes; a megabyte is something else given by mistake. */
    private static final int MAX_CONFIG_BYTES = 1024 * 1024;

    /** No control character but tab, line ends and form feed: text, not an archive or an image given by mistake. */
    private static boolean looksLikeText(byte[] bytes) {
        for (byte b : bytes) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    String bootstrapServersInUse() {
        return bootstrapServersInUse;
    }
}
