package org.dossier.pipeline;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Entries of one kind of the build state kept in the bytes of the segments they were stored in, found by their names
 * through a table of ints, and read into objects only when looked up. A build looks up few of them: at 100,000
 * articles the site's 320,000 file entries, decoded, were some two million strings, stamps and map nodes, which the
 * collector copied into the old generation on every change (with {@code MaxTenuringThreshold=0} whatever a young
 * collection finds alive is moved), where these are one array per segment and a few more. Filled by one thread, then
 * read by any; never changed once {@link #map read}.
 *
 * <pre>{@code
 * PackedEntries files = new PackedEntries();
 * files.add(in, StateRows::fileEntry);                  // for each entry of a segment, in turn
 * Map<String, String> keys = files.map(StateRows::hasFileKey, StateRows::fileKey);
 * }</pre>
 */
final class PackedEntries {
    /** The segments' bytes, each held as it was read: not copied into one array, whose growing left copies behind. */
    private byte[][] segments = new byte[64][];
    private int segmentCount;
    /** Per entry, its segment, where its bytes start there, and its name's {@link String#hashCode}. */
    private int[] segment = new int[64], starts = new int[64], hashes = new int[64];
    private int count;
    /** Open-addressed by the names' hashes: an entry's number plus one, 0 for a free slot. Made by the first {@link #map}. */
    private int[] slots;

    /**
     * Takes the entry at {@code read}, and reads past it.
     *
     * @param past reads past an entry of the kind (entries are not preceded by their length)
     */
    void add(StateRows.In read, Consumer<StateRows.In> past) {
        byte[] bytes = read.bytes();
        if (segmentCount == 0 || segments[segmentCount - 1] != bytes) {
            if (segmentCount == segments.length) segments = Arrays.copyOf(segments, 2 * segmentCount);
            segments[segmentCount++] = bytes;
        }
        if (count == starts.length) {
            segment = Arrays.copyOf(segment, 2 * count);
            starts = Arrays.copyOf(starts, 2 * count);
            hashes = Arrays.copyOf(hashes, 2 * count);
        }
        segment[count] = segmentCount - 1;
        starts[count] = read.at();
        hashes[count] = new StateRows.In(bytes, read.at()).stringHash();
        count++;
        past.accept(read);
    }

    /**
     * The entries as a map from their names to what {@code value} reads after the name, unmodifiable. Each look-up
     * reads its value afresh: an object that lives only as long as its user.
     *
     * @param holds whether the map holds the entry, read after its name without making its value: a pass over the
     *              names (the site files under a prefix) makes no value
     * @param value the entry's value, read after its name, when the map holds it
     */
    <V> Map<String, V> map(Predicate<StateRows.In> holds, Function<StateRows.In, V> value) {
        if (slots == null) index();
        int size = 0;
        for (int k = 0; k < count; k++) if (holds.test(after(k))) size++;
        return new View<>(holds, value, size);
    }

    private void index() {
        slots = new int[Integer.highestOneBit(Math.max(2, 2 * count - 1)) << 1];
        for (int k = 0; k < count; k++) {
            int s = slot(hashes[k]);
            while (slots[s] != 0) s = (s + 1) & (slots.length - 1);
            slots[s] = k + 1;
        }
    }

    private int slot(int hash) {
        return (int) ((hash * 0x9E3779B97F4A7C15L) >>> 40) & (slots.length - 1);
    }

    /** The entry named so, -1 for none. */
    private int find(String name) {
        int hash = name.hashCode();
        for (int s = slot(hash); slots[s] != 0; s = (s + 1) & (slots.length - 1)) {
            int k = slots[s] - 1;
            if (hashes[k] == hash && at(k).stringEquals(name)) return k;
        }
        return -1;
    }

    /** A reader of the entry, at its name. */
    private StateRows.In at(int k) {
        return new StateRows.In(segments[segment[k]], starts[k]);
    }

    /** A reader of the entry, past its name. */
    private StateRows.In after(int k) {
        StateRows.In in = at(k);
        in.skipString();
        return in;
    }

    private final class View<V> extends AbstractMap<String, V> {
        private final Predicate<StateRows.In> holds;
        private final Function<StateRows.In, V> value;
        private final int size;

        View(Predicate<StateRows.In> holds, Function<StateRows.In, V> value, int size) {
            this.holds = holds;
            this.value = value;
            this.size = size;
        }

        @Override
        public V get(Object key) {
            int k = key instanceof String name ? find(name) : -1;
            return k >= 0 && holds.test(after(k)) ? value.apply(after(k)) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            int k = key instanceof String name ? find(name) : -1;
            return k >= 0 && holds.test(after(k));
        }

        @Override
        public Set<String> keySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public boolean contains(Object o) {
                    return containsKey(o);
                }

                @Override
                public Iterator<String> iterator() {
                    return new Held<Object, String>(in -> null) {
                        @Override
                        String made(String name, Object none) {
                            return name;
                        }
                    };
                }
            };
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Set<Entry<String, V>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public Iterator<Entry<String, V>> iterator() {
                    return new Held<V, Entry<String, V>>(value) {
                        @Override
                        Entry<String, V> made(String name, V v) {
                            return new SimpleImmutableEntry<>(name, v);
                        }
                    };
                }
            };
        }

        /** The entries the map holds, in turn, each made from its name and what {@code read} reads after it. */
        private abstract class Held<R, T> implements Iterator<T> {
            private final Function<StateRows.In, R> read;
            private int k = -1;
            private T next;

            Held(Function<StateRows.In, R> read) {
                this.read = read;
                next = advance();
            }

            abstract T made(String name, R read);

            private T advance() {
                while (++k < count) {
                    StateRows.In in = at(k);
                    String name = in.string();
                    if (holds.test(after(k))) return made(name, read.apply(in));
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public T next() {
                if (next == null) throw new NoSuchElementException();
                T e = next;
                next = advance();
                return e;
            }
        }
    }
}
