package articleflow.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Lucene's own analyzer for every language lucene-analysis-common covers, for Polish (lucene-analysis-stempel) and
 * for Chinese, Japanese and Korean (smartcn, kuromoji, nori), by ISO 639-1 code, and a language-neutral fallback
 * (Unicode word breaks and lowercasing, no stop words, no stemming) for the rest.
 * English uses the Snowball stop list instead of Lucene's 33-word default, like the other Snowball languages do.
 */
final class LanguageAnalyzers {

    private static final Map<String, Supplier<Analyzer>> BY_CODE = Map.ofEntries(
            Map.entry("ar", ArabicAnalyzer::new), Map.entry("bg", BulgarianAnalyzer::new),
            Map.entry("bn", BengaliAnalyzer::new), Map.entry("ca", CatalanAnalyzer::new),
            Map.entry("ckb", SoraniAnalyzer::new), Map.entry("cs", CzechAnalyzer::new),
            Map.entry("da", DanishAnalyzer::new), Map.entry("de", GermanAnalyzer::new),
            Map.entry("el", GreekAnalyzer::new),
            Map.entry("en", () -> new EnglishAnalyzer(snowballStopWords("english_stop.txt"))),
            Map.entry("es", SpanishAnalyzer::new), Map.entry("et", EstonianAnalyzer::new),
            Map.entry("eu", BasqueAnalyzer::new), Map.entry("fa", PersianAnalyzer::new),
            Map.entry("fi", FinnishAnalyzer::new), Map.entry("fr", FrenchAnalyzer::new),
            Map.entry("ga", IrishAnalyzer::new), Map.entry("gl", GalicianAnalyzer::new),
            Map.entry("hi", HindiAnalyzer::new), Map.entry("hu", HungarianAnalyzer::new),
            Map.entry("hy", ArmenianAnalyzer::new), Map.entry("id", IndonesianAnalyzer::new),
            Map.entry("it", ItalianAnalyzer::new), Map.entry("lt", LithuanianAnalyzer::new),
            Map.entry("lv", LatvianAnalyzer::new), Map.entry("ne", NepaliAnalyzer::new),
            Map.entry("nl", DutchAnalyzer::new), Map.entry("no", NorwegianAnalyzer::new),
            Map.entry("nb", NorwegianAnalyzer::new), Map.entry("nn", NorwegianAnalyzer::new),
            Map.entry("pl", PolishAnalyzer::new),
            Map.entry("pt", PortugueseAnalyzer::new), Map.entry("ro", RomanianAnalyzer::new),
            Map.entry("ru", RussianAnalyzer::new), Map.entry("sr", SerbianAnalyzer::new),
            Map.entry("sv", SwedishAnalyzer::new), Map.entry("ta", TamilAnalyzer::new),
            Map.entry("te", TeluguAnalyzer::new), Map.entry("th", ThaiAnalyzer::new),
            Map.entry("tr", TurkishAnalyzer::new),
            // Chinese, Japanese and Korean: overlapping character bigrams, Lucene's language-agnostic choice
            // words from a dictionary segmenter each, where character pairs cut across words ("些公", "てい")
            Map.entry("zh", SmartChineseAnalyzer::new), Map.entry("ja", JapaneseAnalyzer::new),
            Map.entry("ko", KoreanAnalyzer::new));

    private LanguageAnalyzers() {
    }

    /** The codes with a language-specific analyzer. */
    static java.util.Set<String> codes() {
        return BY_CODE.keySet();
    }

    /** The canonical code for {@code language}: lowercase, region dropped ("en-GB" is "en"); null or blank is "und". */
    static String canonical(String language) {
        if (language == null || language.isBlank()) {
            return TextAnalyzer.NEUTRAL;
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        return dash > 0 ? code.substring(0, dash) : code;
    }

    static Analyzer create(String code) {
        Supplier<Analyzer> supplier = BY_CODE.get(code);
        return supplier == null ? neutral() : supplier.get();
    }

    static Analyzer neutral() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream result = new LowerCaseFilter(source);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    private static CharArraySet snowballStopWords(String file) {
        try (InputStream in = org.apache.lucene.analysis.snowball.SnowballFilter.class
                .getResourceAsStream("/org/apache/lucene/analysis/snowball/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Lucene stop word list missing: " + file);
            }
            return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(
                    new java.io.InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
