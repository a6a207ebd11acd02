package org.dossier;

import org.dossier.config.Config;
import org.dossier.config.ConfigException;
import org.dossier.ingest.Sha256;
import org.dossier.pipeline.Pipeline;
import org.dossier.publish.AtomicOutput;
import org.dossier.publish.Fixity;
import org.dossier.serve.PreviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** The command line: {@code build} and {@code verify}. Maps outcomes to exit codes; holds no logic of its own. */
@Command(name = "dossier", mixinStandardHelpOptions = true, version = "dossier 0.1.0",
        description = "Turns a folder of scraped news articles into a static archive site.",
        subcommands = {Dossier.Build.class, Dossier.Verify.class, Dossier.Serve.class})
public final class Dossier implements Callable<Integer> {
    static final int OK = 0, FAILED = 1, USAGE = 2;

    public static void main(String[] args) {
        BoundedHeap.followLauncher();
        System.exit(BoundedHeap.build(args).orElseGet(() -> run(args)));
    }

    public static int run(String... args) {
        return new CommandLine(new Dossier())
                .setExecutionExceptionHandler((ex, cmd, parsed) -> {
                    if (ex instanceof ConfigException) {
                        cmd.getErr().println("dossier: " + ex.getMessage());
                        return USAGE;
                    }
                    cmd.getErr().println("dossier: build failed: " + ex);
                    return FAILED;
                })
                .execute(args);
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.err);
        return USAGE;
    }

    @Command(name = "build", mixinStandardHelpOptions = true, description = {
            "Builds the site from the seeds and the curated content.",
            "Exit 0: built (unusable files are listed).",
            "Exit 1: --strict and a file was rejected, or no article, or rendering failed; the previous site is left in place.",
            "Exit 2: usage error, or --out is a folder that is not empty and not a Dossier site."})
    static class Build implements Callable<Integer> {
        @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds", description = "folder of raw articles (default: ${DEFAULT-VALUE})")
        Path seeds;
        @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", description = "curated pages, corrections, people (default: ${DEFAULT-VALUE})")
        Path content;
        @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/site", description = "site folder, replaced atomically (default: ${DEFAULT-VALUE})")
        Path out;
        @Option(names = "--templates", paramLabel = "DIR", description = "Freemarker templates (default: ./templates if present, else the bundled ones)")
        Path templates;
        @Option(names = "--assets", paramLabel = "DIR", description = "CSS and JS copied as-is (default: ./assets if present, else the bundled ones)")
        Path assets;
        @Option(names = "--base-url", paramLabel = "URL", description = "absolute URL the site is served from: enables sitemap.xml and absolute feed links")
        String baseUrl;
        @Option(names = "--strict", description = "fail when any seed is rejected: exit 1, and the previous site is left in place")
        boolean strict;
        @Option(names = "--clean", description = "ignore the build cache and rebuild everything")
        boolean clean;
        @Option(names = "--verbose", description = "print the time each stage took")
        boolean verbose;
        /** What the last build in this process left: {@code serve}'s rebuilds start from it, not from the disk. */
        Optional<Pipeline.State> state = Optional.empty();

        Config config() {
            return Config.validated(seeds, content, orLocal(templates, "templates"), orLocal(assets, "assets"), out,
                    strict, clean, verbose, baseUrl);
        }

        @Override
        public Integer call() throws Exception {
            return build(config());
        }

        int build(Config config) throws Exception {
            return build(config, progress());
        }

        int build(Config config, Pipeline.Progress progress) throws Exception {
            Pipeline.Result r = Pipeline.run(config, progress, state);
            state = r.state();
            if (verbose) {
                r.timings().forEach((stage, ms) -> System.err.printf("  %-26s %6d ms%n", stage, ms));
                System.err.printf("  %d seeds from the cache; %d site files written, %d reused unchanged; %d pages keyed (%d inputs changed)%n",
                        r.seedsReused(), r.filesWritten(), r.filesReused(), r.pagesKeyed(), r.inputsChanged());
                System.err.printf("  %d rows of the data files made (the others copied)%n", r.dataRowsMade());
                System.err.printf("  %d web archives read, %d records (the others unchanged)%n", r.archivesRead().archives(), r.archivesRead().records());
                System.err.printf("  %d seeds read ahead to guess the recurring lines, %d cleaned again after their count%n",
                        r.readAhead(), r.cleanedAgain());
                System.err.printf("  SHA-256 by %s%n", Sha256.provider());
            }
            if (!r.renderErrors().isEmpty()) {
                System.err.println("dossier: rendering failed; the previous site was left in place:");
                r.renderErrors().forEach(e -> System.err.println("  " + e));
                return FAILED;
            }
            System.err.println(r.report().summary(shown(config.out())));
            r.report().problems().forEach(p -> System.err.println("  warning: " + p));
            r.kept().forEach(k -> System.err.println("  warning: " + k));
            if (r.withheld().isPresent()) {
                System.err.println("dossier: " + r.withheld().get() + "; the previous site was left in place");
                return FAILED;
            }
            return OK;
        }

        /** Articles per second and time left, redrawn in place, only when stderr is a terminal and the build is long. */
        static Pipeline.Progress progress() {
            if (System.console() == null) return (done, total) -> { };
            long start = System.nanoTime();
            long[] last = {0};
            return (done, total) -> {
                long now = System.nanoTime();
                if (total < 500 || (now - last[0] < 250_000_000L && done < total)) return;
                synchronized (last) {
                    last[0] = now;
                    double secs = (now - start) / 1e9;
                    double rate = done / Math.max(secs, 1e-3);
                    System.err.printf("\r  %,d/%,d seeds  %,.0f/s  ETA %.0f s   %s", done, total, rate, (total - done) / Math.max(rate, 1e-3),
                            done == total ? "\n" : "");
                }
            };
        }

        private static Path orLocal(Path given, String name) {
            if (given != null) return given;
            Path local = Path.of(name);
            return Files.isDirectory(local) ? local : null;
        }

        private static String shown(Path out) {
            Path cwd = Path.of("").toAbsolutePath();
            return out.startsWith(cwd) ? cwd.relativize(out).toString() : out.toString();
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true, description = {
            "Builds the site, serves it on http://127.0.0.1:PORT/ and rebuilds it (incrementally) whenever the seeds,",
            "content, templates or assets change. Takes the same options as build."})
    static final class Serve extends Build {
        @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000", description = "port on 127.0.0.1, 0 for any free one (default: ${DEFAULT-VALUE})")
        int port;

        @Override
        int build(Config config, Pipeline.Progress progress) throws Exception {
            int exit = super.build(config, progress);
            // While the server waits for the next change, what the next rebuild would read first is read.
            state.ifPresent(Pipeline.State::readManifest);
            return exit;
        }

        @Override
        public Integer call() throws Exception {
            Config config = config();
            List<Path> watched = new java.util.ArrayList<>(List.of(config.seeds(), config.content()));
            if (config.templates() != null) watched.add(config.templates());
            if (config.assets() != null) watched.add(config.assets());
            // The port first: one in use is a usage error, found before a build that could take minutes.
            Pipeline.Progress shown = progress();
            PreviewServer server = PreviewServer.bind(config.out(), port, watched, ahead -> {
                try {
                    // Later builds reuse the cache: only what changed is made again; its pages show once made.
                    build(Config.validated(config.seeds(), config.content(), config.templates(), config.assets(), config.out(),
                            false, false, config.verbose(), config.baseUrl().orElse(null)), new Pipeline.Progress() {
                                @Override
                                public void seeds(int done, int total) {
                                    shown.seeds(done, total);
                                }

                                @Override
                                public void rendered(Path staging, java.util.Set<String> files) {
                                    ahead.show(staging, files);
                                }
                            });
                } catch (Exception e) {
                    System.err.println("dossier: rebuild failed: " + e.getMessage());
                }
            });
            build(config);
            server.run();
            return OK;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, description = {
            "Checks a built site against its fixity manifest (data/manifest-sha256.txt).",
            "Exit 0: intact; 1: some file changed, missing or extra (each is named), or a build was interrupted while it",
            "published its changes (the next build finishes it); 2: usage error."})
    static final class Verify implements Callable<Integer> {
        @Parameters(paramLabel = "SITE", description = "the site folder")
        Path site;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(site)) throw new ConfigException("not a folder: " + site);
            // A site given by a symbolic link is checked where it is: walking the link itself would find no file.
            Path real = site.toRealPath();
            Optional<String> interrupted = AtomicOutput.interrupted(real);
            if (interrupted.isPresent()) {
                System.err.println(site + ": " + interrupted.get());
                return FAILED;
            }
            List<String> problems = Fixity.check(real);
            problems.forEach(p -> System.err.println(p));
            System.err.println(problems.isEmpty() ? site + ": intact" : site + ": " + problems.size() + " problem(s)");
            return problems.isEmpty() ? OK : FAILED;
        }
    }
}
