package articleflow.topology.wire;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.related.IndexedTerms;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RelatedCodecsTest {

    @Test
    void shouldKeepCountedTermsWithTheirSnapshotOfFrequencies() {
        IndexedTerms counted = new IndexedTerms("a-1", 3, "de", 1_700_000_000_000L, new long[] {-5, 7, 42}, 120,
                new int[] {1, 9, 120});

        IndexedTerms read = RelatedCodecs.INDEXED_TERMS.fromBytes(RelatedCodecs.INDEXED_TERMS.toBytes(counted));

        assertThat(read).isEqualTo(counted);
        assertThat(read.snapshot().documentCount("de")).isEqualTo(120);
        assertThat(read.snapshot().documentFrequency(7)).isEqualTo(9);
    }

    @Test
    void shouldKeepTermsCountedWithoutASnapshot() {
        IndexedTerms counted = new IndexedTerms("a-1", 1, "en", 0, new long[] {3, 1, 2});

        IndexedTerms read = RelatedCodecs.INDEXED_TERMS.fromBytes(RelatedCodecs.INDEXED_TERMS.toBytes(counted));

        assertThat(read).isEqualTo(counted);
        assertThat(read.terms()).containsExactly(1, 2, 3);
        assertThat(read.hasSnapshot()).isFalse();
    }

    @Test
    void shouldReadARecordWrittenBeforeSnapshotsAsCountedWithoutOne() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1);
            writeString(out, "a-1");
            out.writeLong(2);
            writeString(out, "fr");
            out.writeLong(1_700_000_000_000L);
            out.writeInt(2);
            out.writeLong(11);
            out.writeLong(12);
        }

        IndexedTerms read = RelatedCodecs.INDEXED_TERMS.fromBytes(bytes.toByteArray());

        assertThat(read).isEqualTo(new IndexedTerms("a-1", 2, "fr", 1_700_000_000_000L, new long[] {11, 12}));
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        // the codec's string: UTF-8 bytes after their length
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
