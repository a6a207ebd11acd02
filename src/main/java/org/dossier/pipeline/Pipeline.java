package org.dossier.pipeline;

import org.dossier.clean.CleanedSeed;
import org.dossier.clean.RecurringLines;
import org.dossier.clean.SeedCleaner;
import org.dossier.config.Config;
import org.dossier.config.SiteInfo;
import org.dossier.extract.Article;
import org.dossier.extract.Curation;
import org.dossier.extract.Extractor;
import org.dossier.index.ArchiveIndex;
import org.dossier.index.Dependencies;
import org.dossier.index.SitePaths;
import org.dossier.ingest.Capture;
import org.dossier.ingest.FileStamp;
import org.dossier.ingest.Seed;
import org.dossier.ingest.SeedReader;
import org.dossier.ingest.SeedUnit;
import org.dossier.ingest.WebArchive;
import org.dossier.ingest.Sha256;
import org.dossier.publish.AtomicOutput;
import org.dossier.publish.DataFiles;
import org.dossier.publish.Fixity;
import org.dossier.publish.Originals;
import org.dossier.publish.Parallel;
import org.dossier.publish.SearchIndex;
import org.dossier.render.JBakeEngine;
import org.dossier.render.RenderInput;
import org.dossier.report.BuildReport;
import org.dossier.report.Deadline;
import org.dossier.report.Outcome;
import org.dossier.report.Problem;
import org.dossier.report.Removals;
import org.dossier.report.SeedOutcome;
import org.dossier.report.Stage;
import org.dossier.write.ContentPages;
import org.dossier.write.SiteFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * One build, stage by stage, timing each. Per seed, in parallel and without keeping any text in memory:
 * read and decode → clean → extract → write its content page (or take all of that from the build cache when the
 * seed, the code and its curation are unchanged). Then, for the archive: index → render (JBake, whose start-up runs
 * meanwhile on its own thread) → publish (data files, originals and search index at once, then the fixity manifest)
 * into a staging folder swapped in atomically.
 *
 * <pre>{@code Pipeline.Result r = Pipeline.run(config, progress);}</pre>
 */
public final class Pipeline {
    /**
     * @param timings  milliseconds per stage, in order; {@code seedsReused}, {@code filesReused} and {@code pagesKeyed}
     *                 (pages whose inputs changed, so their views were gathered and hashed) show the cache at work
     * @param kept     files a user had put into the replaced site, each with where it was moved to
     * @param withheld why the new site was not swapped in (the previous one is left in place), when it was not
     * @param archivesRead web archives, and records in them, read this time (the others were unchanged, and their pages came from the cache)
     * @param inputsChanged inputs of the pages whose versions changed since the last build ({@link Dependencies#changed})
     * @param dataRowsMade rows of the data files serialised (the others were copied from the live files as they were)
     * @param readAhead    seeds read ahead of their cleaning, to guess the lines that recur in the archive
     * @param cleanedAgain seeds cleaned again, since the guess was wrong about their lines
     */
    public record Result(BuildReport report, ArchiveIndex index, Map<String, Long> timings, List<String> renderErrors,
                         Optional<String> withheld, int seedsReused, int filesWritten, int filesReused, int pagesKeyed, int inputsChanged, List<String> kept,
                         Optional<State> state, WebArchive.Reads archivesRead, int dataRowsMade, int readAhead, int cleanedAgain) {}

    /**
     * What a build leaves for the next one in the same process ({@code serve}), so that one need not load it from disk
     * (6.2 s at 100,000 articles): the build cache as saved, for the site it was saved with.
     */
    public static final class State {
        private final BuildCache cache;
        private final Path work, site;
        /** The site's manifest as {@link #readManifest} found it, once read. */
        private volatile CompletableFuture<Optional<Manifest>> manifest = CompletableFuture.completedFuture(Optional.empty());

        private State(BuildCache cache, Path work, Path site) {
            this.cache = cache;
            this.work = work;
            this.site = site;
        }

        /**
         * Reads the live site's manifest now, on a thread of its own, for the next build to start from instead of
         * reading it (40 MB at 100,000 articles): {@code serve} calls it once a rebuild is done, while it waits for the
         * next change.
         */
        public void readManifest() {
            manifest = CompletableFuture.supplyAsync(() -> {
                try {
                    Path m = site.resolve(Fixity.MANIFEST);
                    Optional<SiteFiles.Stamp> before = SiteFiles.Stamp.of(m);
                    Fixity.Listing listing = Fixity.Listing.read(site);
                    // Changed while it was read: the next build reads it again.
                    return before.isPresent() && before.equals(SiteFiles.Stamp.of(m)) ? Optional.of(new Manifest(before.get(), listing)) : Optional.empty();
                } catch (IOException e) {
                    return Optional.empty();
                }
            }, task -> {
                Thread read = new Thread(task, "read manifest");
                read.setDaemon(true);
                read.start();
            });
        }

        /** The listing read ahead, while the site's manifest is still the file it was read from. */
        private Optional<Fixity.Listing> manifest(Path out) throws IOException {
            if (!out.equals(site)) return Optional.empty();
            Optional<Manifest> read = manifest.join();
            if (read.isEmpty() || !SiteFiles.Stamp.of(out.resolve(Fixity.MANIFEST)).equals(Optional.of(read.get().stamp()))) return Optional.empty();
            return Optional.of(read.get().listing());
        }

        private record Manifest(SiteFiles.Stamp stamp, Fixity.Listing listing) {}
    }

    /** Told how many seeds are done, for a progress display. */
    public interface Progress {
        void seeds(int done, int total);

        /**
         * Told once the pages are made, whole, before the rest is published: the site paths of the files this build
         * has put into {@code staging} so far (some may be the live site's, left in place). {@code serve} shows them
         * from there meanwhile.
         */
        default void rendered(Path staging, Set<String> files) {}
    }

    /** What one seed became: an article (new or from the cache) or a problem, with what cleaning removed. */
    private record Processed(Path path, String source, Outcome<Article> outcome, Optional<String> decoding, Removals removals,
                             Optional<BuildCache.Seed> cached, Optional<FileStamp> stamp, BuildCache.Lines lines, long[] recurring) {}

    /**
     * How many seeds of those whose lines the state does not know are read ahead to guess the archive's recurring
     * lines (see {@link #run}): enough that a line held by the share of seeds that makes it recur shows in the sample
     * about ten times at any size, few enough that reading them twice costs little.
     */
    private static final int LINES_SAMPLE = 2048;

    private Pipeline() {}

    public static Result run(Config config, Progress progress) throws Exception {
        return run(config, progress, Optional.empty());
    }

    /** @param previous what the last build in this process left ({@link Result#state}), to start from instead of the disk */
    public static Result run(Config config, Progress progress, Optional<State> previous) throws Exception {
        Map<String, Long> timings = new LinkedHashMap<>();
        long t = System.nanoTime();
        // Listing ten thousand seeds takes as long as the start-up below, which hardly needs the disk: side by side.
        CompletableFuture<SeedReader.Listing> listing = CompletableFuture.supplyAsync(() -> {
            try {
                return SeedReader.list(config.seeds());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> {
            Thread list = new Thread(task, "list");
            list.setDaemon(true);
            list.start();
        });
        Curation curation = Files.isDirectory(config.content()) ? Curation.load(config.content()) : Curation.empty();
        SiteInfo site = SiteInfo.load(config.content());

        try (AtomicOutput output = AtomicOutput.begin(config.out(), config.work())) {
            Path templates = config.templates() != null ? config.templates() : Bundled.unpack("templates", config.work());
            Path assets = config.assets() != null ? config.assets() : Bundled.unpack("assets", config.work());
            Path curated = config.work().resolve("content");
            List<Problem> curatedPages = mirrorCuratedPages(config.content().resolve("pages"), curated, config.work(), assets);
            // The code this process runs is the code the last build in it ran, whatever the jar on disk has become since.
            String code = previous.isPresent() ? previous.get().cache.code() : Fingerprints.code();
            String renderKey = Fingerprints.of(code, Fingerprints.folder(templates));
            // Everything the bake is made from: while it is the last bake's, JBake is not started.
            String bakeKey = Fingerprints.of(renderKey, Fingerprints.folder(assets), Fingerprints.folder(curated), site.title(), site.description());
            try (JBakeEngine bake = JBakeEngine.start(site, templates, assets, curated, config.work(), bakeKey, config.clean())) {
                String extractKey = Fingerprints.of(code, curation.aliases().toString());
                // What every seed's key is made from besides the seed: while it is the state's, a seed keeps its key.
                String keyBase = Fingerprints.of(extractKey, curation.corrections().toString());
                Path cacheFile = config.work().resolve("state.db");
                BuildCache cache = config.clean() ? BuildCache.empty(code)
                        : previous.filter(p -> p.work.equals(config.work()) && p.cache.code().equals(code)).map(p -> p.cache)
                                .orElseGet(() -> BuildCache.load(cacheFile, code));
                // Files of the current site may be reused only if it is the very site the cached keys were made for.
                Optional<Fixity.Listing> readAhead = previous.isPresent() ? previous.get().manifest(config.out()) : Optional.empty();
                Fixity.Listing previousManifest = readAhead.isPresent() ? readAhead.get() : Fixity.Listing.read(config.out());
                boolean reusable = !config.clean() && !cache.siteManifest().isEmpty()
                        && cache.siteManifest().equals(manifestDigest(config.out(), cache));
                SiteFiles siteFiles = new SiteFiles(output.staging(), reusable ? Optional.of(config.out()) : Optional.empty(),
                        reusable ? cache.files() : Map.of(), previousManifest, reusable ? cache.stamps() : Map.of());
                t = lap(timings, "cache, templates", t);
                SeedReader.Listing listed = listed(listing);
                ArchiveScans.Units found = ArchiveScans.read(listed, config.work(), code, config.clean());
                List<SeedUnit> units = found.units();
                t = lap(timings, "list", t);

                // A line many seeds share is the sites' furniture: each seed is told only which of its own lines recur
                // in the archive, so its cache key changes only when that does. Reading every seed once to count lines
                // and again to clean it cost a tenth of a full build, so a seed whose lines the state does not know has
                // them taken as it is read to be cleaned, against a guess from the known lines and a sample of the
                // others; the count follows, and the few seeds the guess misjudged are cleaned again with it.
                List<Optional<BuildCache.Lines>> stamped = units.parallelStream().map(u -> linesStamped(u, cache)).toList();
                int[] unknown = IntStream.range(0, units.size()).filter(i -> stamped.get(i).isEmpty()).toArray();
                int every = Math.max(1, (unknown.length + LINES_SAMPLE - 1) / LINES_SAMPLE);
                Map<Integer, BuildCache.Lines> sampled = IntStream.range(0, unknown.length).filter(k -> k % every == 0).parallel()
                        .mapToObj(k -> unknown[k]).collect(Collectors.toMap(i -> i, i -> lines(config.seeds(), units.get(i), cache)));
                RecurringLines guess = (every == 1 ? recounted(cache, units, stamped, sampled) : Optional.<RecurringLines>empty())
                        .orElseGet(() -> RecurringLines.estimate(stamped.stream().flatMap(Optional::stream).map(BuildCache.Lines::hashes).toList(),
                                sampled.values().stream().map(BuildCache.Lines::hashes).toList(), every));
                t = lap(timings, "recurring lines", t);

                Extractor extractor = new Extractor(curation);
                ContentPages pages = new ContentPages(config.work(), cache.generation() < 0 ? Optional.empty()
                        : Optional.of(cache.seeds().values().stream().map(s -> s.article().id()).collect(Collectors.toSet())));
                AtomicInteger done = new AtomicInteger();
                List<Processed> guessed = IntStream.range(0, units.size()).parallel().mapToObj(i -> {
                    Processed p = process(config.seeds(), units.get(i), extractor, pages, cache, extractKey, keyBase, curation,
                            stamped.get(i).or(() -> Optional.ofNullable(sampled.get(i))), guess);
                    progress.seeds(done.incrementAndGet(), units.size());
                    return p;
                }).toList();
                // When every seed's lines were known before it was cleaned (each one the state did not know was read
                // ahead, as in an incremental build), the guess counted them all: it is the count, and no seed was misjudged.
                boolean counted = every == 1;
                RecurringLines archive = counted ? guess : RecurringLines.count(guessed.stream().map(p -> p.lines().hashes()).toList());
                AtomicInteger again = new AtomicInteger();
                List<Processed> processed = counted ? guessed : IntStream.range(0, units.size()).parallel().mapToObj(i -> {
                    Processed p = guessed.get(i);
                    if (Arrays.equals(p.recurring(), archive.recurringIn(p.lines().hashes()))) return p;
                    again.incrementAndGet();
                    return process(config.seeds(), units.get(i), extractor, pages, cache, extractKey, keyBase, curation, Optional.of(p.lines()), archive);
                }).toList();
                int cleanedAgain = again.get();
                List<Article> articles = new ArrayList<>();
                int[] lastRanks = new int[processed.size()];
                for (Processed p : processed) {
                    if (!(p.outcome() instanceof Outcome.Ok<Article> ok)) continue;
                    lastRanks[articles.size()] = p.cached().map(BuildCache.Seed::rank).orElse(-1);
                    articles.add(ok.value());
                }
                pages.prune(articles.stream().map(Article::id).collect(Collectors.toSet()));
                t = lap(timings, "read+clean+extract+write", t);

                ArchiveIndex index = ArchiveIndex.build(articles, lastRanks, curation, found.earlier().stream()
                        .map(e -> new ArchiveIndex.Duplicate(e.source(), e.latest(), "an earlier capture of the same URL")).toList());
                List<Problem> unused = curation.unused(processed.stream().map(Processed::source).collect(Collectors.toSet()),
                        index.people().stream().map(ArchiveIndex.Person::name).collect(Collectors.toSet()));
                BuildReport report = report(processed, found, index, Stream.of(listed.skipped(), found.damage(), curation.problems(),
                        curatedPages, unused, index.problems()).flatMap(List::stream).toList());
                t = lap(timings, "index", t);
                Optional<String> withheld = withheld(config, index, report);
                if (withheld.isPresent()) return new Result(report, index, timings, List.of(), withheld, 0, 0, 0, 0, 0, List.of(), Optional.empty(), found.read(), 0, sampled.size(), cleanedAgain);

                // The versions of the pages' inputs are trusted with the file keys: for the very site they were made for.
                Dependencies dependencies = Dependencies.of(index, String.join("\n", renderKey, site.title(), site.description(),
                        config.baseUrl().orElse("")), curation.profiles().toString(), reusable ? cache.inputs() : Map.of(),
                        reusable ? cache.files() : Map.of(), change(processed, cache));
                RenderInput input = new RenderInput(index, report, site, config.baseUrl(), pages.pages(), curated, renderKey, dependencies);
                JBakeEngine.Result rendered = bake.render(input, siteFiles);
                t = lap(timings, "render", t);
                if (!rendered.errors().isEmpty()) {
                    return new Result(report, index, timings, rendered.errors(), Optional.empty(), 0, 0, 0, 0, 0, List.of(), Optional.empty(), found.read(), 0, sampled.size(), cleanedAgain);
                }
                // Only what stays in place is told: a whole new site is swapped in at once.
                if (siteFiles.staysInPlace()) progress.rendered(output.staging(), siteFiles.digests().keySet());

                // Duplicates keep their originals too: the report links them, and nothing given is lost.
                Map<String, Map.Entry<String, Path>> originals = new TreeMap<>();
                // From the listed path, never from the source name: a name that is not valid UTF-8 reads otherwise.
                for (Processed p : processed) {
                    if (p.outcome() instanceof Outcome.Ok<Article> ok) originals.put(p.source(), new AbstractMap.SimpleEntry<>(ok.value().sha256(), p.path()));
                }
                // Side by side, each timed on its own: their times add up to more than the wall time they take together.
                Map<String, Long> parts = new ConcurrentHashMap<>();
                int[] rowsMade = {0};
                Parallel.all(timed(parts, "publish: data files", () -> rowsMade[0] = DataFiles.write(index, report, dependencies, siteFiles, config.work())),
                        timed(parts, () -> {
                            boolean updated = siteFiles.staysInPlace() && updateSearch(index, cache, dependencies, siteFiles, pages, renderKey);
                            if (!updated) SearchIndex.write(index, siteFiles, a -> pages.text(a.id()), renderKey);
                            return updated ? "publish: search, updated" : "publish: search, in full";
                        }),
                        timed(parts, "publish: originals", () -> Originals.put(originals, index.originals(), siteFiles)));
                new TreeMap<>(parts).forEach(timings::put);
                t = System.nanoTime();
                Files.writeString(output.staging().resolve("robots.txt"), "User-agent: *\nAllow: /\n"
                        + config.baseUrl().map(b -> "Sitemap: " + b + "sitemap.xml\n").orElse(""), StandardCharsets.UTF_8);
                String manifest = output.manifest(siteFiles, previousManifest);
                t = lap(timings, "publish: changes, manifest", t);

                // In the listing's order, which is the sources' order for plain seeds: no tree of 100,000 names to build.
                Map<String, BuildCache.Seed> seeds = new LinkedHashMap<>(2 * processed.size());
                Map<String, BuildCache.Lines> seedLines = new LinkedHashMap<>(2 * processed.size());
                // The seeds whose rows the save looks at: a seed taken whole from the state keeps the state's rows.
                Set<String> changed = new HashSet<>();
                Map<String, Integer> ranks = ranks(processed, index);
                for (int i = 0; i < processed.size(); i++) {
                    Processed p = processed.get(i);
                    if (p.outcome() instanceof Outcome.Ok<Article> ok) {
                        BuildCache.Seed entry = cacheEntry(p, ok.value(), pages, ranks);
                        seeds.put(p.source(), entry);
                        if (p.cached().orElse(null) != entry) changed.add(p.source());
                    } else {
                        changed.add(p.source());
                    }
                    if (p.lines() != BuildCache.Lines.NONE) seedLines.put(p.source(), p.lines());
                    if (p.lines() != cache.lines().get(p.source())) changed.add(p.source());
                }
                output.commit();
                t = lap(timings, "publish: journal or swap", t);
                // Saved after the site is published (while a replaced site is deleted). A build that dies in between
                // leaves the previous cache, which names the previous site's manifest: the new site does not match it,
                // so none of its files are reused.
                BuildCache saved = new BuildCache(code, keyBase, seeds, manifest, siteFiles.keys(),
                        siteFiles.stamps(), dependencies.versions(), seedLines, Optional.of(archive), -1)
                        .save(cacheFile, cache, changed, new BuildCache.Touched(siteFiles.touched(), dependencies.touched()));
                pages.recorded();
                lap(timings, "publish: cache", t);
                int reusedSeeds = (int) processed.stream().filter(p -> p.cached().isPresent()).count();
                return new Result(report, index, timings, List.of(), Optional.empty(), reusedSeeds, siteFiles.written(),
                        siteFiles.reusedCount(), dependencies.keyed(), dependencies.changed(), output.kept(), Optional.of(new State(saved, config.work(), config.out())), found.read(), rowsMade[0],
                        sampled.size(), cleanedAgain);
            }
        }
    }

    /**
     * Updates the previous site's search index where the articles whose search entry changed touch it, and keeps its
     * other files. False when it cannot: the archive doubled or halved (every doc number changes), or a search file
     * it reads was changed in the site since the last build; or need not: most articles changed. Then the index is
     * made in full.
     */
    private static boolean updateSearch(ArchiveIndex index, BuildCache cache, Dependencies dependencies, SiteFiles files,
                                        ContentPages pages, String renderKey) throws Exception {
        Map<String, Boolean> changed = dependencies.changedSearchEntries();
        // A change to most of the archive (a new alias in the curation changes every article's key) costs less in full.
        if (2 * changed.size() > index.timeline().size()) return false;
        Set<String> existed = changed.keySet().stream().filter(changed::get).collect(Collectors.toSet());
        // The changed articles as the previous build had them (seeds with the same bytes share an id, and a digest).
        Map<String, Article> before = new HashMap<>();
        for (BuildCache.Seed s : cache.seeds().values()) {
            if (existed.contains(s.article().id())) before.putIfAbsent(s.article().id(), s.article());
        }
        if (before.size() != existed.size()) return false;
        Set<String> dropped = ConcurrentHashMap.newKeySet();
        try {
            boolean updated = SearchIndex.update(index, List.copyOf(before.values()), changed.keySet(), files::previous, a -> pages.text(a.id()),
                    renderKey, new SearchIndex.Output() {
                        @Override
                        public void put(String path, String key, byte[] bytes) throws Exception {
                            files.put(path, key, () -> bytes);
                        }

                        @Override
                        public void putContent(String path, byte[] bytes) throws IOException {
                            files.putContent(path, bytes);
                        }

                        @Override
                        public void delete(String path) {
                            dropped.add(path);
                        }
                    });
            if (updated) files.keep("search/", dropped);
            return updated;
        } catch (SiteFiles.Changed e) {
            return false;
        }
    }

    /** A build that yields no article, or under --strict rejects a file, has failed: its site must not replace the live one. */
    private static Optional<String> withheld(Config config, ArchiveIndex index, BuildReport report) {
        if (index.timeline().isEmpty()) return Optional.of("no article could be built from " + config.seeds());
        int rejected = report.with(SeedOutcome.Status.REJECTED).size();
        if (config.strict() && rejected > 0) return Optional.of("--strict: " + rejected + (rejected == 1 ? " file was" : " files were") + " rejected");
        return Optional.empty();
    }

    /**
     * The archive's recurring lines from those the state kept, when every seed's lines are known (each the state did not
     * know was read ahead, as in an incremental build): only the lines of the seeds that came, went or changed are
     * counted again, not every line of the archive sorted. Empty when the state kept none, or the threshold moved.
     */
    private static Optional<RecurringLines> recounted(BuildCache cache, List<SeedUnit> units, List<Optional<BuildCache.Lines>> stamped,
                                                      Map<Integer, BuildCache.Lines> sampled) {
        if (cache.recurring().isEmpty()) return Optional.empty();
        List<long[]> all = new ArrayList<>(units.size());
        List<long[]> touched = new ArrayList<>();
        int stated = 0;
        for (int i = 0; i < units.size(); i++) {
            // A seed whose lines the stamp found is one the state holds: only the others are looked up.
            if (stamped.get(i).isPresent()) {
                stated++;
                all.add(stamped.get(i).get().hashes());
                continue;
            }
            BuildCache.Lines was = cache.lines().get(units.get(i).source());
            if (was != null) stated++;
            long[] now = sampled.get(i).hashes();
            all.add(now);
            touched.add(now);
            if (was != null) touched.add(was.hashes());
        }
        // The state's lines of seeds no longer listed, looked for only when it holds more than the listed ones.
        if (cache.lines().size() > stated) {
            Set<String> sources = units.stream().map(SeedUnit::source).collect(Collectors.toSet());
            cache.lines().forEach((source, was) -> { if (!sources.contains(source)) touched.add(was.hashes()); });
        }
        return cache.recurring().get().recount(all, touched.stream().flatMapToLong(LongStream::of).toArray());
    }

    /** The seed's lines as the archive counts them, from the state, while the seed file's stamp is the one they were taken at. */
    private static Optional<BuildCache.Lines> linesStamped(SeedUnit unit, BuildCache cache) {
        return stamp(unit.stamp(), unit.path()).flatMap(s -> cache.linesStamped(unit.source(), s));
    }

    /**
     * The seed's lines as the archive counts them, read ahead for the guess: from the state while the seed's bytes are
     * those they were taken from, else read and decoded here (and again when the seed is cleaned: no text is kept in between).
     */
    private static BuildCache.Lines lines(Path seeds, SeedUnit unit, BuildCache cache) {
        String source = unit.source();
        Path file = unit.path();
        try {
            Optional<FileStamp> stamp = stamp(unit.stamp(), file);
            if (!(SeedReader.readBytes(source, seeds, file) instanceof Outcome.Ok<byte[]> bytes)) return BuildCache.Lines.NONE;
            // The digest only finds lines counted before, from the same bytes: a seed new to the state needs none.
            String sha = cache.hasLines(source) ? Sha256.hex(bytes.value()) : "";
            return counted(cache, source, stamp, sha, () -> SeedReader.decode(source, file, bytes.value(), sha, unit.capture()));
        } catch (RuntimeException | OutOfMemoryError e) {
            // The seed is read again to be cleaned, and what fails there is reported with the reason.
            return BuildCache.Lines.NONE;
        }
    }

    /** The seed's lines from the state by the digest of its bytes ("" for none), else counted from the decoded seed. */
    private static BuildCache.Lines counted(BuildCache cache, String source, Optional<FileStamp> stamp, String sha, Supplier<Outcome<Seed>> read) {
        Optional<BuildCache.Lines> known = cache.lines(source, sha);
        if (known.isPresent()) return new BuildCache.Lines(sha, stamp, known.get().hashes());
        return read.get() instanceof Outcome.Ok<Seed> seed ? new BuildCache.Lines(sha, stamp, RecurringLines.of(seed.value())) : BuildCache.Lines.NONE;
    }

    /**
     * @param lines   the seed's lines with the file's stamp they were taken at, when already known; else taken from the
     *                seed as it is read
     * @param archive the lines that recur in the archive, or a guess of them: the {@link Processed} says what the seed
     *                was told, to be checked against the count
     */
    private static Processed process(Path seeds, SeedUnit unit, Extractor extractor, ContentPages pages, BuildCache cache,
                                     String extractKey, String keyBase, Curation curation, Optional<BuildCache.Lines> lines, RecurringLines archive) {
        Processed p = process(seeds, unit.source(), unit.path(), unit.capture(), unit.stamp(), extractor, pages, cache, extractKey, keyBase,
                curation, lines, archive);
        // Where and when a page was captured is no part of what its cached article was made from: set on each build.
        if (unit.capture().isEmpty() || !(p.outcome() instanceof Outcome.Ok<Article> ok)) return p;
        return new Processed(p.path(), p.source(), Outcome.ok(ok.value().withCapture(unit.capture())), p.decoding(), p.removals(),
                p.cached(), p.stamp(), p.lines(), p.recurring());
    }

    /**
     * @param capture for a page captured in a web archive: how it was served (as HTML, in the charset its header names)
     * @param listed  the seed file's stamp as it was listed ({@link SeedUnit#stamp})
     */
    private static Processed process(Path seeds, String source, Path file, Optional<Capture> capture, Optional<FileStamp> listed,
                                     Extractor extractor, ContentPages pages, BuildCache cache, String extractKey, String keyBase, Curation curation, Optional<BuildCache.Lines> known,
                                     RecurringLines archive) {
        // What the seed is counted with in the archive, even when it fails below.
        BuildCache.Lines lines = known.orElse(BuildCache.Lines.NONE);
        long[] recurring = archive.recurringIn(lines.hashes());
        try {
            // The same payload served under another charset reads otherwise.
            String charset = capture.flatMap(Capture::charset).orElse("");
            // Taken once per build, before the seed's bytes are read: with its lines when they were read ahead.
            Optional<FileStamp> stamp = known.isPresent() ? lines.stamp() : stamp(listed, file);
            // An unchanged stamp vouches for the digest the seed had, so a seed built before is not even read; and with
            // the same lines of it recurring and the same key base, its key is the one it had, not digested again.
            long[] told = recurring;
            Optional<BuildCache.Seed> hit = known.isEmpty() ? Optional.empty() : stamp.flatMap(s -> cache.seedStamped(source, s))
                    .flatMap(s -> cached(cache, pages, source, charset.isEmpty() && keyBase.equals(cache.keyBase()) && Arrays.equals(s.told(), told)
                            ? s.key() : seedKey(source, s.article().sha256(), charset, extractKey, curation, told)));
            if (hit.isPresent()) return reused(file, source, hit.get(), stamp, lines, recurring);
            Outcome<byte[]> bytes = SeedReader.readBytes(source, seeds, file);
            if (bytes instanceof Outcome.Failed<byte[]> f) return failed(file, source, f.problem(), lines, recurring);
            byte[] b = ((Outcome.Ok<byte[]>) bytes).value();
            String sha = Sha256.hex(b);
            AtomicReference<Outcome<Seed>> decoded = new AtomicReference<>();
            Supplier<Outcome<Seed>> decode = () -> decoded.updateAndGet(d -> d != null ? d : SeedReader.decode(source, file, b, sha, capture));
            if (known.isEmpty()) {
                lines = counted(cache, source, stamp, cache.hasLines(source) ? sha : "", decode);
                recurring = archive.recurringIn(lines.hashes());
            }
            String contentKey = seedKey(source, sha, charset, extractKey, curation, recurring);
            hit = cached(cache, pages, source, contentKey);
            if (hit.isPresent()) return reused(file, source, hit.get(), stamp, lines, recurring);
            Outcome<Seed> read = decode.get();
            Optional<String> decoding = read instanceof Outcome.Ok<Seed> ok ? Optional.of(ok.value().decoding()) : Optional.empty();
            Deadline deadline = Deadline.after(Config.SEED_BUDGET, source);
            long[] cleanedWith = recurring;
            Outcome<CleanedSeed> cleaned = read.then(s -> SeedCleaner.clean(s, deadline, cleanedWith));
            Removals removals = cleaned instanceof Outcome.Ok<CleanedSeed> c ? c.value().removals() : Removals.none();
            Outcome<Article> article = cleaned.then(c -> extractor.extract(c, deadline).then(a -> {
                pages.write(a, c.blocks());
                return Outcome.ok(a.withContentKey(contentKey));
            }));
            return new Processed(file, source, article, decoding, removals, Optional.empty(), stamp, lines, recurring);
        } catch (Deadline.Exceeded e) {
            return failed(file, source, e.problem(), lines, recurring);
        } catch (RuntimeException e) {
            // A fault of ours on one odd seed must not cost the archive: it is reported like any unusable file.
            return failed(file, source, new Problem(source, Stage.CLEAN, "could not be processed (internal error: " + e + ")"), lines, recurring);
        } catch (OutOfMemoryError e) {
            // One pathological seed (megabytes on a single line) must not cost the archive either; its buffers are
            // garbage once this frame is left.
            return failed(file, source, new Problem(source, Stage.CLEAN, "too big to clean in memory; split it into smaller files"), lines, recurring);
        } catch (StackOverflowError e) {
            // The last line of defence: the stages walk seed-derived trees without recursion, so this is a fault of ours
            // (or of a library) on one odd seed, and the stack is unwound by now.
            return failed(file, source, new Problem(source, Stage.CLEAN, "nested too deeply to process (internal error: stack overflow)"), lines, recurring);
        }
    }

    /**
     * The seed file's stamp as it was listed, or, when it had not settled then (a seed copied in just before the
     * build), as it is now: taken before its bytes are read, a write in between makes it stale, never wrong. Without
     * the second look, every seed written in the two seconds before a build would be read again by the next one.
     */
    private static Optional<FileStamp> stamp(Optional<FileStamp> listed, Path file) {
        return listed.isPresent() ? listed : FileStamp.settled(file);
    }

    /** The seed's article as last built under this key, if its content page is still the one written then. */
    private static Optional<BuildCache.Seed> cached(BuildCache cache, ContentPages pages, String source, String key) {
        return cache.seed(source, key).filter(s -> unchanged(pages, s));
    }

    private static Processed reused(Path file, String source, BuildCache.Seed s, Optional<FileStamp> stamp, BuildCache.Lines lines,
                                    long[] recurring) {
        Article a = s.article();
        return new Processed(file, source, Outcome.ok(a), Optional.of(a.decoding()), a.removals(), Optional.of(s), stamp, lines, recurring);
    }

    /**
     * The sources whose article came, went or is other than the one the state had, with the state's articles for them:
     * a seed taken whole from the state keeps its article, the very record. Empty without a state.
     */
    private static Optional<Dependencies.Change> change(List<Processed> processed, BuildCache cache) {
        if (cache.generation() < 0) return Optional.empty();
        Set<String> sources = new HashSet<>();
        List<Article> before = new ArrayList<>();
        int known = 0;
        for (Processed p : processed) {
            if (p.cached().isPresent() && p.outcome() instanceof Outcome.Ok<Article> ok && ok.value() == p.cached().get().article()) {
                known++;
                continue;
            }
            BuildCache.Seed was = cache.seeds().get(p.source());
            if (was != null) known++;
            if (was == null && !(p.outcome() instanceof Outcome.Ok<Article>)) continue;
            sources.add(p.source());
            if (was != null) before.add(was.article());
        }
        // The seeds gone, looked for only when fewer of the state's were met than it holds.
        if (known < cache.seeds().size()) {
            Set<String> here = processed.stream().map(Processed::source).collect(Collectors.toSet());
            cache.seeds().forEach((source, s) -> {
                if (!here.contains(source)) {
                    sources.add(source);
                    before.add(s.article());
                }
            });
        }
        return Optional.of(new Dependencies.Change(sources, before));
    }

    /** @param ranks where each changed seed's article stands in the timeline, by source ({@link #ranks}) */
    private static BuildCache.Seed cacheEntry(Processed p, Article a, ContentPages pages, Map<String, Integer> ranks) throws IOException {
        int rank = ranks.getOrDefault(p.source(), -1);
        // A reused seed's page was checked against the record when it was reused: no need to look again.
        if (p.cached().isPresent()) {
            BuildCache.Seed c = p.cached().get();
            // The state's own row when nothing in it changed, so the save need not compare it; its rank stays a hint.
            if (c.stamp().equals(p.stamp()) && Arrays.equals(c.told(), p.recurring()) && (c.article() == a || c.article().equals(a))) return c;
            return new BuildCache.Seed(a.contentKey(), c.pageSize(), c.pageTime(), a, p.stamp(), p.recurring(), rank);
        }
        BasicFileAttributes page = Files.readAttributes(pages.page(a.id()), BasicFileAttributes.class);
        return new BuildCache.Seed(a.contentKey(), page.size(), page.lastModifiedTime().toMillis(), a, p.stamp(), p.recurring(), rank);
    }

    /**
     * Where the articles of the seeds whose entries the state may not hold as they are stand in the timeline, by
     * source: the others keep the ranks their entries have.
     */
    private static Map<String, Integer> ranks(List<Processed> processed, ArchiveIndex index) {
        Set<String> asked = new HashSet<>();
        for (Processed p : processed) {
            if (p.outcome() instanceof Outcome.Ok<Article> && (p.cached().isEmpty() || p.cached().get().article() != ((Outcome.Ok<Article>) p.outcome()).value())) {
                asked.add(p.source());
            }
        }
        Map<String, Integer> ranks = new HashMap<>();
        if (asked.isEmpty()) return ranks;
        List<ArchiveIndex.Entry> timeline = index.timeline();
        for (int i = 0; i < timeline.size(); i++) {
            String source = timeline.get(i).article().source();
            if (asked.contains(source)) ranks.put(source, i);
        }
        return ranks;
    }

    private static Processed failed(Path file, String source, Problem problem, BuildCache.Lines lines, long[] recurring) {
        return new Processed(file, source, new Outcome.Failed<>(problem), Optional.empty(), Removals.none(), Optional.empty(), Optional.empty(),
                lines, recurring);
    }

    private static boolean unchanged(ContentPages pages, BuildCache.Seed s) {
        // Looked at only after a build that was killed while it wrote pages: else a seed costs one system call, its stamp.
        if (pages.asRecorded()) return true;
        try {
            BasicFileAttributes page = Files.readAttributes(pages.page(s.article().id()), BasicFileAttributes.class);
            return page.isRegularFile() && page.size() == s.pageSize() && page.lastModifiedTime().toMillis() == s.pageTime()
                    && Files.isRegularFile(pages.text(s.article().id()));
        } catch (IOException e) {
            return false;
        }
    }

    /** @param recurring the seed's own lines that recur in the archive: the only thing other seeds change in its cleaning */
    private static String seedKey(String source, String sha, String charset, String extractKey, Curation curation, long[] recurring) {
        return Fingerprints.of(source, sha, charset, extractKey, String.valueOf(curation.corrections().get(source)), Arrays.toString(recurring));
    }

    /**
     * The live manifest's SHA-256: the state's, while the file has the stamp it had when the last build put it in
     * place; else read and hashed (40 MB at 100,000 articles).
     */
    private static String manifestDigest(Path site, BuildCache cache) {
        try {
            Path m = site.resolve(Fixity.MANIFEST);
            Optional<SiteFiles.Stamp> stamp = SiteFiles.Stamp.of(m);
            if (stamp.isPresent() && stamp.get().equals(cache.stamps().get(Fixity.MANIFEST))) return cache.siteManifest();
            return stamp.isPresent() ? Sha256.hex(Files.readAllBytes(m)) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every seed's outcome; a page from a web archive that yields no article is skipped, with why, not rejected. */
    private static BuildReport report(List<Processed> processed, ArchiveScans.Units found, ArchiveIndex index, List<Problem> problems) {
        Set<String> captures = found.units().stream().filter(u -> u.capture().isPresent()).map(SeedUnit::source).collect(Collectors.toSet());
        Map<String, String> urls = new HashMap<>();
        index.timeline().forEach(e -> urls.put(e.article().source(), e.url()));
        Map<String, String> duplicateOf = new HashMap<>();
        index.duplicates().forEach(d -> duplicateOf.put(d.source(), d.duplicateOf()));
        List<SeedOutcome> seeds = new ArrayList<>();
        for (Processed p : processed) {
            SeedOutcome o;
            if (p.outcome() instanceof Outcome.Failed<Article> f) {
                o = new SeedOutcome(p.source(), captures.contains(p.source()) ? SeedOutcome.Status.SKIPPED : SeedOutcome.Status.REJECTED,
                        f.problem().reason(), p.decoding(), p.removals());
            } else if (duplicateOf.containsKey(p.source())) {
                o = new SeedOutcome(p.source(), SeedOutcome.Status.DUPLICATE, duplicateOf.get(p.source()), p.decoding(), p.removals());
            } else {
                o = new SeedOutcome(p.source(), SeedOutcome.Status.ARTICLE, urls.get(p.source()), p.decoding(), p.removals());
            }
            seeds.add(o);
        }
        found.skipped().forEach(s -> seeds.add(new SeedOutcome(s.source(), SeedOutcome.Status.SKIPPED, s.reason(), Optional.empty(), Removals.none())));
        found.earlier().forEach(e -> seeds.add(new SeedOutcome(e.source(), SeedOutcome.Status.DUPLICATE, e.latest(), Optional.empty(), Removals.none())));
        return new BuildReport(seeds, problems);
    }

    /**
     * Curated pages are mirrored into the work folder, so JBake crawls them beside nothing it should not see. A page or
     * file that would land where the archive or its assets write is left out and reported: the archive's page wins,
     * and a fresh build still verifies. Every page links the About page, so an archive without its own gets
     * Dossier's default.
     *
     * @return the curated files left out, with what to rename them to
     */
    private static List<Problem> mirrorCuratedPages(Path from, Path to, Path work, Path assets) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> s = Files.walk(to)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(to);
        List<Problem> problems = new ArrayList<>();
        if (Files.isDirectory(from)) {
            Set<String> assetFiles = relativeFiles(assets);
            for (String name : relativeFiles(from).stream().sorted().toList()) {
                String site = JBakeEngine.sitePath(name);
                Optional<String> claim = SitePaths.archiveClaim(site).or(() -> assetClaim(site, assetFiles));
                Optional<String> why = JBakeEngine.refusal(name).or(() -> claim.map(c -> "the archive writes " + c + " itself"));
                if (why.isPresent()) {
                    String rename = (claim.isPresent() ? "curated-" : "") + name.replace('\\', '-');
                    problems.add(new Problem("content/pages/" + name, Stage.RENDER, "not published: " + why.get()
                            + " (rename it, e.g. to content/pages/" + rename + ")"));
                    continue;
                }
                Path dest = to.resolve(name);
                Files.createDirectories(dest.getParent());
                Files.copy(from.resolve(name), dest);
            }
        }
        try (Stream<Path> s = Files.list(to)) {
            if (s.noneMatch(p -> p.getFileName().toString().matches("about\\.[^.]+"))) {
                Files.copy(Bundled.unpack("default-pages", work).resolve("about.html"), to.resolve("about.html"));
            }
        }
        return problems;
    }

    /** The asset file a site path would take or hold, if any, letter case ignored as {@link SitePaths#archiveClaim} does. */
    private static Optional<String> assetClaim(String site, Set<String> assetFiles) {
        String p = site.toLowerCase(Locale.ROOT);
        for (String a : assetFiles) {
            String asset = a.toLowerCase(Locale.ROOT);
            if (asset.equals(p) || asset.startsWith(p + "/") || p.startsWith(asset + "/")) return Optional.of(a);
        }
        return Optional.empty();
    }

    /** Every file under the folder, as paths relative to it with "/" between names. */
    private static Set<String> relativeFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return Set.of();
        try (Stream<Path> s = Files.walk(dir)) {
            String separator = dir.getFileSystem().getSeparator();
            return s.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace(separator, "/")).collect(Collectors.toSet());
        }
    }

    private static SeedReader.Listing listed(CompletableFuture<SeedReader.Listing> listing) throws IOException {
        try {
            return listing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
            throw e;
        }
    }

    /** The step, timed on the thread that runs it, into a map that takes times from several threads. */
    private static Parallel.Step timed(Map<String, Long> timings, String stage, Parallel.Step step) {
        return timed(timings, () -> {
            step.run();
            return stage;
        });
    }

    /** As {@link #timed(Map, String, Parallel.Step)}, for a step whose stage is known once it ran: it returns it. */
    private static Parallel.Step timed(Map<String, Long> timings, Callable<String> step) {
        return () -> {
            long since = System.nanoTime();
            String stage = step.call();
            lap(timings, stage, since);
        };
    }

    private static long lap(Map<String, Long> timings, String stage, long since) {
        long now = System.nanoTime();
        timings.put(stage, (now - since) / 1_000_000);
        return now;
    }
}
