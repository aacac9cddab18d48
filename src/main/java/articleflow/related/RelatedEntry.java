package articleflow.related;

/** One candidate in an article's list: the other article (at a version) and their score. */
public record RelatedEntry(Candidate candidate, double score) {

    public String id() {
        return candidate.id();
    }
}
