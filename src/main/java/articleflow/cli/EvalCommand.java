package articleflow.cli;

import articleflow.eval.EvalExtractionCommand;
import articleflow.eval.EvalSummariesCommand;
import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure quality on public benchmarks, side by side with baselines in the same run.",
        subcommands = {EvalSummariesCommand.class, EvalExtractionCommand.class, articleflow.eval.EvalRelatedCommand.class})
final class EvalCommand {
}
