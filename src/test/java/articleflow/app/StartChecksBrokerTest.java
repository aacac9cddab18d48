package articleflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import articleflow.broker.BrokerTest;
import articleflow.config.ArticleflowConfig;
import articleflow.events.PipelineEvents;
import articleflow.ops.KafkaClients;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before it starts, the job makes sure the cluster can take every record it may write. */
@BrokerTest
class StartChecksBrokerTest {

    @TempDir
    Path stateDir;

    @Test
    void shouldRefuseToStartWhenTheOutputTopicCannotTakeTheLargestEnrichedArticle() throws Exception {
        try (BrokerPipeline pipeline = BrokerPipeline.create("start-checks", stateDir, 1)) {
            ArticleflowConfig config = pipeline.config();
            try (Admin admin = KafkaClients.admin(config)) {
                ConfigResource output = new ConfigResource(ConfigResource.Type.TOPIC, config.enrichedTopic());
                admin.incrementalAlterConfigs(Map.of(output, List.of(new AlterConfigOp(
                        new ConfigEntry("max.message.bytes", "1000000"), AlterConfigOp.OpType.SET))))
                        .all().get(30, TimeUnit.SECONDS);
            }
            assertThatThrownBy(() -> new StreamingJob(config, PipelineEvents.NONE))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("topic " + config.enrichedTopic() + " allows records of 1000000 bytes, but articleflow"
                            + " may write 4532800 bytes to it with articleflow.body.max.bytes=2097152: raise its"
                            + " max.message.bytes to 4532800 or lower the body limit");
            assertThat(new StreamingJob(config.with(ArticleflowConfig.MAX_BODY_BYTES, "100000"), PipelineEvents.NONE)
                    .state().toString()).as("fits with a smaller body limit").isEqualTo("CREATED");
        }
    }

    @Test
    void shouldRefuseAProducerLimitBelowTheLargestRecord() {
        ArticleflowConfig config = ArticleflowConfig.defaults().with("producer.max.request.size", "1048576");
        assertThat(StartChecks.producerProblems(config)).containsExactly("max.request.size 1048576 is below the"
                + " largest record articleflow may write (8858176 bytes with articleflow.body.max.bytes=2097152):"
                + " leave it unset, raise it, or lower the body limit");
    }
}
