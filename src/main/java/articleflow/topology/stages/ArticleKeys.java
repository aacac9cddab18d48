package articleflow.topology.stages;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Record keys as article ids: UTF-8, strictly. */
public final class ArticleKeys {

    private ArticleKeys() {
    }

    /**
     * The key as text, or null when its bytes are not valid UTF-8. A lenient decoding would replace the bad bytes,
     * and the id it gave would hash to another partition than the publisher's key did.
     */
    public static String decode(byte[] key) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(key)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
