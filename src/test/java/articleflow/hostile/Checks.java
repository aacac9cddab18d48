package articleflow.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.model.EnrichedArticle;
import com.fasterxml.jackson.databind.JsonNode;

/** The manifest's extra checks on an enriched record: exact or partial text, title, time, summary size. */
final class Checks {

    private Checks() {
    }

    static void verify(JsonNode checks, EnrichedArticle article) {
        if (checks == null || checks.isMissingNode()) {
            return;
        }
        checks.fields().forEachRemaining(check -> {
            String expected = check.getValue().asText();
            switch (check.getKey()) {
                case "text" -> assertThat(article.text()).isEqualTo(expected);
                case "text_contains" -> assertThat(article.text()).contains(expected);
                case "text_excludes" -> {
                    assertThat(article.text()).doesNotContain(expected);
                    assertThat(article.summary()).doesNotContain(expected);
                }
                case "title" -> assertThat(article.title()).isEqualTo(expected);
                case "published_at" -> assertThat(article.publishedAt()).isEqualTo(expected);
                case "summary_sentence_max_chars" -> assertThat(article.summarySentences())
                        .allSatisfy(sentence -> assertThat(sentence.length()).isLessThanOrEqualTo(check.getValue().asInt()));
                default -> throw new IllegalArgumentException("unknown check " + check.getKey());
            }
        });
    }
}
