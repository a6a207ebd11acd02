package org.dossier.publish;

import org.dossier.write.SiteFiles;

import java.nio.file.Path;
import java.util.Map;

/** Puts each published seed's original bytes into the site, unchanged, under a name no browser executes. */
public final class Originals {
    private Originals() {}

    /**
     * @param seeds source name to its SHA-256 and the file holding its bytes
     * @param names source name to the original's path in the site ({@link org.dossier.index.ArchiveIndex#originals})
     */
    public static void put(Map<String, Map.Entry<String, Path>> seeds, Map<String, String> names, SiteFiles files) throws Exception {
        for (Map.Entry<String, Map.Entry<String, Path>> s : seeds.entrySet()) {
            files.copy(names.get(s.getKey()), s.getValue().getKey(), s.getValue().getValue());
        }
    }
}
