package org.dossier.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A list too long for one page, cut where its own items say: a page ends after an item whose key hashes to 0 modulo an
 * eighth of the limit. Pages then hold an eighth of the limit on average, and adding or removing an item changes its
 * own page only (a cut made or lost there), never the pages after it, as counting rows would. A run of items with no
 * cut as long as the limit (e^-8 likely) is cut there anyway, so no page holds more than the limit; an insertion in
 * such a run moves the cuts after it up to the run's end. A list within the limit stays one page.
 *
 * <pre>{@code Parts.of(entries, Entry::id, 1000)}</pre>
 *
 * @param first whether this is the list's first page, which keeps the list's own name; the others are named after their first item
 * @param items the page's items, in the list's order
 */
record Parts<T>(boolean first, List<T> items) {
    static <T> List<Parts<T>> of(List<T> items, Function<T, String> key, int limit) {
        if (items.size() <= limit) return List.of(new Parts<>(true, items));
        int every = Math.max(2, limit / 8);
        List<Parts<T>> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < items.size(); i++) {
            if (i == items.size() - 1 || i + 1 - start == limit
                    || Integer.remainderUnsigned(mix(key.apply(items.get(i)).hashCode()), every) == 0) {
                parts.add(new Parts<>(start == 0, List.copyOf(items.subList(start, i + 1))));
                start = i + 1;
            }
        }
        return parts;
    }

    /** The page's path: {@code base.html} for the first, {@code base-name.html} (its first item's name) for the others. */
    String path(String base, Function<T, String> name) {
        return base + (first ? "" : "-" + name.apply(items.get(0))) + ".html";
    }

    /** String.hashCode is fixed by its specification; murmur3's finaliser spreads its bits, which mod reads low. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
