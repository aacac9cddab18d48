package articleflow.topics;

import java.util.List;
import java.util.stream.Collectors;

/** The cluster's topics are not fit to run articleflow on; the message says what to fix. */
public final class TopicsNotReadyException extends IllegalStateException {

    private final List<String> problems;

    TopicsNotReadyException(List<String> problems) {
        super("articleflow will not start on these topics:\n"
                + problems.stream().map(problem -> "  - " + problem).collect(Collectors.joining("\n"))
                + "\nCreate them with `articleflow topics apply` (see topics/), or fix them by hand.");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
