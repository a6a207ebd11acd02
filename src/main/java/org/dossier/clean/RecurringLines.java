package org.dossier.clean;

import org.dossier.ingest.Chars;
import org.dossier.ingest.Seed;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The lines an archive's text seeds share: a site's chrome (its name and motto, "Follow us on…", the footer) is
 * printed on every page a scraper saved from it, an article's sentences on one. Lines are compared normalised (letter
 * case, digits and runs of spaces do not count) by a 64-bit hash, so the archive-wide count is a sort of numbers
 * and never holds any text. A line counts as recurring when at least {@link #MIN_SEEDS} seeds and about 1% of the
 * text seeds hold it ({@link #threshold}): on a generated archive of 10,000 articles from one newsroom, sentences of the house
 * style ("The move was widely seen as a setback for …") recur in up to 0.3% of the seeds, and two articles quoting
 * one statement share it, while a site's chrome is on every page it saved. It is evidence for the block classifier,
 * not a verdict: a recurring line of prose between paragraphs of the article stays.
 *
 * <pre>{@code
 * RecurringLines archive = RecurringLines.count(List.of(RecurringLines.of(seedA), RecurringLines.of(seedB)));
 * long[] own = archive.recurringIn(RecurringLines.of(seedA));  // what seedA's cleaning is told
 * }</pre>
 */
public final class RecurringLines {
    static final int MIN_SEEDS = 3;
    /** A line with fewer letters than this (a number, a bullet) says nothing about where it came from. */
    private static final int MIN_LETTERS = 2;
    private static final long[] NONE = {};

    /** Sorted: the hashes of the lines that recur. */
    private final long[] recurring;
    /** How many text seeds hold each of them at least ({@link #threshold}). */
    private final int minSeeds;

    private RecurringLines(long[] recurring, int minSeeds) {
        this.recurring = recurring;
        this.minSeeds = minSeeds;
    }

    /** The count a build kept ({@link #lines}, {@link #minSeeds}), for the next one to {@link #recount}. */
    public static RecurringLines restore(long[] lines, int minSeeds) {
        long[] sorted = lines.clone();
        Arrays.sort(sorted);
        return new RecurringLines(sorted, minSeeds);
    }

    /** The hashes of the lines that recur, sorted. */
    public long[] lines() {
        return recurring.clone();
    }

    public int minSeeds() {
        return minSeeds;
    }

    /** The seed's distinct lines, hashed and sorted: its paragraphs as {@link TextCleaner} splits them. None for an HTML page. */
    public static long[] of(Seed seed) {
        if (seed.kind() != Seed.Kind.TEXT) return NONE;
        List<String> paragraphs = TextCleaner.bodyParagraphs(seed.text());
        long[] hashes = new long[paragraphs.size()];
        int n = 0;
        for (String p : paragraphs) {
            long h = hash(p);
            if (h != 0) hashes[n++] = h;
        }
        return distinct(hashes, n);
    }

    /** @param perSeed each text seed's {@link #of} (an HTML page's empty array does not count as a text seed) */
    public static RecurringLines count(List<long[]> perSeed) {
        return estimate(perSeed, List.of(), 1);
    }

    /**
     * {@link #count} for an archive of which only some seeds' lines are known yet: each seed of a sample of the
     * others stands for {@code every} seeds. A guess, to be checked against the count once every seed's lines are
     * known; with {@code every} 1 it is the count of both lists.
     *
     * @param counted seeds whose lines are known
     * @param sampled every {@code every}-th of the other seeds
     */
    public static RecurringLines estimate(List<long[]> counted, List<long[]> sampled, int every) {
        long[] known = sorted(counted), sample = sorted(sampled);
        int threshold = threshold(textSeeds(counted) + every * textSeeds(sampled));
        long weight = known.length + (long) every * sample.length;
        long[] recurring = new long[(int) Math.min(known.length + sample.length, weight / threshold + 1)];
        int n = 0;
        // each seed's hashes are distinct, so a run of one hash counts the seeds that hold its line
        for (int i = 0, j = 0; i < known.length || j < sample.length; ) {
            long h = j == sample.length || (i < known.length && known[i] <= sample[j]) ? known[i] : sample[j];
            long seeds = 0;
            for (; i < known.length && known[i] == h; i++) seeds++;
            for (; j < sample.length && sample[j] == h; j++) seeds += every;
            if (seeds >= threshold) recurring[n++] = h;
        }
        return new RecurringLines(Arrays.copyOf(recurring, n), threshold);
    }

    /**
     * This count, of an archive before a change, made that of the archive after it ({@link #count} of {@code perSeed})
     * without sorting every line of the archive: only the lines the change touched can start or stop recurring, and
     * only they are counted, in one pass over the seeds. Empty when the threshold moved (the archive crossed a power
     * of two), since then any line can: the archive must be counted whole.
     *
     * @param perSeed each text seed's lines after the change
     * @param touched the lines of the seeds the change removed, added or changed, before and after it
     */
    public Optional<RecurringLines> recount(List<long[]> perSeed, long[] touched) {
        int threshold = threshold(textSeeds(perSeed));
        if (threshold != minSeeds) return Optional.empty();
        long[] lines = distinct(touched.clone(), touched.length);
        int[] seeds = new int[lines.length];
        if (lines.length > 0) {
            // Every line of the archive is looked up among the few touched: in an open-addressed table of them, one
            // probe or two each, where a binary search took a dozen steps (three million lines at 100,000 seeds).
            int mask = Integer.highestOneBit(4 * lines.length) - 1;
            long[] keys = new long[mask + 1];
            int[] at = new int[mask + 1];
            for (int k = 0; k < lines.length; k++) {
                int slot = slot(lines[k], mask);
                while (at[slot] != 0) slot = (slot + 1) & mask;
                keys[slot] = lines[k];
                at[slot] = k + 1;
            }
            for (long[] hashes : perSeed) {
                for (long h : hashes) {
                    for (int slot = slot(h, mask); at[slot] != 0; slot = (slot + 1) & mask) {
                        if (keys[slot] == h) {
                            seeds[at[slot] - 1]++;
                            break;
                        }
                    }
                }
            }
        }
        long[] now = new long[recurring.length + lines.length];
        int n = 0;
        for (long h : recurring) if (Arrays.binarySearch(lines, h) < 0) now[n++] = h;
        for (int k = 0; k < lines.length; k++) if (seeds[k] >= threshold) now[n++] = lines[k];
        Arrays.sort(now, 0, n);
        return Optional.of(new RecurringLines(Arrays.copyOf(now, n), threshold));
    }

    private static int slot(long hash, int mask) {
        return (int) ((hash * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }

    private static int textSeeds(List<long[]> perSeed) {
        int seeds = 0;
        for (long[] h : perSeed) if (h.length > 0) seeds++;
        return seeds;
    }

    /** All the seeds' hashes in one sorted array. */
    private static long[] sorted(List<long[]> perSeed) {
        int total = 0;
        for (long[] h : perSeed) total += h.length;
        long[] all = new long[total];
        int at = 0;
        for (long[] h : perSeed) {
            System.arraycopy(h, 0, all, at, h.length);
            at += h.length;
        }
        Arrays.parallelSort(all);
        return all;
    }

    /**
     * How many text seeds must hold a line for it to recur: 1% of them rounded down to a power of two (so between 0.5%
     * and 1%), at least {@link #MIN_SEEDS}. A threshold that followed every new seed would move at each hundredth one,
     * and every seed holding a line counted just at it would be cleaned again; this one moves only when the archive
     * doubles, as the search index's table does, so a new seed re-cleans only the seeds it shares a line with.
     */
    static int threshold(int seeds) {
        int share = seeds / 100;
        return Math.max(MIN_SEEDS, share == 0 ? 0 : Integer.highestOneBit(share));
    }

    /** Those of a seed's lines ({@link #of}) that recur in the archive, sorted: all its cleaning needs to know of the others. */
    public long[] recurringIn(long[] seedLines) {
        long[] out = new long[Math.min(seedLines.length, recurring.length)];
        int n = 0;
        for (long h : seedLines) if (Arrays.binarySearch(recurring, h) >= 0) out[n++] = h;
        return n == 0 ? NONE : Arrays.copyOf(out, n);
    }

    /** Whether the paragraph is one of the seed's recurring lines. */
    static boolean contains(long[] recurring, String paragraph) {
        if (recurring.length == 0) return false;
        long h = hash(paragraph);
        return h != 0 && Arrays.binarySearch(recurring, h) >= 0;
    }

    /**
     * FNV-1a over the normalised line: letters lower-cased, every digit a 0, runs of spaces one space; 0 for a line
     * with too few letters to count.
     */
    static long hash(String line) {
        // a copy to index: under C1 (see BoundedHeap) charAt costs more per character than the copy
        char[] chars = line.toCharArray();
        long h = 0xcbf29ce484222325L;
        int letters = 0;
        boolean space = false;
        for (char c : chars) {
            if (Chars.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) h = (h ^ ' ') * 0x100000001b3L;
            space = false;
            if (Chars.isLetter(c)) {
                letters++;
                c = Chars.toLowerCase(c);
            } else if (Chars.isDigit(c)) {
                c = '0';
            }
            h = (h ^ c) * 0x100000001b3L;
        }
        return letters < MIN_LETTERS || h == 0 ? 0 : h;
    }

    private static long[] distinct(long[] hashes, int n) {
        if (n == 0) return NONE;
        Arrays.sort(hashes, 0, n);
        int m = 1;
        for (int i = 1; i < n; i++) if (hashes[i] != hashes[m - 1]) hashes[m++] = hashes[i];
        return Arrays.copyOf(hashes, m);
    }
}
