package articleflow.eval;

/** One page of the extraction benchmark: its HTML and the article body a person marked in it. */
public record BenchmarkPage(String id, String url, String html, String articleBody) {
}
