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

/**
 * Entries of one kind of the build state kept as the bytes {@link StateRows} wrote them, one after another in one
 * array, found by their names through a table of ints, and read into objects only when looked up. A build looks up
 * few of them: at 100,000 articles the site's 320,000 file entries, decoded, were some two million strings, stamps and
 * map nodes, which the collector copied into the old generation on every change (with {@code MaxTenuringThreshold=0}
 * whatever a young collection finds alive is moved), where these are a few arrays. Filled by one thread, then read
 * by any; never changed once {@link #map read}.
 *
 * <pre>{@code
 * PackedEntries files = new PackedEntries();
 * files.add(in, StateRows::fileEntry);                  // for each entry of a segment, in turn
 * Map<String, String> keys = files.map(StateRows::fileKey);
 * }</pre>
 */
final class PackedEntries {
    private byte[] bytes = new byte[1 << 12];
    private int length;
    /** Per entry, where its bytes start, and its name's {@link String#hashCode}. */
    private int[] starts = new int[64], hashes = new int[64];
    private int count;
    /** Open-addressed by the names' hashes: an entry's number plus one, 0 for a free slot. Made by the first {@link #map}. */
    private int[] slots;

    /**
     * Takes the entry at {@code read}, and reads past it.
     *
     * @param past reads past an entry of the kind (entries are not preceded by their length)
     */
    void add(StateRows.In read, Consumer<StateRows.In> past) {
        int from = read.at();
        past.accept(read);
        int size = read.at() - from;
        if (length + size > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + size));
        System.arraycopy(read.bytes(), from, bytes, length, size);
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, 2 * count);
            hashes = Arrays.copyOf(hashes, 2 * count);
        }
        starts[count] = length;
        hashes[count] = new StateRows.In(bytes, length).stringHash();
        count++;
        length += size;
    }

    /**
     * The entries as a map from their names to what {@code value} reads after the name (null: this map does not hold
     * the entry), unmodifiable. Each look-up reads its value afresh: an object that lives only as long as its user.
     */
    <V> Map<String, V> map(Function<StateRows.In, V> value) {
        if (slots == null) index();
        int size = 0;
        for (int k = 0; k < count; k++) if (value.apply(after(k)) != null) size++;
        return new View<>(value, size);
    }

    private void index() {
        bytes = Arrays.copyOf(bytes, length);
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
            if (hashes[k] == hash && new StateRows.In(bytes, starts[k]).stringEquals(name)) return k;
        }
        return -1;
    }

    /** A reader of the entry, past its name. */
    private StateRows.In after(int k) {
        StateRows.In in = new StateRows.In(bytes, starts[k]);
        in.skipString();
        return in;
    }

    private final class View<V> extends AbstractMap<String, V> {
        private final Function<StateRows.In, V> value;
        private final int size;

        View(Function<StateRows.In, V> value, int size) {
            this.value = value;
            this.size = size;
        }

        @Override
        public V get(Object key) {
            int k = key instanceof String name ? find(name) : -1;
            return k < 0 ? null : value.apply(after(k));
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
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
                    return new Iterator<>() {
                        private int k = -1;
                        private Entry<String, V> next = advance();

                        private Entry<String, V> advance() {
                            while (++k < count) {
                                StateRows.In in = new StateRows.In(bytes, starts[k]);
                                String name = in.string();
                                V v = value.apply(in);
                                if (v != null) return new SimpleImmutableEntry<>(name, v);
                            }
                            return null;
                        }

                        @Override
                        public boolean hasNext() {
                            return next != null;
                        }

                        @Override
                        public Entry<String, V> next() {
                            if (next == null) throw new NoSuchElementException();
                            Entry<String, V> e = next;
                            next = advance();
                            return e;
                        }
                    };
                }
            };
        }
    }
}
