package org.dossier.write;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LayeredTest {
    private static final List<String> FOLDERS = List.of("articles/", "people/", "originals/", "search/t/", "");

    @Test
    void buildAfterBuildLaidOverTheLastHoldsWhatACopyWouldAndCountsEachTopFolder() {
        Random random = new Random(13);
        Map<String, String> model = new HashMap<>();
        for (int k = 0; k < 500; k++) model.put(path(random), "key" + k);
        Layered<String> layered = Layered.of(new HashMap<>(model), true);
        // More builds than layers, as a server makes them: the layers are folded into a copy on the way.
        for (int build = 0; build < 11; build++) {
            Map<String, String> changed = new HashMap<>();
            Set<String> removed = new HashSet<>();
            for (int k = 0; k < 40; k++) changed.put(path(random), "b" + build + "-" + k);
            for (String path : model.keySet()) if (random.nextInt(20) == 0 && !changed.containsKey(path)) removed.add(path);
            // A path gone that the last build never had is no change.
            removed.add("originals/never-" + build + ".txt");
            model.putAll(changed);
            model.keySet().removeAll(removed);
            layered = Layered.over(layered, changed, removed);
            assertEquals(model, layered, "build " + build);
            assertEquals(model.size(), layered.size());
            assertEquals(model, new HashMap<>(layered), "iterated, build " + build);
            for (String folder : List.of("articles/", "people/", "originals/", "search/")) {
                assertEquals(model.keySet().stream().filter(p -> p.startsWith(folder)).count(), layered.under(folder), folder + " build " + build);
            }
            assertFalse(layered.containsKey("originals/never-" + build + ".txt"));
        }
    }

    @Test
    void countsOnlyTopFoldersAndOnlyWhenAskedTo() {
        Layered<String> counted = Layered.of(Map.of("search/t/1.js", "k"), true);
        assertEquals(1, counted.under("search/"));
        assertEquals(0, counted.under("data/"));
        assertThrows(IllegalArgumentException.class, () -> counted.under("search/t/"));
        assertThrows(IllegalStateException.class, () -> Layered.of(Map.of("a/b", "k"), false).under("a/"));
    }

    private static String path(Random random) {
        return FOLDERS.get(random.nextInt(FOLDERS.size())) + random.nextInt(2000) + ".html";
    }
}
