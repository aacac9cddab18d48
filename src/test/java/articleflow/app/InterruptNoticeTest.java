package articleflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class InterruptNoticeTest {

    @Test
    void shouldNameTheInterruptedCommandInOneLine() {
        assertThat(InterruptNotice.lineOnInterrupt("tail")).contains("articleflow: tail interrupted");
    }

    @Test
    void shouldLeaveTheLineToAFolderThatHasANoteOfItsOwnUntilItCloses() throws IOException {
        try (TemporaryFolder enrichState = TemporaryFolder.create("articleflow-test-", () -> "articleflow: enrich interrupted after 3 records")) {
            assertThat(InterruptNotice.lineOnInterrupt("enrich")).isEmpty();
            enrichState.close(); // closing twice must not count the note out twice
        }
        assertThat(InterruptNotice.lineOnInterrupt("enrich")).contains("articleflow: enrich interrupted");
    }

    @Test
    void shouldNotLetAFolderWithoutANoteSilenceTheLine() throws IOException {
        try (TemporaryFolder evalState = TemporaryFolder.create("articleflow-test-")) {
            assertThat(InterruptNotice.lineOnInterrupt("eval related")).contains("articleflow: eval related interrupted");
        }
    }
}
