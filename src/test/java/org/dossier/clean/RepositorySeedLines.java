package org.dossier.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every line, stripped, of the repository's seeds, the development set's and the bad ones: real lines to check rules on. */
final class RepositorySeedLines {
    private RepositorySeedLines() {}

    static List<String> all() {
        List<String> lines = new ArrayList<>();
        for (String dir : List.of("seeds", "src/test/resources/devset/seeds", "src/test/resources/seeds-bad")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.toList()) {
                    for (String line : new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\\R")) lines.add(line.strip());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }
}
