package articleflow.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The lines of a JSON-lines file as bytes, never decoded: a line with invalid UTF-8 stays what the publisher
 * wrote, so accept can dead-letter it with its reason instead of the reader failing for the whole file. Lines end
 * at {@code \n}; a {@code \r} before it is dropped.
 */
public final class JsonLines implements Iterator<byte[]> {

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] next;
    private boolean ended;

    public JsonLines(InputStream in) {
        this.in = in;
    }

    public static List<byte[]> all(InputStream in) {
        List<byte[]> lines = new ArrayList<>();
        new JsonLines(in).forEachRemaining(lines::add);
        return lines;
    }

    /** True when the line holds nothing but whitespace (a byte-order mark counts as nothing too). */
    public static boolean isBlank(byte[] line) {
        int start = startAfterBom(line);
        for (int i = start; i < line.length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Where the line's content starts: after a UTF-8 byte-order mark, if it has one. */
    public static int startAfterBom(byte[] line) {
        return line.length >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB && (line[2] & 0xff) == 0xBF
                ? 3 : 0;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !ended) {
            next = readLine();
        }
        return next != null;
    }

    @Override
    public byte[] next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        byte[] line = next;
        next = null;
        return line;
    }

    private byte[] readLine() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean any = false;
        try {
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        ended = true;
                        return any ? withoutCarriageReturn(line.toByteArray()) : null;
                    }
                }
                any = true;
                int start = position;
                while (position < limit && buffer[position] != '\n') {
                    position++;
                }
                line.write(buffer, start, position - start);
                if (position < limit) {
                    position++;
                    return withoutCarriageReturn(line.toByteArray());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] withoutCarriageReturn(byte[] line) {
        return line.length > 0 && line[line.length - 1] == '\r' ? java.util.Arrays.copyOf(line, line.length - 1) : line;
    }
}
