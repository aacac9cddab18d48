package articleflow.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** How {@link PageDecoder} finds the charset: byte-order marks, labels, and the declaration scan, each exactly. */
class PageDecoderDeclarationTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void shouldRejectANullPage() {
        assertThatThrownBy(() -> PageDecoder.decode(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("page must not be null");
    }

    @Test
    void shouldDecodeUtf16ByItsByteOrderMarkAndDropTheMark() {
        String text = "<p>Grüße</p>";
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));

        assertThat(PageDecoder.decode(be)).isEqualTo(text);
        assertThat(PageDecoder.decode(le)).isEqualTo(text);
        assertThat(PageDecoder.decode(le, "windows-1252")).isEqualTo(text);
    }

    @Test
    void shouldNotMistakePartialOrShortByteOrderMarks() {
        assertThat(PageDecoder.decode(new byte[] {})).isEmpty();
        assertThat(PageDecoder.decode(new byte[] {'a'})).isEqualTo("a");
        assertThat(PageDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB})).isEqualTo("\uFFFD");
        assertThat(PageDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, 'a'}, "windows-1252")).isEqualTo("ï»a");
        assertThat(PageDecoder.decode(new byte[] {(byte) 0xEF, 'a', (byte) 0xBF}, "windows-1252")).isEqualTo("ïa¿");
        assertThat(PageDecoder.decode(new byte[] {'a', (byte) 0xBB, (byte) 0xBF}, "windows-1252")).isEqualTo("a»¿");
        assertThat(PageDecoder.decode(new byte[] {(byte) 0xFE, 'a'}, "windows-1252")).isEqualTo("þa");
        assertThat(PageDecoder.decode(new byte[] {'a', (byte) 0xFF}, "windows-1252")).isEqualTo("aÿ");
        assertThat(PageDecoder.decode(new byte[] {(byte) 0xFF, 'a'}, "windows-1252")).isEqualTo("ÿa");
        assertThat(PageDecoder.decode(new byte[] {'a', (byte) 0xFE}, "windows-1252")).isEqualTo("aþ");
        assertThat(PageDecoder.decode(new byte[] {(byte) 0xFE})).isEqualTo("\uFFFD");
        assertThat(PageDecoder.decode(new byte[] {(byte) 0xFF})).isEqualTo("\uFFFD");
    }

    @Test
    void shouldMapCommonLabelsAsTheEncodingStandardDoes() {
        Charset windows1252 = Charset.forName("windows-1252");
        for (String label : new String[] {"iso-8859-1", "ISO8859-1", "iso8859_1", "iso_8859-1", "latin1", "l1",
                "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252", " Latin1 "}) {
            assertThat(PageDecoder.charsetFor(label)).as(label).isEqualTo(windows1252);
        }
        for (String label : new String[] {"gb2312", "x-gbk", "gb_2312-80", "chinese", "GBK"}) {
            assertThat(PageDecoder.charsetFor(label)).as(label).isEqualTo(Charset.forName("GBK"));
        }
        assertThat(PageDecoder.charsetFor("utf8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(PageDecoder.charsetFor("UTF-8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(PageDecoder.charsetFor("shift_jis")).isEqualTo(Charset.forName("Shift_JIS"));
        assertThat(PageDecoder.charsetFor(null)).isNull();
        assertThat(PageDecoder.charsetFor("")).isNull();
        assertThat(PageDecoder.charsetFor("   ")).isNull();
        assertThat(PageDecoder.charsetFor("none")).isNull();
        assertThat(PageDecoder.charsetFor("bad label!")).isNull();
    }

    @Test
    void shouldFindTheCharsetInAMetaTag() {
        assertThat(PageDecoder.declaredCharset(ascii("<meta charset=utf-8>"))).isEqualTo("utf-8");
        assertThat(PageDecoder.declaredCharset(ascii("<META CHARSET = 'KOI8-R'>"))).isEqualTo("koi8-r");
        assertThat(PageDecoder.declaredCharset(ascii("<meta charset=\"x_y.z:1\">"))).isEqualTo("x_y.z:1");
        assertThat(PageDecoder.declaredCharset(ascii(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"))).isEqualTo("shift_jis");
        assertThat(PageDecoder.declaredCharset(ascii("<meta charset=\"utf-8\"/>"))).isEqualTo("utf-8");
    }

    @Test
    void shouldSkipMetaTagsWithoutACharsetAndTakeTheFirstThatHasOne() {
        String page = "<meta name=\"viewport\" content=\"width=device-width\">"
                + "<meta charset=\"iso-8859-2\"><meta charset=\"utf-8\">";

        assertThat(PageDecoder.declaredCharset(ascii(page))).isEqualTo("iso-8859-2");
    }

    @Test
    void shouldFindNoCharsetWhereNoneIsDeclaredInsideAMetaTag() {
        assertThat(PageDecoder.declaredCharset(ascii(""))).isNull();
        assertThat(PageDecoder.declaredCharset(ascii("<p>charset=utf-8</p>"))).isNull();
        assertThat(PageDecoder.declaredCharset(ascii("<meta name=x><p>charset=utf-8</p>"))).isNull();
        assertThat(PageDecoder.declaredCharset(ascii("<meta charset=\"utf-8\""))).isNull();
        assertThat(PageDecoder.declaredCharset(ascii("<meta charset>"))).isNull();
        assertThat(PageDecoder.declaredCharset(ascii("<meta charset"))).isNull();
        assertThat(PageDecoder.declaredCharset(ascii("<meta charset  x=utf-8>"))).isNull();
        assertThat(PageDecoder.declaredCharset(ascii("<meta charset=>"))).isNull();
        assertThat(PageDecoder.declaredCharset(ascii("<meta charset=\"\">"))).isNull();
        assertThat(PageDecoder.declaredCharset(ascii("<meta charset= \"#\">"))).isNull();
        assertThat(PageDecoder.declaredCharset(ascii("<meta charset=  "))).isNull();
    }

    @Test
    void shouldReadTheEncodingOfAnXmlDeclarationOnlyAtTheStart() {
        assertThat(PageDecoder.declaredCharset(ascii("<?xml version=\"1.0\" encoding='windows-1250'?><a/>")))
                .isEqualTo("windows-1250");
        assertThat(PageDecoder.declaredCharset(ascii("<?xml version=\"1.0\" encoding=\"koi8-r\""))).isEqualTo("koi8-r");
        // an encoding after the declaration's end is not the declaration's
        assertThat(PageDecoder.declaredCharset(ascii("<?xml version=\"1.0\"?><a encoding=\"koi8-r\"/>"))).isNull();
        assertThat(PageDecoder.declaredCharset(ascii("<?xml version=\"1.0\"?><meta charset=\"koi8-r\">")))
                .isEqualTo("koi8-r");
        assertThat(PageDecoder.declaredCharset(ascii(" <?xml version=\"1.0\" encoding=\"koi8-r\"?>"))).isNull();
    }

    @Test
    void shouldScanExactlyThePrescanWindow() {
        String meta = "<meta charset=\"koi8-r\">";
        String inside = "x".repeat(PageDecoder.PRESCAN_BYTES - meta.length()) + meta;
        String outside = "x".repeat(PageDecoder.PRESCAN_BYTES - meta.length() + 1) + meta;

        assertThat(PageDecoder.declaredCharset(ascii(inside))).isEqualTo("koi8-r");
        assertThat(PageDecoder.declaredCharset(ascii(outside))).isNull();
    }

    @Test
    void shouldDecodeByTheDeclaredCharsetUnlessTheTransportNamesOne() {
        String page = "<meta charset=\"koi8-r\"><p>Привет</p>";
        byte[] koi8 = page.getBytes(Charset.forName("KOI8-R"));

        assertThat(PageDecoder.decode(koi8)).isEqualTo(page);
        assertThat(PageDecoder.decode(koi8, "koi8-r")).isEqualTo(page);
        assertThat(PageDecoder.decode(koi8, "no-such-charset")).isEqualTo(page);
        assertThat(PageDecoder.decode(koi8, "  ")).isEqualTo(page);
        assertThat(PageDecoder.decode(page.getBytes(StandardCharsets.UTF_8), "utf-8")).isEqualTo(page);
    }

    @Test
    void shouldReadUtf16LeAndBeDeclarationsAsUtf8() {
        String page = "<meta charset=\"utf-16le\"><p>Grüße</p>";

        assertThat(PageDecoder.decode(page.getBytes(StandardCharsets.UTF_8))).isEqualTo(page);
        assertThat(PageDecoder.decode(page.replace("utf-16le", "utf-16be").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(page.replace("utf-16le", "utf-16be"));
    }

    @Test
    void shouldDecodeAPageThatIsOnlyAByteOrderMarkAsEmpty() {
        assertThat(PageDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).isEmpty();
        assertThat(PageDecoder.decode(new byte[] {(byte) 0xFE, (byte) 0xFF})).isEmpty();
        assertThat(PageDecoder.decode(new byte[] {(byte) 0xFF, (byte) 0xFE})).isEmpty();
    }

    @Test
    void shouldReadAnXmlDeclarationCutOffAtTheEndOfThePage() {
        assertThat(PageDecoder.declaredCharset(ascii("<?xml version=\"1.0\" encoding"))).isNull();
        assertThat(PageDecoder.declaredCharset(ascii("<?xml version=\"1.0\" encoding  "))).isNull();
        assertThat(PageDecoder.declaredCharset(ascii("<?xml version=\"1.0\" encoding="))).isNull();
        assertThat(PageDecoder.declaredCharset(ascii("<?xml version=\"1.0\" encoding=\""))).isNull();
        assertThat(PageDecoder.declaredCharset(ascii("<?xml version=\"1.0\" encoding=utf-8"))).isEqualTo("utf-8");
    }

    @Test
    void shouldReadLabelsOfLettersDigitsAndPunctuation() {
        assertThat(PageDecoder.declaredCharset(ascii("<meta charset=az09-_.:>"))).isEqualTo("az09-_.:");
        assertThat(PageDecoder.declaredCharset(ascii("<meta charset=a/b>"))).isEqualTo("a");
        assertThat(PageDecoder.declaredCharset(ascii("<meta charset=z9>"))).isEqualTo("z9");
        assertThat(PageDecoder.declaredCharset(ascii("<meta charset=0a>"))).isEqualTo("0a");
    }
}
