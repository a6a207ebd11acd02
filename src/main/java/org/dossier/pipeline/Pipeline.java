package org.dossier.pipeline;

import org.dossier.clean.SeedCleaner;
import org.dossier.config.Config;
import org.dossier.config.SiteInfo;
import org.dossier.extract.Article;
import org.dossier.extract.Curation;
import org.dossier.extract.Extractor;
import org.dossier.index.ArchiveIndex;
import org.dossier.ingest.Seed;
import org.dossier.ingest.SeedReader;
import org.dossier.publish.AtomicOutput;
import org.dossier.publish.DataFiles;
import org.dossier.publish.Fixity;
import org.dossier.publish.Originals;
import org.dossier.publish.SearchIndex;
import org.dossier.render.JBakeEngine;
import org.dossier.render.RenderInput;
import org.dossier.report.BuildReport;
import org.dossier.report.Outcome;
import org.dossier.report.Problem;
import org.dossier.report.Removals;
import org.dossier.report.SeedOutcome;
import org.dossier.write.ContentPages;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One build, stage by stage, timing each:
 * ingest (read and decode) → clean → extract → index → write (content pages) → render (JBake) → publish
 * (data files, originals, search index, manifest, atomic swap).
 *
 * <pre>{@code Pipeline.Result r = Pipeline.run(config, System.err);}</pre>
 */
public final class Pipeline {
    /** @param timings milliseconds per stage, in order */
    public record Result(BuildReport report, ArchiveIndex index, Map<String, Long> timings, List<String> renderErrors) {
        public boolean anyRejected() {
            return !report.with(SeedOutcome.Status.REJECTED).isEmpty();
        }
    }

    /** What one seed became after ingest, clean and extract. */
    private record Processed(Path path, String source, Outcome<Article> outcome, Optional<String> decoding, Removals removals) {}

    private Pipeline() {}

    public static Result run(Config config, PrintStream log) throws IOException {
        Map<String, Long> timings = new LinkedHashMap<>();
        long t = System.nanoTime();
        Curation curation = Files.isDirectory(config.content()) ? Curation.load(config.content()) : Curation.empty();
        SiteInfo site = SiteInfo.load(config.content());
        List<Path> files = SeedReader.list(config.seeds());
        t = lap(timings, "list", t);

        Extractor extractor = new Extractor(curation);
        List<Processed> processed = files.parallelStream().map(f -> process(config.seeds(), f, extractor)).toList();
        t = lap(timings, "ingest+clean+extract", t);

        List<Article> articles = new ArrayList<>();
        processed.forEach(p -> { if (p.outcome() instanceof Outcome.Ok<Article> ok) articles.add(ok.value()); });
        ArchiveIndex index = ArchiveIndex.build(articles, curation);
        BuildReport report = report(processed, index, curation.problems());
        t = lap(timings, "index", t);

        try (AtomicOutput output = AtomicOutput.begin(config.out(), config.work())) {
            Path staging = output.staging();
            ContentPages.write(index, config.work().resolve("articles"));
            Path curated = mirrorCuratedPages(config.content().resolve("pages"), config.work().resolve("content"));
            t = lap(timings, "write", t);

            Path templates = config.templates() != null ? config.templates() : Bundled.unpack("templates", config.work());
            Path assets = config.assets() != null ? config.assets() : Bundled.unpack("assets", config.work());
            RenderInput input = new RenderInput(index, report, site, config.baseUrl(), config.work().resolve("articles"), curated);
            JBakeEngine.Result rendered = JBakeEngine.render(input, templates, assets, config.work(), staging);
            t = lap(timings, "render", t);
            if (!rendered.errors().isEmpty()) {
                return new Result(report, index, timings, rendered.errors());
            }

            DataFiles.write(index, report, staging);
            SearchIndex.write(index, staging);
            Map<String, Path> originals = new TreeMap<>();
            processed.stream().filter(p -> p.outcome() instanceof Outcome.Ok).forEach(p -> originals.put(p.source(), p.path()));
            Originals.copy(originals, staging);
            Files.writeString(staging.resolve("robots.txt"), "User-agent: *\nAllow: /\n"
                    + config.baseUrl().map(b -> "Sitemap: " + b + "sitemap.xml\n").orElse(""), StandardCharsets.UTF_8);
            Fixity.write(staging);
            output.commit();
            lap(timings, "publish", t);
        }
        return new Result(report, index, timings, List.of());
    }

    private static Processed process(Path seeds, Path file, Extractor extractor) {
        String source = SeedReader.sourceName(seeds, file);
        Outcome<Seed> read = SeedReader.read(seeds, file);
        Optional<String> decoding = read instanceof Outcome.Ok<Seed> ok ? Optional.of(ok.value().decoding()) : Optional.empty();
        Removals[] removals = {Removals.none()};
        Outcome<Article> article = read.then(SeedCleaner::clean).then(c -> {
            removals[0] = c.removals();
            return extractor.extract(c);
        });
        return new Processed(file, source, article, decoding, removals[0]);
    }

    private static BuildReport report(List<Processed> processed, ArchiveIndex index, List<Problem> problems) {
        Map<String, String> urls = new HashMap<>();
        index.timeline().forEach(e -> urls.put(e.article().source(), e.url()));
        Map<String, String> duplicateOf = new HashMap<>();
        index.duplicates().forEach(d -> duplicateOf.put(d.source(), d.duplicateOf()));
        List<SeedOutcome> seeds = new ArrayList<>();
        for (Processed p : processed) {
            SeedOutcome o;
            if (p.outcome() instanceof Outcome.Failed<Article> f) {
                o = new SeedOutcome(p.source(), SeedOutcome.Status.REJECTED, f.problem().reason(), p.decoding(), p.removals());
            } else if (duplicateOf.containsKey(p.source())) {
                o = new SeedOutcome(p.source(), SeedOutcome.Status.DUPLICATE, duplicateOf.get(p.source()), p.decoding(), p.removals());
            } else {
                o = new SeedOutcome(p.source(), SeedOutcome.Status.ARTICLE, urls.get(p.source()), p.decoding(), p.removals());
            }
            seeds.add(o);
        }
        return new BuildReport(seeds, problems);
    }

    /** Curated pages are mirrored into the work folder, so JBake crawls them beside nothing it should not see. */
    private static Path mirrorCuratedPages(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> s = Files.walk(to)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(to);
        if (Files.isDirectory(from)) {
            try (Stream<Path> s = Files.walk(from)) {
                for (Path p : s.toList()) {
                    Path dest = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(dest);
                    else Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    private static long lap(Map<String, Long> timings, String stage, long since) {
        long now = System.nanoTime();
        timings.put(stage, (now - since) / 1_000_000);
        return now;
    }
}
