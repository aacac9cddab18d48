package articleflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void shouldQuoteAndEscapeWhatCouldForgeALineOrReachATerminal() {
        assertThat(LogSafe.quote("kim\nINFO forged line")).isEqualTo("\"kim\\u000aINFO forged line\"");
        assertThat(LogSafe.quote("red\u001b[31m")).isEqualTo("\"red\\u001b[31m\"");
        assertThat(LogSafe.quote("a\u202eb")).isEqualTo("\"a\\u202eb\"");
        assertThat(LogSafe.quote("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
        assertThat(LogSafe.quote(null)).isEqualTo("null");
    }

    @Test
    void shouldCutALongValueAndSayHowLongItWas() {
        String quoted = LogSafe.quote("2".repeat(200_000));
        assertThat(quoted).isEqualTo("\"" + "2".repeat(LogSafe.MAX_CHARS) + "\"\u2026(200000 chars)");
    }

    @Test
    void shouldNotCutACharacterInHalf() {
        String quoted = LogSafe.quote("a".repeat(LogSafe.MAX_CHARS - 1) + "\uD83D\uDE00tail");
        assertThat(quoted).startsWith("\"" + "a".repeat(LogSafe.MAX_CHARS - 1) + "\"");
    }

    @Test
    void shouldKeepTheStackButEscapeEveryMessageOfAnException() {
        Exception cause = new IllegalArgumentException("bad id\nFAKE LINE");
        Throwable safe = LogSafe.exception(new IllegalStateException("wrapped", cause));
        StringWriter printed = new StringWriter();
        safe.printStackTrace(new PrintWriter(printed));
        assertThat(printed.toString())
                .contains("java.lang.IllegalStateException: \"wrapped\"")
                .contains("Caused by: java.lang.IllegalArgumentException: \"bad id\\u000aFAKE LINE\"")
                .contains("at articleflow.events.LogSafeTest")
                .doesNotContain("\nFAKE LINE");
    }
}
