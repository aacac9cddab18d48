package articleflow.topology.wire;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A compact binary encoding for a message or state that never leaves the pipeline: a format byte, then the
 * fields in a fixed order, strings as UTF-8 with their length. Much smaller and cheaper than JSON for the
 * number arrays of term profiles and signatures. The format byte lets a later version read what an earlier
 * one wrote, or refuse it clearly.
 */
public abstract class BinaryCodec<T> {

    /** How the fields are laid out; bump with an incompatible change and keep reading the old one. */
    protected static final byte FORMAT = 1;

    protected abstract void write(T value, DataOutputStream out) throws IOException;

    protected abstract T read(DataInputStream in) throws IOException;

    public byte[] toBytes(T value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public T fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte format = in.readByte();
            if (format != FORMAT) {
                throw new SerializationException("unknown format " + format + " of " + getClass().getSimpleName());
            }
            return read(in);
        } catch (IOException e) {
            throw new SerializationException("cannot read " + getClass().getSimpleName(), e);
        }
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
}
