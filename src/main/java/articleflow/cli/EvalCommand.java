package articleflow.cli;

import articleflow.eval.EvalExtractionCommand;
import articleflow.eval.EvalRelatedCommand;
import articleflow.eval.EvalSummariesCommand;
import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure quality on public benchmarks, side by side with baselines in the same run.",
        subcommands = {EvalSummariesCommand.class, EvalExtractionCommand.class, EvalRelatedCommand.class})
final class EvalCommand {
}
