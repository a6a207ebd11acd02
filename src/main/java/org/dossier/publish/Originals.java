package org.dossier.publish;

import org.dossier.index.SitePaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/** Copies each published seed's original bytes into the site, unchanged, under a name no browser executes. */
public final class Originals {
    private Originals() {}

    /** @param seeds source name to the seed file's path */
    public static void copy(Map<String, Path> seeds, Path site) throws IOException {
        for (Map.Entry<String, Path> s : seeds.entrySet()) {
            Path target = site.resolve(SitePaths.original(s.getKey()));
            Files.createDirectories(target.getParent());
            Files.copy(s.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
