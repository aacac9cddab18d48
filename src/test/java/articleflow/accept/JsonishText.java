package articleflow.accept;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Raw record values for fuzzing accept: JSON, nearly JSON and not JSON at all, shaped both like what publishers
 * send (an article object whose fields are mostly of the right type) and like what breaks parsers (deep
 * nesting, huge numbers, duplicate keys, raw control characters, lone surrogate escapes, byte order marks,
 * truncated or re-encoded bytes).
 */
final class JsonishText {

    static final List<String> FIELDS = List.of("id", "source", "url", "title", "body", "content_type",
            "published_at", "language", "section", "authors", "tags", "updated_at");

    /** A few ids shared by keys and values, so that keys and ids agree often enough to be accepted. */
    static final List<String> IDS = List.of("a1", "k", "kim-russia-train", "https://h.example/a1", "\u00E9t\u00E9-42");

    /** How a string's characters are written inside its quotes. */
    enum Escaping {
        /** Controls and lone surrogates escaped, the rest written as is: what a JSON writer does. */
        STANDARD,
        /** Everything outside ASCII as a backslash-u escape, surrogate pairs as two escapes. */
        ASCII_ONLY,
        /** Control characters written raw, which JSON forbids. */
        RAW_CONTROLS
    }

    private JsonishText() {
    }

    // ---- whole values -------------------------------------------------------------------------------------

    /**
     * How often a field strays from its type and an article from the rules: {@code TAME} articles are mostly
     * acceptable, so that what accept lets through gets checked; {@code WILD} ones mostly are not.
     */
    enum Chaos {
        TAME(1), WILD(12);

        final int weight;

        Chaos(int weight) {
            this.weight = weight;
        }
    }

    /** A record value: mostly article-like objects, the rest anything from random bytes to deep nesting. */
    static Arbitrary<byte[]> values() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, articles(Chaos.WILD).map(JsonishText::utf8)),
                Tuple.of(2, mutated(articles(Chaos.TAME))),
                Tuple.of(2, anyJson(3, Chaos.WILD).map(JsonishText::utf8)),
                Tuple.of(1, deepNesting().map(JsonishText::utf8)),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(300)));
    }

    /** An article-like object: the known fields, each mostly of its own type, plus unknown and repeated members. */
    static Arbitrary<String> articles(Chaos chaos) {
        List<Arbitrary<String>> members = new ArrayList<>();
        for (String field : FIELDS) {
            double presence = field.equals("source") || field.equals("body") ? 0.97 : 0.5;
            members.add(Arbitraries.frequencyOf(
                            Tuple.of(100, fieldValue(field, chaos)),
                            Tuple.of(chaos.weight, anyJson(2, chaos)))
                    .map(value -> quote(field, Escaping.STANDARD) + ":" + value)
                    .optional(presence)
                    .map(member -> member.orElse("")));
        }
        Arbitrary<List<String>> extras = Arbitraries.frequencyOf(
                        Tuple.of(30, Combinators.combine(names(chaos), anyJson(2, chaos))
                                .as((name, value) -> name + ":" + value)),
                        // a known field sent twice: strict parsing refuses the record
                        Tuple.of(chaos.weight, Combinators.combine(Arbitraries.of(FIELDS), anyJson(1, chaos))
                                .as((name, value) -> quote(name, Escaping.STANDARD) + ":" + value)),
                        Tuple.of(chaos.weight, deepNesting().map(nested -> "\"nested\":" + nested)))
                .list().ofMaxSize(3);
        return Combinators.combine(Combinators.combine(members).as(list -> list), extras, Arbitraries.of("", " ", "\n\t"))
                .as((known, more, space) -> {
                    List<String> all = new ArrayList<>();
                    known.stream().filter(member -> !member.isEmpty()).forEach(all::add);
                    all.addAll(more);
                    return "{" + space + String.join("," + space, all) + space + "}";
                });
    }

    /** Bytes around an article that a parser must survive: a BOM, another encoding, a cut, stray bytes. */
    private static Arbitrary<byte[]> mutated(Arbitrary<String> json) {
        return Combinators.combine(json, Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 10_000),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4)).as((text, how, at, stray) -> {
                    byte[] bytes = utf8(text);
                    int cut = bytes.length == 0 ? 0 : at % bytes.length;
                    return switch (how) {
                        case 0 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
                        case 1 -> text.getBytes(StandardCharsets.UTF_16); // with its own BOM
                        case 2 -> text.getBytes(StandardCharsets.UTF_16LE);
                        case 3 -> java.util.Arrays.copyOf(bytes, cut);
                        case 4 -> concat(java.util.Arrays.copyOf(bytes, cut), concat(stray,
                                java.util.Arrays.copyOfRange(bytes, cut, bytes.length)));
                        case 5 -> concat(bytes, utf8(" {\"source\":\"again\"}"));
                        case 6 -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, bytes); // a UTF-16 BOM on UTF-8
                        default -> concat(bytes, stray);
                    };
                });
    }

    /** Arrays or objects nested far beyond what any article needs, sometimes left unclosed. */
    static Arbitrary<String> deepNesting() {
        return Combinators.combine(Arbitraries.integers().between(1, 3_000), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as((depth, arrays, closed) -> {
                    String open = arrays ? "[" : "{\"a\":";
                    String close = arrays ? "]" : "}";
                    return open.repeat(depth) + "1" + (closed ? close.repeat(depth) : close.repeat(depth / 2));
                });
    }

    /** Any JSON value (or, as often as chaos says, a near miss) to the given depth. */
    static Arbitrary<String> anyJson(int depth, Chaos chaos) {
        Arbitrary<String> scalar = Arbitraries.frequencyOf(
                Tuple.of(30, stringLiteral(text(), chaos)),
                Tuple.of(20, numbers(chaos)),
                Tuple.of(10, Arbitraries.of("true", "false", "null")),
                Tuple.of(chaos.weight, Arbitraries.of("TRUE", "nul", "undefined", "'single'", "")));
        if (depth <= 0) {
            return scalar;
        }
        Arbitrary<String> inner = anyJson(depth - 1, chaos);
        return Arbitraries.frequencyOf(
                Tuple.of(4, scalar),
                Tuple.of(1, inner.list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]")),
                Tuple.of(1, Combinators.combine(names(chaos), inner).as((name, value) -> name + ":" + value)
                        .list().ofMaxSize(4).map(members -> "{" + String.join(",", members) + "}")));
    }

    // ---- fields -------------------------------------------------------------------------------------------

    static Arbitrary<String> fieldValue(String field, Chaos chaos) {
        return switch (field) {
            case "id" -> stringOr(chaos, Arbitraries.of(IDS), Arbitraries.oneOf(text(), longText(FieldLimits.ID_BYTES)));
            case "url" -> stringOr(chaos, urls(), urls());
            case "source" -> stringOr(chaos, Arbitraries.of("herald", "example-news", "\u00E9ditions"),
                    Arbitraries.oneOf(Arbitraries.of("", " "), text(), longText(FieldLimits.SOURCE_BYTES)));
            case "title" -> stringOr(chaos, text(), longChars(FieldLimits.TITLE_CHARS));
            case "body" -> stringOr(chaos, bodies(), bodies());
            case "content_type" -> stringOr(chaos, Arbitraries.of("text/plain", "text/html", "text/html; charset=utf-8",
                    "TEXT/HTML", " text/plain ", "application/xhtml+xml"), Arbitraries.oneOf(Arbitraries.of(
                    "application/json", "text/markdown", "", " ", ";", "text/"), longText(FieldLimits.SHORT_TEXT_BYTES)));
            case "published_at", "updated_at" -> stringOr(chaos, times(1), times(chaos.weight));
            case "language", "section" -> stringOr(chaos, Arbitraries.of("en", "de", "world", ""),
                    Arbitraries.oneOf(text(), longText(FieldLimits.SHORT_TEXT_BYTES)));
            case "authors", "tags" -> lists(chaos);
            default -> anyJson(2, chaos);
        };
    }

    /**
     * A string literal, mostly of the usual content, sometimes of odd content (which may break a limit), and
     * as often as chaos says of another type: a number, a boolean, null, a list or an object.
     */
    private static Arbitrary<String> stringOr(Chaos chaos, Arbitrary<String> usual, Arbitrary<String> odd) {
        return Arbitraries.frequencyOf(
                Tuple.of(100, stringLiteral(usual, chaos)),
                Tuple.of(12, stringLiteral(odd, chaos)),
                Tuple.of(3, Arbitraries.of("null")),
                Tuple.of(chaos.weight, numbers(chaos)),
                Tuple.of(chaos.weight, Arbitraries.of("true", "false", "{}", "[]", "[\"a\"]", "{\"x\":1}")));
    }

    private static Arbitrary<String> lists(Chaos chaos) {
        Arbitrary<String> entry = Arbitraries.frequencyOf(
                Tuple.of(100, stringLiteral(text(), chaos)),
                Tuple.of(4, stringLiteral(longText(FieldLimits.SHORT_TEXT_BYTES), chaos)),
                Tuple.of(chaos.weight, Arbitraries.of("null", "1", "true", "{}", "[]")));
        Arbitrary<Integer> sizes = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.integers().between(0, 4)),
                Tuple.of(1, Arbitraries.integers().between(FieldLimits.LIST_ENTRIES - 2, FieldLimits.LIST_ENTRIES + 2)));
        return Arbitraries.frequencyOf(
                Tuple.of(40, sizes.flatMap(size -> entry.list().ofSize(size)).map(items -> "[" + String.join(",", items) + "]")),
                // a lone string where a list is expected: read as a list of one
                Tuple.of(4, stringLiteral(text(), chaos)),
                Tuple.of(2, Arbitraries.of("null")),
                Tuple.of(chaos.weight, Arbitraries.of("1", "{}", "[[\"a\"]]")));
    }

    static Arbitrary<String> urls() {
        return Arbitraries.oneOf(
                Arbitraries.of("https://h.example/a1", "http://h.example/x?y=1&z=%20", "javascript:alert(1)",
                        "JaVaScRiPt:alert(document.cookie)", " javascript:void(0)", "data:text/html,<script>alert(1)</script>",
                        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox", "//h.example/a",
                        "ftp://h.example/f", "", " "),
                text().map(path -> "https://h.example/" + path),
                longText(FieldLimits.URL_BYTES).map(path -> "https://h.example/" + path));
    }

    private static Arbitrary<String> bodies() {
        return Arbitraries.oneOf(
                text(),
                Arbitraries.of("<p>Hello</p>", "<html><body><p>Hi</p></body></html>", "<script>alert(1)</script><p>x</p>",
                        "Plain text.\n\nTwo paragraphs.", ""),
                // around the small body limits the properties use
                Arbitraries.integers().between(0, 5_000).map("b"::repeat),
                Arbitraries.integers().between(0, 2_000).map("\u00E9"::repeat));
    }

    /**
     * ISO-8601 times and near misses: years from far before to far after what epoch millis can hold, the three
     * forms accept reads (offset date-time, local date-time, date), impossible dates, offsets out of range.
     */
    static Arbitrary<String> times(int oddWeight) {
        Arbitrary<Integer> years = Arbitraries.frequencyOf(
                Tuple.of(24, Arbitraries.integers().between(1900, 2100)),
                Tuple.of(2, Arbitraries.integers().between(-999_999_999, 999_999_999)),
                Tuple.of(2, Arbitraries.of(-999_999_999, 999_999_999, 292_278_994, 292_278_995, -292_275_055,
                        -292_275_056, 0, -1, 9_999, 10_000, 1_000_000_000)));
        Arbitrary<String> offsets = Arbitraries.of("Z", "z", "+00:00", "+02:00", "-05:30", "+18:00", "-18:00", "+19:00",
                "+0200", "");
        Arbitrary<Integer> months = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.integers().between(1, 12)),
                Tuple.of(oddWeight, Arbitraries.of(0, 13)));
        Arbitrary<Integer> days = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.integers().between(1, 28)),
                Tuple.of(oddWeight, Arbitraries.of(0, 29, 30, 31, 32)));
        Arbitrary<Integer> hours = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.integers().between(0, 23)),
                Tuple.of(oddWeight, Arbitraries.of(24, 99)));
        Arbitrary<String> formatted = Combinators.combine(years, months, days, hours, offsets,
                Arbitraries.integers().between(0, 3), Arbitraries.of("", ".5", ".123456789", ".1234567891"))
                .as((year, month, day, hour, offset, form, fraction) -> {
                    String date = year(year) + "-" + two(month) + "-" + two(day);
                    String time = date + "T" + two(hour) + ":30:00" + fraction;
                    return switch (form) {
                        case 0 -> time + offset;
                        case 1 -> time;
                        case 2 -> date;
                        default -> " " + time + offset + " ";
                    };
                });
        return Arbitraries.frequencyOf(
                Tuple.of(50, formatted),
                Tuple.of(oddWeight, Arbitraries.of("yesterday", "2024-05-01 10:00", "1714557600", "", " ",
                        "2024-05-01T10:00:00Z".repeat(4))),
                Tuple.of(oddWeight, text()));
    }

    private static String year(int year) {
        if (year > 9_999) {
            return "+" + year;
        }
        if (year < 0) {
            return "-" + String.format("%04d", -(long) year);
        }
        return String.format("%04d", year);
    }

    private static String two(int n) {
        return String.format("%02d", n);
    }

    // ---- strings ------------------------------------------------------------------------------------------

    /** Member names other than the known fields: near misses, anything at all, and unquoted ones. */
    static Arbitrary<String> names(Chaos chaos) {
        return Arbitraries.frequencyOf(
                Tuple.of(60, Arbitraries.of("ID", "Source", "contentType", "publishedAt", "", "__proto__", "body ")
                        .map(name -> quote(name, Escaping.STANDARD))),
                Tuple.of(2 * chaos.weight, stringLiteral(text(), chaos)),
                Tuple.of(chaos.weight, Arbitraries.of("source", "'body'", "1")));
    }

    /**
     * A string literal, quotes included, with the content written one of the {@link Escaping} ways, and as often
     * as chaos says raw controls or an escape a parser must refuse.
     */
    static Arbitrary<String> stringLiteral(Arbitrary<String> content, Chaos chaos) {
        return Arbitraries.frequencyOf(
                Tuple.of(100, content.map(s -> quote(s, Escaping.STANDARD))),
                Tuple.of(20, content.map(s -> quote(s, Escaping.ASCII_ONLY))),
                Tuple.of(chaos.weight, content.map(s -> quote(s, Escaping.RAW_CONTROLS))),
                Tuple.of(chaos.weight, Arbitraries.of("\"\\x41\"", "\"\\u12\"", "\"\\uD800\"", "\"\\uDC00\\uD800\"",
                        "\"\\uD83D\\uDE00\"", "\"\\u0000\"", "\"unterminated", "\"a\\\"", "\"\\/\"")));
    }

    /**
     * Text for field contents: words, any characters at all (lone surrogates included), and the characters that
     * break text handling: controls (C0, C1, DEL), BOMs, zero-width and direction marks, combining marks,
     * right-to-left scripts, emoji.
     */
    static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().alpha().numeric().withChars(" -.:/").ofMaxLength(30)),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(30)),
                Tuple.of(2, Arbitraries.strings()
                        .withChars("\u0000\u0007\u001F\u007F\u0085\u009F\uFEFF\u200B\u200D\u202E\u2028\uD800\uDBFF\uDC00"
                                + "\uDFFF\u00E9\u0301 \t\n\r<>&\"\\/\u05D0\u0627")
                        .withChars("\uD83D\uDE00").ofMaxLength(30)),
                Tuple.of(1, Arbitraries.of("\uD83D\uDC69\u200D\uD83D\uDCBB", "\u0645\u0631\u062D\u0628\u0627",
                        "\u05E9\u05DC\u05D5\u05DD", "e\u0301\u0301\u0301", "\uD83C\uDDFA\uD83C\uDDE6", "  ", "")));
    }

    /** Strings around a byte limit: ASCII, two-byte and four-byte characters, a little under and a little over. */
    static Arbitrary<String> longText(int limitBytes) {
        return Combinators.combine(Arbitraries.of("a", "\u00E9", "\u20AC", "\uD83D\uDE00"),
                Arbitraries.integers().between(-3, 3)).as((unit, delta) -> {
                    int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
                    return unit.repeat(Math.max(0, limitBytes / unitBytes + delta));
                });
    }

    /** Strings around a character limit. */
    static Arbitrary<String> longChars(int limitChars) {
        return Arbitraries.integers().between(limitChars - 3, limitChars + 3).map("t"::repeat);
    }

    /** Numbers, huge ones among them (longer than a parser reads), and as often as chaos says near misses. */
    private static Arbitrary<String> numbers(Chaos chaos) {
        return Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.integers().map(String::valueOf)),
                Tuple.of(5, Arbitraries.of("-0", "1e999999", "-1.5E-400", "0.1", "9223372036854775808")),
                Tuple.of(3, Arbitraries.integers().between(1, 3_000).map(digits -> "1" + "0".repeat(digits))),
                Tuple.of(2, Arbitraries.integers().between(1, 3_000).map(digits -> "0." + "3".repeat(digits))),
                Tuple.of(chaos.weight, Arbitraries.of("01", "1.", ".5", "+1", "NaN", "Infinity", "-", "0x1F")));
    }

    /** Writes {@code s} as a JSON string literal. */
    static String quote(String s, Escaping escaping) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                if (escaping == Escaping.RAW_CONTROLS) {
                    out.append(c);
                } else {
                    out.append(unicodeEscape(c));
                }
            } else if (escaping == Escaping.ASCII_ONLY && c > 0x7E) {
                out.append(unicodeEscape(c));
            } else if (Character.isSurrogate(c) && !pair && !(i > 0 && Character.isLowSurrogate(c)
                    && Character.isHighSurrogate(s.charAt(i - 1)))) {
                // a lone surrogate has no UTF-8 form: only its escape carries it
                out.append(unicodeEscape(c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String unicodeEscape(char c) {
        return "\\u" + HexFormat.of().toHexDigits(c);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
