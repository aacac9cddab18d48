package articleflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.config.ArticleflowConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigOptionsTest {

    @TempDir
    Path dir;

    private ArticleflowConfig load(Path file) {
        ConfigOptions options = new ConfigOptions();
        options.configFile = file;
        return options.load();
    }

    @Test
    void shouldReadAFileAnEditorSavedWithAByteOrderMark() throws IOException {
        Path file = Files.write(dir.resolve("bom.properties"),
                ("\uFEFFarticleflow.summary.sentences=2\nclient.id=café\n").getBytes(StandardCharsets.UTF_8));

        ArticleflowConfig config = load(file);

        assertThat(config.summaryOptions().maxSentences()).isEqualTo(2);
        assertThat(config.get("client.id")).isEqualTo("café");
    }

    @Test
    void shouldStillReadAJavaStylePropertiesFileInIsoLatin1() throws IOException {
        Path file = Files.write(dir.resolve("latin1.properties"),
                "client.id=caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(load(file).get("client.id")).isEqualTo("café");
    }

    @Test
    void shouldTakeASettingWithStraySpacesAroundItsKeyAsThatSetting() {
        ConfigOptions options = new ConfigOptions();
        options.overrides.put(" articleflow.summary.sentences ", "2");

        assertThat(options.load().summaryOptions().maxSentences()).isEqualTo(2);
    }
}
