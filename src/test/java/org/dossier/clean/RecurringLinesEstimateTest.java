package org.dossier.clean;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The guess a full build makes of the archive's recurring lines, before every seed's lines are known. */
class RecurringLinesEstimateTest {
    /** Seeds' distinct sorted line hashes, drawn from few lines so that many recur. */
    @Provide
    Arbitrary<List<long[]>> archives() {
        Arbitrary<long[]> seed = Arbitraries.longs().between(1, 40).set().ofMaxSize(12)
                .map(s -> s.stream().mapToLong(Long::longValue).sorted().toArray());
        return seed.list().ofMaxSize(400);
    }

    @Property(tries = 300)
    void fromSeedsThatStandForOneEachIsTheCountOfThemAll(@ForAll("archives") List<long[]> seeds, @ForAll @IntRange(max = 400) int split) {
        int at = Math.min(split, seeds.size());
        long[] all = LongStream.rangeClosed(1, 40).toArray();
        assertArrayEquals(RecurringLines.count(seeds).recurringIn(all),
                RecurringLines.estimate(seeds.subList(0, at), seeds.subList(at, seeds.size()), 1).recurringIn(all));
    }

    @Property(tries = 300)
    void aRecountOfTheLinesAChangeTouchedIsTheCountOfTheArchiveAfterIt(@ForAll("archives") List<long[]> before,
                                                                     @ForAll("archives") List<long[]> added,
                                                                     @ForAll @IntRange(max = 400) int from, @ForAll @IntRange(max = 60) int removed) {
        // Some seeds go (or are replaced, which is one going and one coming), others come.
        int start = Math.min(from, before.size()), end = Math.min(before.size(), start + removed);
        List<long[]> after = new ArrayList<>(before.subList(0, start));
        after.addAll(before.subList(end, before.size()));
        after.addAll(added);
        List<long[]> touchedSeeds = new ArrayList<>(before.subList(start, end));
        touchedSeeds.addAll(added);
        long[] touched = touchedSeeds.stream().flatMapToLong(LongStream::of).toArray();

        long[] all = LongStream.rangeClosed(1, 40).toArray();
        RecurringLines counted = RecurringLines.count(after);
        Assume.that(counted.minSeeds() == RecurringLines.count(before).minSeeds());
        RecurringLines recounted = RecurringLines.count(before).recount(after, touched).orElseThrow();
        assertArrayEquals(counted.recurringIn(all), recounted.recurringIn(all));
        assertEquals(counted.minSeeds(), recounted.minSeeds());
    }

    @Property(tries = 50)
    void aChangeThatMovesTheThresholdIsNotRecounted(@ForAll("archives") List<long[]> before) {
        // 400 text seeds take a line held by 4 of them to recur, 399 by 3 (RecurringLines.threshold).
        List<long[]> after = new ArrayList<>(before);
        while (after.size() < 400 + before.size()) after.add(new long[] {1000 + after.size()});
        long[] touched = after.subList(before.size(), after.size()).stream().flatMapToLong(LongStream::of).toArray();
        RecurringLines was = RecurringLines.count(before);
        assertEquals(was.minSeeds() == RecurringLines.count(after).minSeeds(), was.recount(after, touched).isPresent());
    }

    @Property(tries = 300)
    void aSampledSeedCountsAsTheSeedsItStandsFor(@ForAll("archives") List<long[]> sampled, @ForAll @IntRange(min = 1, max = 9) int every) {
        List<long[]> standingFor = new ArrayList<>();
        for (long[] s : sampled) for (int k = 0; k < every; k++) standingFor.add(s);
        long[] all = LongStream.rangeClosed(1, 40).toArray();
        assertArrayEquals(RecurringLines.count(standingFor).recurringIn(all),
                RecurringLines.estimate(List.of(), sampled, every).recurringIn(all));
    }
}
