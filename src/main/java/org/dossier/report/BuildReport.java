package org.dossier.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The account of a build: every seed's outcome (sorted by source) and the problems not tied to a seed, such as a
 * malformed correction file. Feeds {@code data/report.json}, the report page and the summary line.
 */
public record BuildReport(List<SeedOutcome> seeds, List<Problem> problems) {
    public BuildReport {
        seeds = seeds.stream().sorted(Comparator.comparing(SeedOutcome::source)).toList();
        problems = List.copyOf(problems);
    }

    public List<SeedOutcome> with(SeedOutcome.Status status) {
        return seeds.stream().filter(s -> s.status() == status).toList();
    }

    /** "4 articles, 1 duplicate, 3 rejected, 5 skipped captures in web archives (see the report): 900_empty.txt (empty file (0 bytes)), ..." */
    public String summary(String out) {
        int a = with(SeedOutcome.Status.ARTICLE).size(), d = with(SeedOutcome.Status.DUPLICATE).size();
        List<SeedOutcome> r = with(SeedOutcome.Status.REJECTED);
        int skipped = with(SeedOutcome.Status.SKIPPED).size();
        String line = String.format(Locale.ROOT, "%d %s, %d %s, %d rejected", a, a == 1 ? "article" : "articles", d,
                d == 1 ? "duplicate" : "duplicates", r.size());
        // Captures in web archives that are no articles are many (every image, stylesheet): counted, not named here.
        if (skipped > 0) line += String.format(Locale.ROOT, ", %d skipped %s in web archives (see the report)", skipped,
                skipped == 1 ? "capture" : "captures");
        if (!r.isEmpty()) line += ": " + r.stream().map(s -> s.source() + " (" + s.detail() + ")").collect(Collectors.joining(", "));
        return line + " -> " + out;
    }
}
