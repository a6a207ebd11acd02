package org.dossier.write;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A site's files' entries by path (their keys, or their stamps) as a build hands them to the next: the last build's
 * entries with this build's changes laid over them, not a copy (at 100,000 articles a third of a million entries,
 * copied twice on every change), and for keys how many lie in each top folder, moved on by the changes instead of
 * counted again ({@link #under}). Immutable once made; never holds a null value.
 */
final class Layered<V> extends AbstractMap<String, V> {
    /**
     * How many layers a look-up may go through: a server's every build lays its changes over the last build's, and
     * past a few a copy costs less than looking through them all.
     */
    private static final int LAYERS = 4;
    /** The entries under this layer's; null for the bottom one, whose entries are all in {@link #over}. */
    private final Map<String, V> under;
    private final Map<String, V> over;
    /** Paths of {@link #under} that this layer takes away; none of them is in {@link #over}. */
    private final Set<String> removed;
    private final int size, layers;
    /** Null when the entries are not counted by folder (stamps). */
    private final Folders folders;

    private Layered(Map<String, V> under, Map<String, V> over, Set<String> removed, int size, int layers, Folders folders) {
        this.under = under;
        this.over = over;
        this.removed = removed;
        this.size = size;
        this.layers = layers;
        this.folders = folders;
    }

    /**
     * The entries as they are, handed over and not copied: the caller changes the map no more. When {@code counted},
     * they are counted by folder here, in one pass (on the thread that loaded them).
     */
    static <V> Layered<V> of(Map<String, V> all, boolean counted) {
        if (all instanceof Layered<V> l && (!counted || l.folders != null)) return l;
        Folders folders = null;
        if (counted) {
            folders = new Folders();
            for (String path : all.keySet()) folders.add(path, 1);
        }
        return new Layered<>(null, all, Set.of(), all.size(), 0, folders);
    }

    /**
     * {@code before}'s entries with {@code changed} over them and {@code removed} taken away.
     *
     * @param changed paths new or changed, or the same as before's: this map holds them from here on, unchanged
     * @param removed paths of before that are gone, none of them in {@code changed}
     */
    static <V> Layered<V> over(Layered<V> before, Map<String, V> changed, Set<String> removed) {
        Layered<V> under = before.layers < LAYERS ? before : new Layered<>(null, new HashMap<>(before), Set.of(), before.size, 0, before.folders);
        Folders folders = under.folders == null ? null : under.folders.copy();
        int size = under.size;
        for (String path : changed.keySet()) {
            if (under.containsKey(path)) continue;
            size++;
            if (folders != null) folders.add(path, 1);
        }
        Set<String> gone = new HashSet<>();
        for (String path : removed) {
            if (!under.containsKey(path)) continue;
            gone.add(path);
            size--;
            if (folders != null) folders.add(path, -1);
        }
        return new Layered<>(under, changed, gone, size, under.layers + 1, folders);
    }

    /** How many paths lie under the top folder ({@code "originals/"}), its folders' too. Only for entries counted. */
    int under(String folder) {
        if (folders == null) throw new IllegalStateException("entries not counted by folder");
        if (folder.indexOf('/') != folder.length() - 1) throw new IllegalArgumentException(folder + ": not a top folder");
        return folders.count(folder);
    }

    @Override
    public V get(Object path) {
        V v = over.get(path);
        if (v != null || under == null || removed.contains(path)) return v;
        return under.get(path);
    }

    @Override
    public boolean containsKey(Object path) {
        return get(path) != null;
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
                Stream<Entry<String, V>> mine = over.entrySet().stream();
                if (under == null) return mine.iterator();
                return Stream.concat(mine, under.entrySet().stream()
                        .filter(e -> !over.containsKey(e.getKey()) && !removed.contains(e.getKey()))).iterator();
            }
        };
    }

    /**
     * Paths counted by their top folder (up to its first {@code /}; "" for a file at the top), without a string made
     * for each path: a site has a dozen folders and a third of a million files.
     */
    private static final class Folders {
        private String[] names = new String[16];
        private int[] counts = new int[16];
        private int n;

        void add(String path, int by) {
            int length = path.indexOf('/') + 1;
            for (int k = 0; k < n; k++) {
                if (names[k].length() == length && path.startsWith(names[k])) {
                    counts[k] += by;
                    return;
                }
            }
            if (n == names.length) {
                names = Arrays.copyOf(names, 2 * n);
                counts = Arrays.copyOf(counts, 2 * n);
            }
            names[n] = path.substring(0, length);
            counts[n++] = by;
        }

        int count(String folder) {
            for (int k = 0; k < n; k++) if (names[k].equals(folder)) return counts[k];
            return 0;
        }

        Folders copy() {
            Folders c = new Folders();
            c.names = names.clone();
            c.counts = counts.clone();
            c.n = n;
            return c;
        }
    }
}
