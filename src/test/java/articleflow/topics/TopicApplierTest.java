package articleflow.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import articleflow.broker.BrokerTest;
import articleflow.broker.SharedBroker;

@BrokerTest
class TopicApplierTest {

    private Admin admin;
    private List<TopicSpec> specs;
    private String enriched;

    @BeforeEach
    void nameTheBundledTopicsForThisTestOnly() {
        admin = SharedBroker.admin();
        String prefix = SharedBroker.uniqueName("a") + ".";
        specs = TopicCatalog.bundled().specs().stream().map(spec -> spec.named(prefix + spec.name())).toList();
        enriched = prefix + TopicCatalog.ENRICHED;
    }

    @AfterEach
    void closeAdmin() {
        admin.close();
    }

    @Test
    void shouldLetTheApplicationStartOnTopicsCreatedFromTheSpecs() {
        TopicApplier applier = new TopicApplier(admin);
        applier.apply(specs, OptionalInt.of(1));

        assertThat(applier.requireReadyToRun(specs, enriched)).isEmpty();
    }

    @Test
    void shouldRefuseToStartWhenTopicsAreMissing() {
        assertThatThrownBy(() -> new TopicApplier(admin).requireReadyToRun(specs, enriched))
                .isInstanceOf(TopicsNotReadyException.class)
                .hasMessageContaining("topic " + specs.get(0).name() + " does not exist")
                .hasMessageContaining("articleflow topics apply");
    }

    @Test
    void shouldRefuseToStartWhenTheOutputTopicIsNotCompacted() throws Exception {
        admin.createTopics(List.of(new NewTopic(enriched, 6, (short) 1).configs(Map.of("cleanup.policy", "delete"))))
                .all().get(30, TimeUnit.SECONDS);
        TopicApplier applier = new TopicApplier(admin);
        applier.apply(specs, OptionalInt.of(1));

        assertThatThrownBy(() -> applier.requireReadyToRun(specs, enriched))
                .isInstanceOf(TopicsNotReadyException.class)
                .hasMessageContaining("output topic " + enriched + " has cleanup.policy=delete but must be compacted");
    }

    @Test
    void shouldReportAReplicationFactorOtherThanTheOneAskedFor() {
        TopicApplier applier = new TopicApplier(admin);
        applier.apply(specs, OptionalInt.of(1));

        assertThat(applier.check(specs)).isEmpty();
        assertThat(applier.check(specs, OptionalInt.of(3)))
                .extracting(Drift::kind).containsOnly(Drift.Kind.REPLICATION_FACTOR).hasSize(3);
    }
}
