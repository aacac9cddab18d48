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
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] next;
    private boolean ended;
    private long nextLineBytes;
    private long lastLineBytes;

    public JsonLines(InputStream in) {
        this(in, Integer.MAX_VALUE - 64);
    }

    /**
     * @param maxLineBytes how much of a line is kept: the rest of a longer one is read past, not held (a line of
     *                     gigabytes, or {@code /dev/zero}, would otherwise end the JVM); {@link #lastLineCut()} tells
     */
    public JsonLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Whether the line {@link #next()} returned last was longer than the limit and is only its start. */
    public boolean lastLineCut() {
        return lastLineBytes > maxLineBytes;
    }

    /** The full length of the line {@link #next()} returned last, line end excluded. */
    public long lastLineBytes() {
        return lastLineBytes;
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
        lastLineBytes = nextLineBytes;
        return line;
    }

    private byte[] readLine() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean any = false;
        long length = 0;
        byte last = 0;
        try {
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        ended = true;
                        return any ? ended(line, length, last) : null;
                    }
                }
                any = true;
                int start = position;
                while (position < limit && buffer[position] != '\n') {
                    position++;
                }
                int kept = (int) Math.max(0, Math.min(position - start, maxLineBytes + 1L - line.size()));
                line.write(buffer, start, kept);
                length += position - start;
                if (position > start) {
                    last = buffer[position - 1];
                }
                if (position < limit) {
                    position++;
                    return ended(line, length, last);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param last the line's last byte before its {@code \n}: a {@code \r} there is the line end, not the line */
    private byte[] ended(ByteArrayOutputStream line, long length, byte last) {
        byte[] bytes = line.toByteArray();
        nextLineBytes = length > 0 && last == '\r' ? length - 1 : length;
        return length > bytes.length ? bytes : withoutCarriageReturn(bytes);
    }

    private static byte[] withoutCarriageReturn(byte[] line) {
        return line.length > 0 && line[line.length - 1] == '\r' ? java.util.Arrays.copyOf(line, line.length - 1) : line;
    }
}
