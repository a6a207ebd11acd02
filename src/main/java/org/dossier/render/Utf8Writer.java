package org.dossier.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A page as a template writes it, kept as the UTF-8 bytes it is published as. A page in a {@code StringBuilder} is held
 * in UTF-16 as soon as one character is not Latin-1 (the templates' dashes), doubled as it grows, copied by
 * {@code toString} and again, three bytes a character, by {@code getBytes}: an article of 31 MB (a seed at the size
 * limit, its links made anchors) took some 400 MB, and failed in the 512 MB heap of a one-seed build. Here the page
 * grows as bytes only. Not synchronised: one page is written by one thread (a {@code StringWriter} takes a lock for
 * every piece a template writes).
 */
final class Utf8Writer extends Writer {
    private byte[] bytes;
    private int size;
    /** The first half of a surrogate pair whose second half has not been written yet, else 0. */
    private char high;
    private final char[] piece = new char[8192];

    Utf8Writer(int capacity) {
        bytes = new byte[capacity];
    }

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        room(len);
        int i = off, end = off + len;
        // A run of ASCII, most of any page, goes straight in: put is too large for C1 (see BoundedHeap) to inline, and
        // a call for each character of every page took a hundredth of a build.
        if (high == 0) {
            byte[] b = bytes;
            int n = size;
            while (i < end && chars[i] < 0x80) b[n++] = (byte) chars[i++];
            size = n;
        }
        for (; i < end; i++) put(chars[i]);
    }

    @Override
    public void write(String s, int off, int len) {
        // Copied out a piece at a time (under C1 charAt costs more per character than the copy), so a body of many
        // megabytes needs no second copy of itself in memory.
        for (int from = off, end = off + len; from < end; ) {
            int n = Math.min(piece.length, end - from);
            s.getChars(from, from + n, piece, 0);
            write(piece, 0, n);
            from += n;
        }
    }

    @Override
    public Writer append(CharSequence s, int start, int end) {
        CharSequence cs = s == null ? "null" : s;
        room(end - start);
        for (int i = start; i < end; i++) put(cs.charAt(i));
        return this;
    }

    /** The page's bytes; a half of a surrogate pair left alone is written as '?', as {@code String.getBytes} does. */
    byte[] toBytes() {
        if (high != 0) {
            high = 0;
            put('?');
        }
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    private void put(char c) {
        if (high != 0) {
            char first = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(first, c);
                room(4);
                bytes[size++] = (byte) (0xF0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            put('?');
        }
        if (c < 0x80) {
            if (size == bytes.length) room(1);
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            room(2);
            bytes[size++] = (byte) (0xC0 | c >> 6);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            put('?');
        } else {
            room(3);
            bytes[size++] = (byte) (0xE0 | c >> 12);
            bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    /** Room for at least {@code n} more bytes (a character takes one to three; the rest grow as they come). */
    private void room(int n) {
        if (bytes.length - size >= n) return;
        bytes = Arrays.copyOf(bytes, Math.max(size + n, bytes.length + (bytes.length >> 1)));
    }
}
