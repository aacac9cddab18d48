package articleflow.accept;

/** A tombstone on {@code articles.raw}: the publisher withdrew the article with this id. */
public record Withdrawal(String id) implements Verdict {
}
