package articleflow.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void shouldReadQuotedFieldsWithNewlinesCommasAndDoubledQuotes() {
        String csv = ",document,summary\r\n"
                + "7,\"a title\n\nbody, with \"\"quotes\"\"\",plain\n"
                + "8,,\"\"\n";

        assertThat(CsvReader.parse(csv)).containsExactly(
                List.of("", "document", "summary"),
                List.of("7", "a title\n\nbody, with \"quotes\"", "plain"),
                List.of("8", "", ""));
    }

    @Test
    void shouldReadALastRecordWithoutNewline() {
        assertThat(CsvReader.parse("a,b\n1,2")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }
}
