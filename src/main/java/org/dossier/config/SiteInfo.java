package org.dossier.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The archive's name and description, from {@code content/site.properties} ({@code title=}, {@code description=}).
 * Both have neutral defaults so a folder of seeds alone builds a complete site.
 */
public record SiteInfo(String title, String description) {
    public static SiteInfo load(Path content) {
        Properties p = new Properties();
        Path file = content.resolve("site.properties");
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigException("cannot read " + file + ": " + e.getMessage());
            }
        }
        return new SiteInfo(p.getProperty("title", "News archive").strip(),
                p.getProperty("description", "An archive of news articles, with a timeline and an index of the people they mention.").strip());
    }
}
