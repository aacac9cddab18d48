package articleflow.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicCatalogTest {

    @Test
    void shouldBundleTheThreeTopicsOfTheDesign() {
        TopicCatalog catalog = TopicCatalog.bundled();

        assertThat(catalog.specs()).extracting(TopicSpec::name)
                .containsExactly("articles.raw", "articles.enriched", "articles.dlq");
        assertThat(catalog.spec(TopicCatalog.RAW).compacted()).isTrue();
        assertThat(catalog.spec(TopicCatalog.ENRICHED).compacted()).isTrue();
        assertThat(catalog.spec(TopicCatalog.ENRICHED).configs()).containsEntry("delete.retention.ms", "604800000");
        assertThat(catalog.spec(TopicCatalog.DLQ).compacted()).isFalse();
        assertThat(catalog.spec(TopicCatalog.DLQ).configs())
                .containsEntry("cleanup.policy", "delete")
                .containsEntry("retention.ms", "2592000000");
    }

    @Test
    void shouldAllowRecordsWellAboveTheTwoMebibyteBodyLimitOnEveryTopic() {
        int bodyLimit = 2 * 1024 * 1024;
        for (TopicSpec spec : TopicCatalog.bundled().specs()) {
            assertThat(Integer.parseInt(spec.configs().get("max.message.bytes")))
                    .as(spec.name()).isGreaterThanOrEqualTo(4 * bodyLimit);
        }
    }

    @Test
    void shouldReadTheRepositoryFolderLikeTheBundledCopy() {
        assertThat(TopicCatalog.fromFolder(Path.of("topics")).specs())
                .containsExactlyInAnyOrderElementsOf(TopicCatalog.bundled().specs());
    }

    @Test
    void shouldLowerMinInsyncReplicasToTheReplicationFactorOfASingleBroker() {
        TopicSpec raw = TopicCatalog.bundled().spec(TopicCatalog.RAW);

        assertThat(raw.configsFor(1)).containsEntry("min.insync.replicas", "1");
        assertThat(raw.configsFor(3)).containsEntry("min.insync.replicas", "2");
    }

    @Test
    void shouldReadTheSimpleFormatTheShellScriptReads() {
        TopicSpec spec = TopicFile.parse("""
                # a comment
                name = feeds
                partitions=2

                replication.factor=1
                config.cleanup.policy=compact,delete
                config.retention.ms=1000
                """, "feeds.properties");

        assertThat(spec).isEqualTo(new TopicSpec("feeds", 2, (short) 1,
                java.util.Map.of("cleanup.policy", "compact,delete", "retention.ms", "1000")));
    }

    @Test
    void shouldRefuseAKeyItDoesNotKnowSoATypoCannotDropASetting() {
        assertThatThrownBy(() -> TopicFile.parse("name=feeds\npartitions=2\nreplication.factor=1\ncleanup.policy=compact\n", "feeds.properties"))
                .hasMessageContaining("unknown key cleanup.policy");
    }

    @Test
    void shouldRefuseAFileNamedAfterAnotherTopic(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("feeds.properties"), "name=other\npartitions=1\nreplication.factor=1\n");

        assertThatThrownBy(() -> TopicCatalog.fromFolder(folder)).hasMessageContaining("name the file other.properties");
    }

    @Test
    void shouldSayWhatIsMissing() {
        assertThatThrownBy(() -> TopicFile.parse("name=feeds\nreplication.factor=1\n", "feeds.properties"))
                .hasMessageContaining("partitions is missing");
    }
}
