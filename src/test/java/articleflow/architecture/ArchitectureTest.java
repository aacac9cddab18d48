package articleflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of DESIGN.md and STYLE.md, checked the way Kafka's build checks its import-control: the
 * stages are plain Java that depend on the record shapes (and the shared text analysis) alone, the topology wires them, the running
 * application sits above the topology, operators' tooling observes through an interface below everything
 * that reports to it, and the command line is on top. No package depends back on one that depends on it.
 */
class ArchitectureTest {

    /** The stages of the design: each is plain Java over {@code model}, independent of the others and of Kafka. */
    static final List<String> STAGES = List.of("accept", "normalize", "summarize", "link", "related", "assemble");

    private static JavaClasses product;

    @BeforeAll
    static void importProductClasses() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("articleflow");
    }

    /** Every package is its own slice, so a cycle between a package and one of its sub-packages counts too. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("articleflow.(**)").should().beFreeOfCycles();

    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("articleflow.cli..")
            .layer("eval").definedBy("articleflow.eval..")
            .layer("app").definedBy("articleflow.app..")
            .layer("ops").definedBy("articleflow.ops..")
            .layer("topology").definedBy("articleflow.topology..")
            .layer("infrastructure").definedBy("articleflow.broker..", "articleflow.topics..")
            .layer("config").definedBy("articleflow.config..")
            .layer("stages").definedBy(STAGES.stream().map(stage -> "articleflow." + stage + "..").toArray(String[]::new))
            .layer("analysis").definedBy("articleflow.analysis..")
            .layer("model").definedBy("articleflow.model..")
            .layer("events").definedBy("articleflow.events..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("eval").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("app").mayOnlyBeAccessedByLayers("cli", "eval")
            .whereLayer("ops").mayOnlyBeAccessedByLayers("app", "cli")
            .whereLayer("topology").mayOnlyBeAccessedByLayers("app", "cli", "eval")
            .whereLayer("infrastructure").mayOnlyBeAccessedByLayers("app", "cli")
            .whereLayer("config").mayOnlyBeAccessedByLayers("topology", "ops", "app", "cli", "eval")
            .whereLayer("stages").mayOnlyBeAccessedByLayers("config", "topology", "app", "cli", "eval")
            .whereLayer("analysis").mayOnlyBeAccessedByLayers("stages", "topology", "app", "cli", "eval")
            .whereLayer("events").mayOnlyBeAccessedByLayers("topology", "ops", "app", "cli", "eval");

    /** Only the adapters and the wiring, and what runs them, import Kafka: never a stage, the model or the events. */
    static final ArchRule KAFKA_ONLY_IN_ADAPTERS = noClasses()
            .that().resideInAnyPackage(packagesOf(Stream.concat(STAGES.stream(), Stream.of("model", "events", "analysis"))))
            .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
            .because("stage logic is plain Java that can be tested without Kafka; its processor adapter lives in topology.stages");

    @Test
    void shouldHaveNoPackageCycles() {
        assertThat(violations(NO_PACKAGE_CYCLES)).isEmpty();
    }

    @Test
    void shouldLayerThePackagesFromModelUpToTheCommandLine() {
        assertThat(violations(LAYERS)).isEmpty();
    }

    @Test
    void shouldKeepEveryStageIndependentOfTheOthers() {
        List<String> violations = new ArrayList<>();
        for (String stage : STAGES) {
            ArchRule rule = noClasses().that().resideInAPackage("articleflow." + stage + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(packagesOf(
                            STAGES.stream().filter(other -> !other.equals(stage))))
                    .because("stages meet only in the topology");
            violations.addAll(violations(rule));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void shouldKeepKafkaOutOfStagesModelAndEvents() {
        assertThat(violations(KAFKA_ONLY_IN_ADAPTERS)).isEmpty();
    }

    @Test
    void shouldCatchAPackageCycleWhenThereIsOne() {
        // the rule above passes on the product; here it must fail on two packages made to point at each other
        JavaClasses cyclic = new ClassFileImporter().importPackages("articleflow.architecture.fixture.cycle");
        EvaluationResult result = NO_PACKAGE_CYCLES.evaluate(cyclic);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(detail ->
                assertThat(detail).contains("fixture.cycle.a").contains("fixture.cycle.b"));
    }

    private static String[] packagesOf(Stream<String> names) {
        return names.map(name -> "articleflow." + name + "..").toArray(String[]::new);
    }

    private static List<String> violations(ArchRule rule) {
        return rule.evaluate(product).getFailureReport().getDetails();
    }
}
