package articleflow.topology.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BinaryCodecTest {

    /** The same writes, in the same order, as the JDK's streams would lay them out, from a tiny buffer up. */
    @Test
    void shouldLayOutBytesAsTheJdksStreamsDoWhileGrowing() throws IOException {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            BinaryCodec.ArrayOutput actual = new BinaryCodec.ArrayOutput(random.nextInt(40));
            try (DataOutputStream jdk = new DataOutputStream(expected); DataOutputStream ours = new DataOutputStream(actual)) {
                for (int i = random.nextInt(300); i > 0; i--) {
                    long value = random.nextLong();
                    switch (random.nextInt(6)) {
                        case 0 -> { jdk.writeByte((int) value); ours.writeByte((int) value); }
                        case 1 -> { jdk.writeShort((int) value); ours.writeShort((int) value); }
                        case 2 -> { jdk.writeInt((int) value); ours.writeInt((int) value); }
                        case 3 -> { jdk.writeLong(value); ours.writeLong(value); }
                        case 4 -> { jdk.writeFloat(Float.intBitsToFloat((int) value)); ours.writeFloat(Float.intBitsToFloat((int) value)); }
                        default -> {
                            byte[] bytes = new byte[random.nextInt(100)];
                            random.nextBytes(bytes);
                            jdk.write(bytes);
                            ours.write(bytes);
                        }
                    }
                }
            }
            assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void shouldReadBackWhatWasWrittenAndThenReportTheEnd() throws IOException {
        BinaryCodec.ArrayOutput bytes = new BinaryCodec.ArrayOutput(0);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(7);
            out.writeShort(-2);
            out.writeInt(123_456_789);
            out.writeLong(-9_876_543_210L);
            out.writeFloat(0.25f);
            out.writeUTF("Hafenbrücke");
        }
        try (DataInputStream in = new DataInputStream(new BinaryCodec.ArrayInput(bytes.toByteArray()))) {
            assertThat(in.readByte()).isEqualTo((byte) 7);
            assertThat(in.readShort()).isEqualTo((short) -2);
            assertThat(in.readInt()).isEqualTo(123_456_789);
            assertThat(in.readLong()).isEqualTo(-9_876_543_210L);
            assertThat(in.readFloat()).isEqualTo(0.25f);
            assertThat(in.readUTF()).isEqualTo("Hafenbrücke");
            assertThat(in.available()).isZero();
            Executable pastTheEnd = in::readInt;
            org.junit.jupiter.api.Assertions.assertThrows(EOFException.class, pastTheEnd);
        }
    }

    @Test
    void shouldWriteASmallRecordExactlyAfterALargeOne() {
        long[] many = new long[5_000];
        for (int i = 0; i < many.length; i++) {
            many[i] = i * 31L;
        }
        articleflow.related.IndexedTerms large = new articleflow.related.IndexedTerms("a-1", 1, "en", 0, many);
        articleflow.related.IndexedTerms small = new articleflow.related.IndexedTerms("a-2", 1, "en", 0, new long[] {7});

        byte[] alone = RelatedCodecs.INDEXED_TERMS.toBytes(small);
        RelatedCodecs.INDEXED_TERMS.toBytes(large);
        byte[] afterLarge = RelatedCodecs.INDEXED_TERMS.toBytes(small);

        // the buffer starts as large as the record before, and what comes out is still this record's bytes alone
        assertThat(afterLarge).isEqualTo(alone);
        assertThat(RelatedCodecs.INDEXED_TERMS.fromBytes(afterLarge)).isEqualTo(small);
    }
}
