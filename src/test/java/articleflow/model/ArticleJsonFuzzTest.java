package articleflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Fuzzing the strict reading of raw articles: {@link ArticleJson#readRawArticle} refuses anything that is not a raw
 * article with a {@link RawArticleException} naming {@code invalid_json} or {@code wrong_type}, never with another
 * exception; and a raw article written by the one mapper reads back equal, whatever its text.
 *
 * <p>These are jqwik properties. The normal suite tries each {@code fuzz.tries} times (a Maven property, 200);
 * the long run is {@code mvn -B -Pfuzz test} (only the {@code *FuzzTest} properties, 20,000 tries each; change it
 * with {@code -Dfuzz.tries=N}). The accept fuzzing feeds this reader far stranger bytes through the validator.
 */
class ArticleJsonFuzzTest {

    @Property
    void shouldRefuseAnythingButARawArticleWithAReason(@ForAll("nearlyJson") byte[] value) {
        Throwable thrown = catchThrowable(() -> ArticleJson.readRawArticle(value));

        if (thrown != null) {
            assertThat(thrown).isInstanceOf(RawArticleException.class);
            assertThat(((RawArticleException) thrown).reason()).isIn(RejectReason.INVALID_JSON, RejectReason.WRONG_TYPE);
            assertThat(thrown.getMessage()).isNotBlank();
        }
    }

    @Property
    void shouldReadBackEveryRawArticleTheMapperWrites(@ForAll("rawArticles") RawArticle article) throws RawArticleException {
        assertThat(ArticleJson.readRawArticle(ArticleJson.toBytes(article))).isEqualTo(article);
    }

    @Provide
    Arbitrary<byte[]> nearlyJson() {
        Arbitrary<String> fragments = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"source\"", "\"body\"", "\"tags\"",
                "\"x\"", "1", "1e999999", "-", "true", "null", "\"\\uD800\"", "\"\\u00\"", " ", "\u0000", "\uFEFF");
        return Arbitraries.frequencyOf(
                Tuple.of(3, fragments.list().ofMaxSize(30)
                        .map(list -> String.join("", list).getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(100)));
    }

    @Provide
    Arbitrary<RawArticle> rawArticles() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFF')
                .ofMaxLength(30);
        Arbitrary<String> field = text.injectNull(0.3);
        Arbitrary<List<String>> list = text.list().ofMaxSize(4);
        return Builders.withBuilder(() -> new Object[12])
                .use(field).inSetter((a, v) -> a[0] = v)
                .use(field).inSetter((a, v) -> a[1] = v)
                .use(field).inSetter((a, v) -> a[2] = v)
                .use(field).inSetter((a, v) -> a[3] = v)
                .use(field).inSetter((a, v) -> a[4] = v)
                .use(field).inSetter((a, v) -> a[5] = v)
                .use(field).inSetter((a, v) -> a[6] = v)
                .use(field).inSetter((a, v) -> a[7] = v)
                .use(field).inSetter((a, v) -> a[8] = v)
                .use(list).inSetter((a, v) -> a[9] = v)
                .use(list).inSetter((a, v) -> a[10] = v)
                .use(field).inSetter((a, v) -> a[11] = v)
                .build(a -> new RawArticle((String) a[0], (String) a[1], (String) a[2], (String) a[3], (String) a[4],
                        (String) a[5], (String) a[6], (String) a[7], (String) a[8], strings(a[9]), strings(a[10]),
                        (String) a[11]));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }
}
