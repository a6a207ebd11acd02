package org.dossier.publish;

import org.dossier.index.SitePaths;
import org.dossier.write.SiteFiles;

import java.nio.file.Path;
import java.util.Map;

/** Puts each published seed's original bytes into the site, unchanged, under a name no browser executes. */
public final class Originals {
    private Originals() {}

    /** @param seeds source name to its SHA-256 and the file holding its bytes */
    public static void put(Map<String, Map.Entry<String, Path>> seeds, SiteFiles files) throws Exception {
        for (Map.Entry<String, Map.Entry<String, Path>> s : seeds.entrySet()) {
            files.copy(SitePaths.original(s.getKey()), s.getValue().getKey(), s.getValue().getValue());
        }
    }
}
