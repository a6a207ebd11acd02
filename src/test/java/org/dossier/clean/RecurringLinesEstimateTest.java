package org.dossier.clean;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
    void aSampledSeedCountsAsTheSeedsItStandsFor(@ForAll("archives") List<long[]> sampled, @ForAll @IntRange(min = 1, max = 9) int every) {
        List<long[]> standingFor = new ArrayList<>();
        for (long[] s : sampled) for (int k = 0; k < every; k++) standingFor.add(s);
        long[] all = LongStream.rangeClosed(1, 40).toArray();
        assertArrayEquals(RecurringLines.count(standingFor).recurringIn(all),
                RecurringLines.estimate(List.of(), sampled, every).recurringIn(all));
    }
}
