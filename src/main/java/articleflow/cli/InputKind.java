package articleflow.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Tells a text input from a compressed or binary file by its first bytes, before a command reads it as text: a
 * feed saved gzip-compressed, or a page fetched without {@code curl --compressed}, would otherwise be read as
 * garbage and sent on.
 */
public final class InputKind {

    /** How much of a file is looked at: enough for any magic number, and for a binary file to show a NUL. */
    static final int SNIFFED_BYTES = 8 * 1024;

    /** A compression format by the magic number its files open with. */
    private record Compression(String name, byte[] magic) {

        boolean opens(byte[] head, int length) {
            return length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
        }
    }

    private static final List<Compression> COMPRESSIONS = List.of(
            new Compression("gzip-compressed", bytes(0x1f, 0x8b)),
            new Compression("zstd-compressed", bytes(0x28, 0xb5, 0x2f, 0xfd)),
            new Compression("bzip2-compressed", bytes('B', 'Z', 'h')),
            new Compression("xz-compressed", bytes(0xfd, '7', 'z', 'X', 'Z', 0x00)),
            new Compression("a zip archive", bytes('P', 'K', 0x03, 0x04)));

    private InputKind() {
    }

    /**
     * Throws {@link DataError} naming {@code file} when it is compressed ("decompress it first") or binary (NUL
     * bytes within its first 8 KiB); a file that cannot be read is a DataError too.
     */
    public static void requireText(Path file) {
        requireText(file, "");
    }

    /** As {@link #requireText(Path)}, the message ending with the option that named the file, as in "(--feed)". */
    public static void requireText(Path file, String option) {
        check(file, option, true);
    }

    /**
     * As {@link #requireText(Path, String)}, for a file of JSON lines, which are read as UTF-8: UTF-16 text (a page
     * may be, by its byte-order mark) is refused with what to do, instead of its first line read and every other
     * one a dead letter of NUL characters.
     */
    public static void requireUtf8Lines(Path file, String option) {
        check(file, option, false);
    }

    private static void check(Path file, String option, boolean utf16Page) {
        String given = option.isEmpty() ? "" : " (" + option + ")";
        byte[] head = new byte[SNIFFED_BYTES];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        } catch (IOException unreadable) {
            throw new DataError("cannot read " + file + ": " + unreadable.getMessage() + given);
        }
        for (Compression compression : COMPRESSIONS) {
            if (compression.opens(head, length)) {
                throw new DataError(file + " is " + compression.name() + ", not text: decompress it first" + given);
            }
        }
        if (opensWithUtf16Mark(head, length)) {
            // UTF-16 text is half NUL bytes; with its byte-order mark it is a page PageDecoder reads
            if (utf16Page) {
                return;
            }
            throw new DataError(file + " is UTF-16 text; JSON lines are read as UTF-8: convert it first (iconv -f "
                    + "UTF-16 -t UTF-8)" + given);
        }
        if (containsNul(head, length)) {
            throw new DataError(file + " is binary, not text: it contains NUL bytes" + given);
        }
    }

    private static boolean opensWithUtf16Mark(byte[] head, int length) {
        return length >= 2 && ((head[0] == (byte) 0xff && head[1] == (byte) 0xfe)
                || (head[0] == (byte) 0xfe && head[1] == (byte) 0xff));
    }

    private static boolean containsNul(byte[] head, int length) {
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
