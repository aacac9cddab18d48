package articleflow.cli;

import articleflow.ops.PipelineEvents;
import articleflow.topology.ArticleflowTopology;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "describe", mixinStandardHelpOptions = true, description = "Print the topology: sub-topologies, processors, stores and topics.")
final class DescribeCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() {
        System.out.println(ArticleflowTopology.build(config.load(), PipelineEvents.NONE).describe());
        return 0;
    }
}
