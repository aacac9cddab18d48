package articleflow.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PageDecoderTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset ISO_8859_2 = Charset.forName("ISO-8859-2");

    @Test
    void shouldDecodeAWindows1252PageByItsMetaCharset() {
        String page = "<html><head><meta charset=\"windows-1252\"><title>Café</title></head>"
                + "<body><p>Crème brûlée – “à la carte” for €5</p></body></html>";

        assertThat(PageDecoder.decode(page.getBytes(WINDOWS_1252))).isEqualTo(page);
    }

    @Test
    void shouldDecodeAnIso88592PageByItsHttpEquivContentType() {
        String page = "<html><head>\n<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=ISO-8859-2'>\n</head>"
                + "<body><p>Żółć, łódź i gęś: ąęćłńóśźż ĄĘĆŁŃÓŚŹŻ</p></body></html>";

        assertThat(PageDecoder.decode(page.getBytes(ISO_8859_2))).isEqualTo(page);
    }

    @Test
    void shouldSkipACommentedOutDeclaration() {
        String page = "<html><head><!-- <meta charset=\"utf-8\"> --><meta charset=\"windows-1252\"></head>"
                + "<body><p>Straße in Köln</p></body></html>";

        assertThat(PageDecoder.decode(page.getBytes(WINDOWS_1252))).isEqualTo(page);
    }

    @Test
    void shouldReadTheLogicalOrderHebrewLabelAsIso88598() {
        String page = "<html><head><meta charset=\"iso-8859-8-i\"></head><body><p>שלום עולם</p></body></html>";

        assertThat(PageDecoder.decode(page.getBytes(Charset.forName("ISO-8859-8")))).isEqualTo(page);
    }

    @Test
    void shouldReadLatin1AsWindows1252AsBrowsersDo() {
        // 0x93 and 0x94 are quotation marks in windows-1252 and control characters in ISO-8859-1
        String page = "<meta http-equiv=\"content-type\" content=\"text/html;charset=iso-8859-1\"><p>“quoted”</p>";

        assertThat(PageDecoder.decode(page.getBytes(WINDOWS_1252))).contains("“quoted”");
    }

    @Test
    void shouldPreferTheByteOrderMarkThenTheTransportCharsetOverTheMetaCharset() {
        String page = "<meta charset=\"iso-8859-2\"><p>Grüße</p>";
        byte[] utf8 = page.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);

        assertThat(PageDecoder.decode(withBom)).isEqualTo(page);
        assertThat(PageDecoder.decode(withBom, "windows-1252")).isEqualTo(page);
        assertThat(PageDecoder.decode(utf8, "utf-8")).isEqualTo(page);
        assertThat(PageDecoder.decode(page.getBytes(WINDOWS_1252), "cp1252")).isEqualTo(page);
    }

    @Test
    void shouldFallBackToUtf8WithReplacementCharacters() {
        byte[] page = {'<', 'p', '>', 'a', (byte) 0xFF, 'b', '<', '/', 'p', '>'};

        assertThat(PageDecoder.decode(page)).isEqualTo("<p>a\uFFFDb</p>");
        assertThat(PageDecoder.decode("<meta charset=\"no-such-charset\"><p>ü</p>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("<meta charset=\"no-such-charset\"><p>ü</p>");
    }

    @Test
    void shouldIgnoreADeclarationBeyondThePrescanWindowAndReadXmlDeclarations() {
        String late = "<!--" + "x".repeat(PageDecoder.PRESCAN_BYTES) + "--><meta charset=\"windows-1252\"><p>é</p>";
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><html><p>ł</p></html>";

        assertThat(PageDecoder.decode(late.getBytes(StandardCharsets.UTF_8))).endsWith("<p>é</p>");
        assertThat(PageDecoder.decode(xml.getBytes(ISO_8859_2))).isEqualTo(xml);
    }

    @Test
    void shouldReadAPageThatClaimsUtf16InAsciiAsUtf8() {
        String page = "<meta charset=\"utf-16\"><p>Grüße</p>";

        assertThat(PageDecoder.decode(page.getBytes(StandardCharsets.UTF_8))).isEqualTo(page);
    }
}
