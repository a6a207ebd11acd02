package org.dossier.pipeline;

import org.dossier.ingest.Sha256;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Digests of what the build's output depends on besides the seeds: Dossier's own code and a folder of templates. A
 * change to either invalidates the build cache, so an upgraded jar or an edited template never reuses stale output.
 */
final class Fingerprints {
    private Fingerprints() {}

    /** Our classes and bundled resources: from the jar's entry checksums (no need to read it), or the class files. */
    static String code() throws IOException {
        Path where;
        try {
            where = Path.of(Fingerprints.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        StringBuilder sb = new StringBuilder();
        if (Files.isRegularFile(where)) {
            try (ZipFile jar = new ZipFile(where.toFile())) {
                TreeMap<String, Long> crcs = new TreeMap<>();
                for (Enumeration<? extends ZipEntry> en = jar.entries(); en.hasMoreElements(); ) {
                    ZipEntry e = en.nextElement();
                    if (e.getName().startsWith("org/dossier/") || e.getName().startsWith("dossier/")) crcs.put(e.getName(), e.getCrc());
                }
                crcs.forEach((k, v) -> sb.append(k).append(' ').append(v).append('\n'));
            }
        } else {
            sb.append(folder(where.resolve("org/dossier"))).append(folder(where.resolve("dossier")));
        }
        return Sha256.hex(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Every file below {@code dir}: its relative path and contents. */
    static String folder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return "";
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                sb.append(dir.relativize(p)).append(' ').append(Sha256.hex(Files.readAllBytes(p))).append('\n');
            }
        }
        return Sha256.hex(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String of(String... parts) {
        return Sha256.hex(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
    }
}
