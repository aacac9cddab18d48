package articleflow.cli;

import articleflow.events.PipelineEvents;
import articleflow.topology.ArticleflowTopology;
import articleflow.topology.StageMap;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.TopologyDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "describe", mixinStandardHelpOptions = true, description = "Print the topology: its stages first, then Kafka's description of sub-topologies, processors, stores and topics.")
final class DescribeCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() {
        TopologyDescription description = ArticleflowTopology.build(config.load(), PipelineEvents.NONE, 1).describe();
        System.out.println(StageMap.render(description));
        System.out.println(description);
        return 0;
    }
}
