package org.dossier.publish;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable array of bytes, for the search files, which are put together from numbers, digits and pieces of the
 * files they replace: built as bytes, they are neither encoded from strings nor decoded into them. Not thread-safe.
 *
 * <pre>{@code Bytes b = new Bytes(64).ascii("DOSSIER_SEARCH_PIECE(\"t\",").ascii("7").add('[');}</pre>
 */
final class Bytes {
    private byte[] bytes;
    private int size;

    Bytes(int capacity) {
        bytes = new byte[Math.max(1, capacity)];
    }

    private void room(int more) {
        if (size + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(size + more, 2 * bytes.length));
    }

    Bytes add(char ascii) {
        room(1);
        bytes[size++] = (byte) ascii;
        return this;
    }

    Bytes add(byte b) {
        room(1);
        bytes[size++] = b;
        return this;
    }

    /** Bytes {@code from} to {@code to} (exclusive) of {@code source}. */
    Bytes add(byte[] source, int from, int to) {
        room(to - from);
        System.arraycopy(source, from, bytes, size, to - from);
        size += to - from;
        return this;
    }

    Bytes add(byte[] source) {
        return add(source, 0, source.length);
    }

    Bytes add(Bytes other) {
        return add(other.bytes, 0, other.size);
    }

    /** A string known to be ASCII (digits, names of our own). */
    Bytes ascii(String s) {
        room(s.length());
        for (int i = 0; i < s.length(); i++) bytes[size++] = (byte) s.charAt(i);
        return this;
    }

    Bytes utf8(String s) {
        return add(s.getBytes(StandardCharsets.UTF_8));
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The bytes held so far, in place: valid up to {@link #size}, until more are added. */
    byte[] array() {
        return bytes;
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, size);
    }
}
