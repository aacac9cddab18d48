package articleflow.normalize;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns a web page's bytes into text with the charset the page declares, as a browser would: a byte-order
 * mark first, then the charset the transport named (an HTTP header), then a {@code <meta charset>},
 * {@code <meta http-equiv="Content-Type">} or XML declaration near the top of the page, else UTF-8.
 * Bytes that are not valid in the chosen charset become U+FFFD; decoding never fails.
 */
public final class PageDecoder {

    /** Browsers look for the declaration in the first 1024 bytes; pages with long heads put it later. */
    static final int PRESCAN_BYTES = 8 * 1024;

    private PageDecoder() {
    }

    /** The page's text, in the charset it declares, else UTF-8. */
    public static String decode(byte[] page) {
        return decode(page, null);
    }

    /**
     * The page's text; {@code transportCharset} (say, from the HTTP Content-Type header, may be null) wins
     * over what the page itself declares, but not over a byte-order mark.
     */
    public static String decode(byte[] page, String transportCharset) {
        if (page == null) {
            throw new IllegalArgumentException("page must not be null");
        }
        Charset bom = byteOrderMark(page);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new String(page, skip, page.length - skip, bom);
        }
        Charset charset = charsetFor(transportCharset);
        if (charset == null) {
            charset = charsetFor(declaredCharset(page));
            if (charset != null && charset.name().startsWith("UTF-16")) {
                // a declaration readable as ASCII cannot be UTF-16: the page is mislabelled, browsers read UTF-8
                charset = StandardCharsets.UTF_8;
            }
        }
        return new String(page, charset == null ? StandardCharsets.UTF_8 : charset);
    }

    private static Charset byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * The charset label in the first {@link #PRESCAN_BYTES} bytes, or null: the first {@code charset=} inside a
     * {@code <meta>} tag, or the {@code encoding} of an XML declaration. A plain scan, linear in the window.
     */
    static String declaredCharset(byte[] page) {
        int n = Math.min(page.length, PRESCAN_BYTES);
        // ASCII-compatible charsets spell the declaration in ASCII, so one byte is one char here
        String head = new String(page, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.startsWith("<?xml")) {
            int end = head.indexOf("?>");
            String label = valueAfter(head, "encoding", 0, end < 0 ? n : end);
            if (label != null) {
                return label;
            }
        }
        for (int meta = nextMeta(head, 0); meta >= 0; meta = nextMeta(head, meta + 5)) {
            int end = head.indexOf('>', meta);
            if (end < 0) {
                return null;
            }
            String label = valueAfter(head, "charset", meta, end);
            if (label != null) {
                return label;
            }
        }
        return null;
    }

    /** The next {@code <meta} at or after {@code from} outside a comment (a commented-out tag declares nothing). */
    private static int nextMeta(String head, int from) {
        int at = from;
        while (true) {
            int meta = head.indexOf("<meta", at);
            int comment = head.indexOf("<!--", at);
            if (meta < 0 || comment < 0 || meta < comment) {
                return meta;
            }
            int closed = head.indexOf("-->", comment + 4);
            if (closed < 0) {
                return -1;
            }
            at = closed + 3;
        }
    }

    /** The token after {@code name}, spaces, {@code =}, spaces and an optional quote, within [from, to). */
    private static String valueAfter(String head, String name, int from, int to) {
        int at = head.indexOf(name, from);
        if (at < 0 || at >= to) {
            return null;
        }
        int i = at + name.length();
        while (i < to && head.charAt(i) == ' ') {
            i++;
        }
        if (i >= to || head.charAt(i) != '=') {
            return null;
        }
        i++;
        while (i < to && (head.charAt(i) == ' ' || head.charAt(i) == '"' || head.charAt(i) == '\'')) {
            i++;
        }
        int start = i;
        while (i < to && isLabelChar(head.charAt(i))) {
            i++;
        }
        return i > start ? head.substring(start, i) : null;
    }

    private static boolean isLabelChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':';
    }

    /**
     * The charset a label names, as the WHATWG Encoding standard reads the common labels: Latin-1 and ASCII
     * mean windows-1252, GB2312 means GBK, ISO-8859-8-I is ISO-8859-8. Null for unknown labels.
     */
    static Charset charsetFor(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.strip().toLowerCase(Locale.ROOT);
        switch (l) {
            case "iso-8859-1", "iso8859-1", "iso8859_1", "iso_8859-1", "latin1", "l1", "us-ascii", "ascii",
                    "windows-1252", "cp1252", "x-cp1252" -> l = "windows-1252";
            case "gb2312", "x-gbk", "gb_2312-80", "chinese" -> l = "gbk";
            case "utf8" -> l = "utf-8";
            // the visual and logical orders of Hebrew and Arabic: the same bytes, labels Java does not know
            case "iso-8859-8-i", "iso-8859-8-e", "csiso88598i", "csiso88598e", "logical", "visual" -> l = "iso-8859-8";
            case "iso-8859-6-i", "iso-8859-6-e", "csiso88596i", "csiso88596e" -> l = "iso-8859-6";
            default -> {
            }
        }
        try {
            return Charset.forName(l);
        } catch (IllegalArgumentException unknown) {
            // an unknown or unsupported label, as in "charset=none": fall through to the next source
            return null;
        }
    }
}
