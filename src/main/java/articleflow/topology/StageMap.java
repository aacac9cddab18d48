package articleflow.topology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.TopologyDescription;

/**
 * The topology read back as the design's stages: every processor named {@code stage.step} listed under its
 * stage, in the order the design gives the stages, with the stores each step uses and the sub-topology (that
 * is, the key) it runs under. What {@code describe} prints before Kafka's own description.
 */
public final class StageMap {

    /** The stages in the order of DESIGN.md; anything else (reads and writes) is listed last as "io". */
    public static final List<String> STAGES = List.of("accept", "normalize", "summarize", "link", "related", "assemble");

    private StageMap() {
    }

    public static Map<String, List<String>> of(TopologyDescription description) {
        Map<String, List<String>> stages = new LinkedHashMap<>();
        STAGES.forEach(stage -> stages.put(stage, new ArrayList<>()));
        stages.put("io", new ArrayList<>());
        for (TopologyDescription.Subtopology sub : description.subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                String name = node.name();
                int dot = name.indexOf('.');
                String stage = dot > 0 && stages.containsKey(name.substring(0, dot)) ? name.substring(0, dot) : null;
                if (stage == null && (node instanceof TopologyDescription.Source || node instanceof TopologyDescription.Sink)) {
                    stage = "io";
                }
                if (stage == null) {
                    continue;
                }
                String stores = node instanceof TopologyDescription.Processor processor && !processor.stores().isEmpty()
                        ? " " + processor.stores() : "";
                stages.get(stage).add(name + stores + " (sub-topology " + sub.id() + ")");
            }
        }
        return stages;
    }

    public static String render(TopologyDescription description) {
        StringBuilder out = new StringBuilder("Stages:\n");
        of(description).forEach((stage, nodes) -> {
            out.append("  ").append(stage).append('\n');
            nodes.forEach(node -> out.append("    ").append(node).append('\n'));
        });
        return out.toString();
    }
}
