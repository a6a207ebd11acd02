package org.dossier.render;

import freemarker.template.Configuration;
import freemarker.template.TemplateModelException;
import org.jbake.app.ContentStore;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.dossier.config.SiteInfo;
import org.dossier.write.SiteFiles;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The only class that touches JBake. It configures an {@link Oven} for the generated work folder and bakes: JBake
 * crawls and renders the curated pages itself, copies the assets, and calls {@link Tool}, our {@link RenderingTool}
 * service, which renders every archive page from the in-memory index with the templates in a Freemarker configuration
 * made as JBake makes its own, each article's body read back from its content page. JBake's own per-document
 * renderer, which loads every document of a type for each page (O(N²)), never sees the articles; a test holds every
 * content page to what JBake's own parser reads from it. JBake's own files (the curated pages and the assets) are
 * baked into the work folder and put into the site from there, so a build whose bake would make the same files as
 * the last one renders the archive without starting JBake.
 *
 * <pre>{@code
 * try (JBakeEngine bake = JBakeEngine.start(site, templates, assets, curatedPages, work, bakeKey, clean)) {
 *     ... load the cache, read, clean, extract, index ...
 *     JBakeEngine.Result r = bake.render(input, files);
 * }
 * }</pre>
 */
public final class JBakeEngine implements AutoCloseable {
    private static final String PLAN = "dossier.plan";
    private static final RecordWrapper WRAPPER = new RecordWrapper();

    /** @param errors JBake's collected errors and our pages' failures, one line each; empty on success */
    public record Result(List<String> errors) {}

    /** What {@link Tool} needs, carried through JBake's configuration because service tools get no constructor arguments. */
    private record Plan(RenderInput input, SiteFiles files) {}

    /** The folder of the work folder JBake bakes into, and the file that holds the key of the bake it holds. */
    private static final String BAKED = "baked", BAKED_KEY = "baked.key";

    private final CompletableFuture<Plan> plan = new CompletableFuture<>();
    private final CompletableFuture<Result> baked = new CompletableFuture<>();
    private final Path templates;
    private final Path bakedFiles;
    private final String key;
    /** Whether JBake bakes in this build; else the last bake's files are put as they are. */
    private boolean started;

    private JBakeEngine(Path templates, Path bakedFiles, String key) {
        this.templates = templates;
        this.bakedFiles = bakedFiles;
        this.key = key;
    }

    /**
     * Starts the bake on its own thread, before the build cache is loaded and the archive read: JBake's start-up (its
     * store, the curated pages, the assets) is mostly single-threaded, so it overlaps the stages before rendering
     * instead of following them. The archive's pages wait for {@link #render}. JBake bakes into a folder of the work
     * folder, {@code baked/}, whose files {@link #render} puts into the site; while {@code key} is the one of the last
     * bake there (and the build is not {@code clean}), JBake is not started at all: its start-up and bake cost 1.2 to
     * 1.4 s of CPU on every build, whatever the archive's size, to make the files it made last time.
     *
     * @param key a digest of everything the bake is made from: the curated pages, the assets, the templates, the site's
     *            title and description, and the code
     */
    public static JBakeEngine start(SiteInfo site, Path templates, Path assets, Path curatedPages, Path work, String key,
                                    boolean clean) throws IOException {
        Files.createDirectories(work);
        Files.createDirectories(curatedPages);
        Path baked = work.resolve(BAKED);
        Path bakedKey = work.resolve(BAKED_KEY);
        JBakeEngine engine = new JBakeEngine(templates, baked, key);
        if (!clean && Files.isDirectory(baked) && Files.isRegularFile(bakedKey)
                && Files.readString(bakedKey, StandardCharsets.UTF_8).equals(key)) {
            engine.baked.complete(new Result(List.of()));
            return engine;
        }
        // The key goes before the files it vouches for, and comes back only once a bake has made all of them.
        Files.deleteIfExists(bakedKey);
        if (Files.exists(baked)) {
            try (Stream<Path> s = Files.walk(baked)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(baked);
        quietLogging();
        // JBake's content store is an in-memory OrientDB that lives for one bake and is never opened to anyone. OrientDB
        // still hashes its default users' passwords with 65,536 PBKDF2 rounds each: 0.2 s of every build, protecting nothing.
        System.setProperty("security.userPasswordSaltIterations", "1");
        // Even JBake's configuration takes a while to make (commons-configuration): on the bake's thread too.
        Thread bake = new Thread(() -> {
            try {
                Oven oven = new Oven(configuration(baked, site, templates, assets, curatedPages, work, engine.plan));
                oven.bake();
                engine.baked.complete(new Result(oven.getErrors().stream().map(t -> String.valueOf(t.getMessage())).toList()));
            } catch (Throwable t) {
                engine.baked.completeExceptionally(t);
            }
        }, "jbake");
        bake.setDaemon(true);
        bake.start();
        engine.started = true;
        return engine;
    }

    private static DefaultJBakeConfiguration configuration(Path destination, SiteInfo site, Path templates, Path assets,
                                                           Path curatedPages, Path work, CompletableFuture<Plan> plan) {
        DefaultJBakeConfiguration cfg = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(work.toFile(), destination.toFile(), true);
        cfg.setTemplateFolder(templates.toFile());
        cfg.setContentFolder(curatedPages.toFile());
        cfg.setAssetFolder(assets.toFile());
        cfg.setDataFolder(work.resolve("data").toFile());
        for (String off : List.of("render.index", "render.archive", "render.feed", "render.sitemap", "render.tags", "render.error404")) {
            cfg.setProperty(off, false);
        }
        cfg.setProperty("db.store", "memory");
        cfg.setProperty("default.status", "published");
        cfg.setProperty("template.page.file", "page.ftl");
        cfg.setProperty("template.article.file", "article.ftl");
        cfg.setProperty("site.title", site.title());
        cfg.setProperty("site.description", site.description());
        cfg.setProperty(PLAN, plan);
        return cfg;
    }

    /** Where the bake puts a file of the curated pages folder: a page JBake parses becomes .html, any other file is copied as it is. */
    public static String sitePath(String curated) {
        return isPage(curated) ? curated.substring(0, curated.lastIndexOf('.')) + ".html" : curated;
    }

    /** Why the bake cannot take this file of the curated pages folder, if it cannot. */
    public static Optional<String> refusal(String curated) {
        // JBake puts a page's name into its store's queries unescaped: a backslash there fails the whole bake.
        return isPage(curated) && curated.indexOf('\\') >= 0 ? Optional.of("JBake cannot bake a page whose name holds a backslash") : Optional.empty();
    }

    private static boolean isPage(String curated) {
        int dot = curated.lastIndexOf('.');
        return dot > curated.lastIndexOf('/') + 1 && Engines.getRecognizedExtensions().contains(curated.substring(dot + 1));
    }

    /**
     * Renders the archive's pages into {@code files} (in the bake under way, when JBake was started) and puts the bake's
     * files there too, each keyed by the bake's key: a file the live site holds from the same bake stays where it is.
     */
    public Result render(RenderInput input, SiteFiles files) throws Exception {
        Result result;
        if (started) {
            plan.complete(new Plan(input, files));
            try {
                result = baked.join();
            } catch (CompletionException e) {
                throw new IOException("JBake failed: " + e.getCause(), e.getCause());
            }
        } else {
            try {
                archive(new Plan(input, files), templates);
                result = new Result(List.of());
            } catch (SiteRenderer.RenderFailure f) {
                result = new Result(List.of(f.getMessage()));
            }
        }
        if (!result.errors().isEmpty()) return result;
        if (started) Files.writeString(bakedFiles.resolveSibling(BAKED_KEY), key, StandardCharsets.UTF_8);
        String fileKey = "bake:" + key;
        try (Stream<Path> s = Files.walk(bakedFiles)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) files.put(SiteFiles.sitePath(bakedFiles, p), fileKey, () -> Files.readAllBytes(p));
        }
        return result;
    }

    /** A build that stops before {@link #render} (an error in an earlier stage) ends the bake without its pages. */
    @Override
    public void close() {
        plan.completeExceptionally(new CancellationException("the build stopped before rendering"));
        baked.exceptionally(t -> null).join();
    }

    /** JBake logs every file at INFO and OrientDB announces itself through java.util.logging: keep both to warnings. */
    private static void quietLogging() {
        Logger.getLogger("com.orientechnologies").setLevel(Level.SEVERE);
        Logger.getLogger("").setLevel(Level.WARNING);
        System.setProperty("log.console.level", "SEVERE");
        System.setProperty("log.file.level", "SEVERE");
    }

    /**
     * Renders the archive's pages from the plan with the templates in {@code templates}.
     *
     * @return how many pages
     * @throws SiteRenderer.RenderFailure naming every page that failed
     */
    private static int archive(Plan plan, Path templates) throws SiteRenderer.RenderFailure, IOException {
        Configuration freemarker = freemarker(templates);
        SiteRenderer.Templates rendering = (template, model, out) -> {
            Map<String, Object> wrapped = new HashMap<>();
            for (Map.Entry<String, Object> e : model.entrySet()) wrapped.put(e.getKey(), wrap(e.getValue()));
            freemarker.getTemplate(template).process(wrapped, out);
        };
        return new SiteRenderer(plan.input(), rendering, plan.files()).renderAll();
    }

    /**
     * The archive's templates, in a Freemarker configuration made as JBake's Freemarker engine makes its own from the
     * bake's configuration (whose encodings are JBake's defaults, UTF-8, and which names no time zone). That engine
     * hands templates each model inside a LazyLoadingModel, which answers every top-level lookup ({@code page},
     * {@code root}, ...) by copying the model, asking JBake's model extractors, and catching the exception they throw
     * for a key they do not know: at 10,000 articles 0.8 s of CPU, two fifths of all template time. The archive's
     * templates use none of JBake's model; the curated pages, which do, still go through JBake's engine.
     */
    private static Configuration freemarker(Path templates) throws IOException {
        Configuration c = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        c.setDefaultEncoding(StandardCharsets.UTF_8.name());
        c.setOutputEncoding(StandardCharsets.UTF_8.name());
        // A failing page is reported once, with its path, among the build's errors; not also logged here.
        c.setLogTemplateExceptions(false);
        c.setDirectoryForTemplateLoading(templates.toFile());
        return c;
    }

    /** Views are records, which templates read as hashes ({@code page.title}). */
    private static Object wrap(Object value) {
        try {
            return value instanceof String ? value : WRAPPER.wrap(value);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Registered in {@code META-INF/services/org.jbake.render.RenderingTool}. Does nothing in a bake that carries no
     * Dossier plan, so JBake's own sites are unaffected.
     */
    public static final class Tool implements RenderingTool {
        @Override
        public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
            if (!(config.get(PLAN) instanceof CompletableFuture<?> planned)) return 0;
            Plan plan;
            try {
                plan = (Plan) planned.join();
            } catch (CompletionException | CancellationException e) {
                return 0;
            }
            try {
                return archive(plan, config.getTemplateFolder().toPath());
            } catch (SiteRenderer.RenderFailure | IOException f) {
                throw new RenderingException(f.getMessage());
            }
        }

        @Override
        @Deprecated
        public int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config) {
            return 0;
        }
    }
}
