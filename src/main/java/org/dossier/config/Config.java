package org.dossier.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * One build's settings, validated on construction by {@link #validated}: stages trust them.
 *
 * @param seeds     folder of raw articles (read only)
 * @param content   curated input: pages, corrections, people (may be absent)
 * @param templates Freemarker templates; {@code null} means the copies bundled in the jar
 * @param assets    CSS/JS copied as-is; {@code null} means the bundled copies
 * @param out       the site folder, replaced atomically
 * @param work      generated content pages, cache and lock; beside {@code out}, never inside seeds or content
 * @param baseUrl   absolute URL the site will be served from, for sitemap.xml and the feed
 */
public record Config(Path seeds, Path content, Path templates, Path assets, Path out, Path work,
                     boolean strict, boolean clean, boolean verbose, Optional<String> baseUrl) {

    /** Largest seed accepted, in bytes; larger files are rejected with a reason rather than read. */
    public static final long MAX_SEED_BYTES = 8L * 1024 * 1024;

    /**
     * Processing time (CPU time of the thread at work on it) one seed may take to be cleaned and extracted; a seed
     * still at work after it is rejected with its reason and the rest builds. Generous: the largest seed accepted
     * takes a few seconds.
     */
    public static final Duration SEED_BUDGET = Duration.ofSeconds(10);

    public static Config validated(Path seeds, Path content, Path templates, Path assets, Path out,
                                   boolean strict, boolean clean, boolean verbose, String baseUrl) {
        seeds = seeds.toAbsolutePath().normalize();
        out = out.toAbsolutePath().normalize();
        content = content.toAbsolutePath().normalize();
        if (!Files.isDirectory(seeds)) throw new ConfigException("seeds folder not found: " + seeds + " (pass --seeds DIR)");
        if (Files.exists(content) && !Files.isDirectory(content))
            throw new ConfigException("--content is not a folder: " + content);
        if (Files.exists(out) && !Files.isDirectory(out)) throw new ConfigException("--out is a file, not a folder: " + out);
        if (out.startsWith(seeds) || seeds.startsWith(out))
            throw new ConfigException("--out " + out + " overlaps --seeds " + seeds + " (the site replaces its folder on every build)");
        if (Files.isDirectory(content) && (out.startsWith(content) || content.startsWith(out)))
            throw new ConfigException("--out " + out + " overlaps --content " + content);
        if (out.getParent() == null) throw new ConfigException("--out cannot be the file-system root");
        templates = checkedFolder(templates, "--templates");
        assets = checkedFolder(assets, "--assets");
        Optional<String> base = Optional.ofNullable(baseUrl).map(String::strip).filter(s -> !s.isEmpty());
        base.ifPresent(b -> {
            if (!b.matches("https?://[^\\s/]+(/\\S*)?")) throw new ConfigException("--base-url must be an absolute http(s) URL, got: " + b);
        });
        base = base.map(b -> b.endsWith("/") ? b : b + "/");
        Path work = out.resolveSibling(".dossier").resolve(out.getFileName().toString());
        return new Config(seeds, content, templates, assets, out, work, strict, clean, verbose, base);
    }

    private static Path checkedFolder(Path folder, String option) {
        if (folder == null) return null;
        Path abs = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) throw new ConfigException(option + " folder not found: " + abs);
        return abs;
    }
}
