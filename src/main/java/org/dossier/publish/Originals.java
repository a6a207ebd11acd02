package org.dossier.publish;

import org.dossier.write.SiteFiles;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** Puts each published seed's original bytes into the site, unchanged, under a name no browser executes. */
public final class Originals {
    private static final String FOLDER = "originals/";

    private Originals() {}

    /**
     * In a build that leaves the live site's files in place, copies only the originals that are new or hold other
     * bytes than the previous build copied there, and keeps the others without looking at them (see
     * {@link SiteFiles#keep}): at 100,000 articles, checking each costs a system call per original and most of a
     * second per change.
     *
     * @param seeds source name to its SHA-256 and the file holding its bytes
     * @param names source name to the original's path in the site ({@link org.dossier.index.ArchiveIndex#originals})
     */
    public static void put(Map<String, Map.Entry<String, Path>> seeds, Map<String, String> names, SiteFiles files) throws Exception {
        Set<String> gone = files.had(FOLDER);
        for (Map.Entry<String, Map.Entry<String, Path>> s : seeds.entrySet()) {
            String path = names.get(s.getKey());
            gone.remove(path);
            if (!files.copied(path, s.getValue().getKey())) files.copy(path, s.getValue().getKey(), s.getValue().getValue());
        }
        if (files.staysInPlace()) files.keep(FOLDER, gone);
    }
}
