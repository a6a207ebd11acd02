package org.dossier.write;

import org.dossier.index.ArchiveIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The write stage's entry: one JBake content page per article in {@code work/articles/}, named by article id.
 * A page whose bytes would not change is not rewritten; pages of articles no longer in the archive are deleted,
 * so the folder always mirrors the seeds.
 *
 * <pre>{@code ContentPages.Written w = ContentPages.write(index, workDir.resolve("articles"));}</pre>
 */
public final class ContentPages {
    public static final String SEPARATOR = "~~~~~~";

    /** @param changed how many pages were new or rewritten; the rest were already up to date */
    public record Written(Path folder, int changed, int deleted) {}

    private ContentPages() {}

    public static Written write(ArchiveIndex index, Path folder) throws IOException {
        Files.createDirectories(folder);
        int changed = index.timeline().parallelStream().mapToInt(e -> writeIfChanged(folder.resolve(e.id() + ".html"), page(e)) ? 1 : 0).sum();
        Set<String> wanted = index.timeline().stream().map(e -> e.id() + ".html").collect(Collectors.toCollection(HashSet::new));
        int deleted = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                if (!wanted.contains(p.getFileName().toString())) {
                    Files.delete(p);
                    deleted++;
                }
            }
        }
        return new Written(folder, changed, deleted);
    }

    /** The page's text: JBake's header ({@code key=value} lines, then {@value #SEPARATOR}) and the safe HTML body. */
    static String page(ArchiveIndex.Entry e) {
        var a = e.article();
        StringBuilder sb = new StringBuilder();
        header(sb, "title", a.title());
        a.date().filter(d -> d.day() != 0).ifPresent(d -> header(sb, "date", d.toString()));
        header(sb, "type", "article");
        header(sb, "status", "published");
        header(sb, "id", e.id());
        header(sb, "archiveDate", a.date().map(Object::toString).orElse(""));
        header(sb, "dateSource", a.dateSource().orElse(""));
        header(sb, "titleSource", a.titleSource());
        header(sb, "people", "{\"names\":[" + a.people().stream().map(ContentPages::json).collect(Collectors.joining(",")) + "]}");
        header(sb, "source", a.source());
        header(sb, "sha256", a.seed().sha256());
        header(sb, "decoding", a.seed().decoding());
        sb.append(SEPARATOR).append('\n');
        sb.append(BodyHtml.of(a.blocks()));
        return sb.toString();
    }

    private static void header(StringBuilder sb, String key, String value) {
        // Header values are single lines; the separator must never appear as one.
        sb.append(key).append('=').append(value.replaceAll("[\\r\\n]+", " ")).append('\n');
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }

    /** Writes only when the bytes differ, so unchanged pages keep their timestamps and cost no I/O. */
    static boolean writeIfChanged(Path file, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.exists(file) && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes)) return false;
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
