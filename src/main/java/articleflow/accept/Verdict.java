package articleflow.accept;

/** What accept decides for one raw record. */
public sealed interface Verdict permits AcceptedArticle, Withdrawal, Rejection {
}
