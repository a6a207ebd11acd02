package org.dossier.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One build's settings, validated on construction by {@link #validated}: stages trust them.
 *
 * @param seeds     folder of raw articles (read only)
 * @param content   curated input: pages, corrections, people (may be absent)
 * @param templates Freemarker templates; {@code null} means the copies bundled in the jar
 * @param assets    CSS/JS copied as-is; {@code null} means the bundled copies
 * @param out       the site folder, replaced atomically; the real folder when {@code --out} names a symbolic link
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
        // Folders given as symbolic links are followed here, once, so the stages see real folders and the checks below
        // compare the folders themselves, not the names they were given by.
        if (!Files.isDirectory(seeds)) throw new ConfigException("seeds folder not found: " + seeds.toAbsolutePath().normalize() + " (pass --seeds DIR)");
        seeds = real(seeds, "--seeds");
        content = real(content, "--content");
        if (Files.exists(content) && !Files.isDirectory(content))
            throw new ConfigException("--content is not a folder: " + content);
        if (Files.isSymbolicLink(out) && !Files.exists(out))
            throw new ConfigException("--out " + out + " is a symbolic link to nothing; point it at a folder or choose another");
        out = real(out, "--out");
        if (Files.exists(out) && !Files.isDirectory(out)) throw new ConfigException("--out is a file, not a folder: " + out);
        if (out.getParent() == null) throw new ConfigException("--out cannot be the file-system root");
        templates = checkedFolder(templates, "--templates");
        assets = checkedFolder(assets, "--assets");
        Map<String, Path> inputs = new LinkedHashMap<>();
        inputs.put("--seeds", seeds);
        if (Files.isDirectory(content)) inputs.put("--content", content);
        if (templates != null) inputs.put("--templates", templates);
        if (assets != null) inputs.put("--assets", assets);
        for (Map.Entry<String, Path> in : inputs.entrySet()) {
            if (out.startsWith(in.getValue()) || in.getValue().startsWith(out))
                throw new ConfigException("--out " + out + " overlaps " + in.getKey() + " " + in.getValue() + " (the site replaces its folder on every build)");
        }
        Path cwd = real(Path.of(""), "the current folder");
        if (cwd.startsWith(out)) throw new ConfigException("--out " + out + " holds the current folder (the site replaces its folder on every build); choose a new folder");
        Path home = real(Path.of(System.getProperty("user.home")), "the home folder");
        if (home.startsWith(out)) throw new ConfigException("--out " + out + " holds the home folder " + home + " (the site replaces its folder on every build); choose a new folder");
        Optional<String> base = Optional.ofNullable(baseUrl).map(String::strip).filter(s -> !s.isEmpty());
        base.ifPresent(b -> {
            if (!b.matches("https?://[^\\s/]+(/\\S*)?")) throw new ConfigException("--base-url must be an absolute http(s) URL, got: " + b);
        });
        base = base.map(b -> b.endsWith("/") ? b : b + "/");
        return new Config(seeds, content, templates, assets, out, work(out), strict, clean, verbose, base);
    }

    /** The work folder of a site: beside it, so that the site holds only what it publishes. */
    public static Path work(Path out) {
        return out.resolveSibling(".dossier").resolve(out.getFileName().toString());
    }

    /**
     * The folder's absolute path with every symbolic link resolved; for a folder still to be made, its nearest
     * existing ancestor is resolved and the rest appended.
     */
    private static Path real(Path folder, String what) {
        Path existing = folder.toAbsolutePath().normalize();
        Deque<String> missing = new ArrayDeque<>();
        while (existing.getParent() != null && !Files.exists(existing)) {
            missing.push(existing.getFileName().toString());
            existing = existing.getParent();
        }
        try {
            Path real = existing.toRealPath();
            for (String name : missing) real = real.resolve(name);
            return real;
        } catch (IOException e) {
            throw new ConfigException(what + " " + folder + " cannot be resolved (" + e.getMessage() + ")");
        }
    }

    private static Path checkedFolder(Path folder, String option) {
        if (folder == null) return null;
        if (!Files.isDirectory(folder)) throw new ConfigException(option + " folder not found: " + folder.toAbsolutePath().normalize());
        return real(folder, option);
    }
}
