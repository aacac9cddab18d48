package articleflow.topology.wire;

import articleflow.model.ArticleJson;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A compact binary encoding for a message or state that never leaves the pipeline: a format byte, then the
 * fields in a fixed order, strings as UTF-8 with their length. Much smaller and cheaper than JSON for the
 * number arrays of term profiles and signatures. The format byte lets a later version read what an earlier
 * one wrote, or refuse it clearly. A codec that replaced a JSON encoding still reads that JSON (its first byte,
 * '{', is no format byte), so state and in-flight records written before the change stay readable.
 */
public abstract class BinaryCodec<T> {

    /** How the fields are laid out; bump with an incompatible change and keep reading the old one. */
    protected static final byte FORMAT = 1;

    private static final byte JSON_OBJECT = '{';

    /** The buffer a record starts with at most, whatever the records before it were. */
    private static final int MAX_RECENT_SIZE_HINT = 64 * 1024;

    /** The type JSON written by an earlier version decodes to, or null when there never was any. */
    private final Class<T> earlierJson;
    /**
     * The size of the last record this codec wrote, and a little more. Shared by the stream threads without
     * synchronisation on purpose: it is only a hint, and an int is never torn.
     */
    private int recentSize;

    protected BinaryCodec() {
        this(null);
    }

    /** @param earlierJson the type whose JSON (through {@link ArticleJson}) this codec replaced */
    protected BinaryCodec(Class<T> earlierJson) {
        this.earlierJson = earlierJson;
    }

    protected abstract void write(T value, DataOutputStream out) throws IOException;

    protected abstract T read(DataInputStream in) throws IOException;

    public byte[] toBytes(T value) {
        // records of one kind are much alike in size: starting from the last one's saves growing the buffer
        // (a state of 4 KB grew four times from 256 bytes)
        ArrayOutput bytes = new ArrayOutput(Math.max(sizeHint(value), Math.min(recentSize, MAX_RECENT_SIZE_HINT)));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recentSize = bytes.size() + bytes.size() / 8;
        return bytes.toByteArray();
    }

    public T fromBytes(byte[] bytes) {
        if (earlierJson != null && bytes.length > 0 && bytes[0] == JSON_OBJECT) {
            return ArticleJson.fromBytes(bytes, earlierJson);
        }
        try (DataInputStream in = new DataInputStream(new ArrayInput(bytes))) {
            byte format = in.readByte();
            if (format != FORMAT) {
                throw new SerializationException("unknown format " + format + " of " + getClass().getSimpleName());
            }
            return read(in);
        } catch (IOException e) {
            throw new SerializationException("cannot read " + getClass().getSimpleName(), e);
        }
    }

    /** Bytes to reserve for {@code value}, so that a long text is not copied over and over as the buffer grows. */
    protected int sizeHint(T value) {
        return 256;
    }

    public Serde<T> serde() {
        Serializer<T> serializer = (topic, value) -> value == null ? null : toBytes(value);
        Deserializer<T> deserializer = (topic, bytes) -> bytes == null ? null : fromBytes(bytes);
        return Serdes.serdeFrom(serializer, deserializer);
    }

    protected static void writeString(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    protected static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    protected static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        if (values == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(values.size());
        for (String value : values) {
            writeString(out, value);
        }
    }

    /** A list written by {@link #writeStrings}; null stays null. */
    protected static List<String> readStrings(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            return null;
        }
        List<String> values = new ArrayList<>(Math.min(size, 1024));
        for (int i = 0; i < size; i++) {
            values.add(readString(in));
        }
        return values;
    }

    protected static void writeNullableLong(DataOutputStream out, Long value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeLong(value);
        }
    }

    protected static Long readNullableLong(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readLong() : null;
    }

    /**
     * A growing byte array as an output stream. {@link java.io.ByteArrayOutputStream} locks on every call, and the
     * data streams write an int or a short a byte at a time: a term profile's few hundred numbers paid a few hundred
     * locks per encoding.
     */
    static final class ArrayOutput extends OutputStream {

        private byte[] buffer;
        private int size;

        ArrayOutput(int capacity) {
            buffer = new byte[Math.max(16, capacity)];
        }

        @Override
        public void write(int b) {
            if (size == buffer.length) {
                grow(1);
            }
            buffer[size++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (length > buffer.length - size) {
                grow(length);
            }
            System.arraycopy(bytes, offset, buffer, size, length);
            size += length;
        }

        private void grow(int needed) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + needed));
        }

        int size() {
            return size;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buffer, size);
        }
    }

    /** A byte array as an input stream, without {@link java.io.ByteArrayInputStream}'s locks (see {@link ArrayOutput}). */
    static final class ArrayInput extends InputStream {

        private final byte[] bytes;
        private int position;

        ArrayInput(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int available = bytes.length - position;
            if (available <= 0) {
                return -1;
            }
            int n = Math.min(length, available);
            System.arraycopy(bytes, position, into, offset, n);
            position += n;
            return n;
        }

        @Override
        public int available() {
            return bytes.length - position;
        }
    }
}
