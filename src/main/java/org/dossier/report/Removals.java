package org.dossier.report;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything cleaning took out of one seed, by kind, with the removed text itself so the report can show it.
 * Immutable; build with {@link Builder}.
 */
public record Removals(Map<String, List<String>> byKind) {
    public Removals {
        var copy = new TreeMap<String, List<String>>();
        byKind.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        byKind = Collections.unmodifiableMap(copy);
    }

    public static Removals none() {
        return new Removals(Map.of());
    }

    /** Counts by kind, e.g. {@code {"caption": 1, "credit": 1}}. */
    public Map<String, Integer> counts() {
        var counts = new TreeMap<String, Integer>();
        byKind.forEach((k, v) -> counts.put(k, v.size()));
        return counts;
    }

    public int total() {
        return byKind.values().stream().mapToInt(List::size).sum();
    }

    /** Not thread-safe: one per seed. */
    public static final class Builder {
        private final Map<String, List<String>> byKind = new TreeMap<>();

        public Builder add(String kind, String removedText) {
            byKind.computeIfAbsent(kind, k -> new java.util.ArrayList<>()).add(removedText);
            return this;
        }

        public Builder addAll(Removals other) {
            other.byKind().forEach((k, v) -> v.forEach(t -> add(k, t)));
            return this;
        }

        public Removals build() {
            return new Removals(byKind);
        }
    }
}
