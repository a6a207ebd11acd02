package org.dossier.publish;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report's rows per file are cut into parts by their sources alone (issue 15): the parts hold every row once, in
 * order, under names of their own, and a seed that comes or goes changes at most two parts, whatever the archive's size.
 */
class ReportPartsTest {
    @Property(tries = 30)
    void aSourceThatComesOrGoesChangesAtMostTwoParts(@ForAll("sources") TreeSet<String> sources, @ForAll @IntRange(max = 1_000_000) int pick) {
        List<String> all = new ArrayList<>(sources);
        List<String> less = new ArrayList<>(all);
        less.remove(pick % all.size());
        List<DataFiles.Part> before = DataFiles.parts(all), after = DataFiles.parts(less);
        assertCovers(before, all.size());
        assertCovers(after, less.size());
        // A part is the same when it has the same name and holds the same sources.
        Set<String> old = new HashSet<>();
        for (DataFiles.Part p : before) old.add(p.path() + all.subList(p.from(), p.to()));
        long changed = after.stream().filter(p -> !old.contains(p.path() + less.subList(p.from(), p.to()))).count();
        assertTrue(changed <= 2, changed + " of " + after.size() + " parts changed");
        assertTrue(before.size() > 4, "a few parts at this size: " + before.size());
    }

    private static void assertCovers(List<DataFiles.Part> parts, int rows) {
        int next = 0;
        Set<String> paths = new HashSet<>();
        for (DataFiles.Part p : parts) {
            assertEquals(next, p.from());
            assertTrue(p.to() > p.from());
            assertTrue(paths.add(p.path()), p.path());
            next = p.to();
        }
        assertEquals(rows, next);
    }

    @Provide
    Arbitrary<TreeSet<String>> sources() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(4).ofMaxLength(12).map(s -> s + ".txt")
                .set().ofMinSize(3000).ofMaxSize(4000).map(TreeSet::new);
    }
}
