package org.dossier.publish;

import org.dossier.ingest.SeedReader;
import org.dossier.ingest.Sha256;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A BagIt-style fixity manifest: {@code data/manifest-sha256.txt}, one line {@code <sha256>  <path>} for every other
 * file of the site, sorted by path; and the check that a site still matches it.
 */
public final class Fixity {
    public static final String MANIFEST = "data/manifest-sha256.txt";

    private Fixity() {}

    /**
     * @param known digests already established for some paths (taken as the files were written, or from the previous
     *              manifest for files linked unchanged), so only the other files are read
     * @return the manifest's bytes
     */
    public static byte[] write(Path site, Map<String, String> known) throws IOException {
        StringBuilder sb = new StringBuilder();
        hashes(site, known).forEach((path, sha) -> sb.append(sha).append("  ").append(path).append('\n'));
        Files.createDirectories(site.resolve("data"));
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(site.resolve(MANIFEST), bytes);
        return bytes;
    }

    /** The manifest of a site as path to digest; empty when there is none. */
    public static Map<String, String> read(Path site) throws IOException {
        Path manifest = site.resolve(MANIFEST);
        Map<String, String> out = new TreeMap<>();
        if (!Files.isRegularFile(manifest)) return out;
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.length() > 66 && line.charAt(64) == ' ' && line.charAt(65) == ' ') out.put(line.substring(66), line.substring(0, 64));
        }
        return out;
    }

    /** Every changed, missing or extra file, one message each; empty when the site is intact. */
    public static List<String> check(Path site) throws IOException {
        Path manifest = site.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) return List.of(MANIFEST + ": missing (is this a Dossier site?)");
        Map<String, String> expected = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            int sep = line.indexOf("  ");
            if (sep != 64) {
                problems.add(MANIFEST + ": malformed line: " + line);
                continue;
            }
            expected.put(line.substring(sep + 2), line.substring(0, sep));
        }
        Map<String, String> actual = hashes(site, Map.of());
        expected.forEach((path, sha) -> {
            String now = actual.get(path);
            if (now == null) problems.add(path + ": missing");
            else if (!now.equals(sha)) problems.add(path + ": changed (sha256 " + now + ", manifest says " + sha + ")");
        });
        actual.keySet().stream().filter(p -> !expected.containsKey(p)).forEach(p -> problems.add(p + ": extra (not in the manifest)"));
        return problems;
    }

    private static Map<String, String> hashes(Path site, Map<String, String> known) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.find(site, Integer.MAX_VALUE, (p, attributes) -> attributes.isRegularFile())) {
            files = s.toList();
        }
        Map<String, String> out = new TreeMap<>();
        files.parallelStream().forEach(f -> {
            String rel = SeedReader.sourceName(site, f);
            if (rel.equals(MANIFEST)) return;
            String sha = known.containsKey(rel) ? known.get(rel) : sha256(f);
            synchronized (out) {
                out.put(rel, sha);
            }
        });
        return out;
    }

    private static String sha256(Path f) {
        try {
            return Sha256.hex(f);
        } catch (IOException e) {
            throw new IllegalStateException(f + ": " + e.getMessage(), e);
        }
    }
}
