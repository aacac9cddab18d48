package articleflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RejectReasonTest {

    /** Consumers of the dead-letter topic switch on these codes: each one they can meet is in the contract. */
    @Test
    void shouldListEveryReasonInTheReadmesDeadLetterContract() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String contract = readme.substring(readme.indexOf("`articleflow.error.reason`"));

        for (RejectReason reason : RejectReason.values()) {
            assertThat(contract.substring(0, contract.indexOf("__streams.errors.exception")))
                    .as("README's list of dead-letter reasons").contains("`" + reason.code() + "`");
        }
    }
}
