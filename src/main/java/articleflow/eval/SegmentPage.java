package articleflow.eval;

import java.util.List;

/**
 * One page of a segment-judged benchmark (trafilatura's evaluation data): its HTML, decoded, and the
 * pieces of text a person said the extraction must contain ({@code with}) and must not ({@code without}).
 */
public record SegmentPage(String id, String url, String language, String html, List<String> with, List<String> without) {

    public SegmentPage {
        with = List.copyOf(with);
        without = List.copyOf(without);
    }
}
