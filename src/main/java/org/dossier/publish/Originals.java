package org.dossier.publish;

import org.dossier.write.SiteFiles;

import java.nio.file.Path;
import java.util.HashSet;
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
        // The last build's originals that are named again, counted: when that is all of them, none is gone, and their
        // paths are not gathered into a set to be struck off one by one (100,000 of them on every change).
        int again = 0;
        for (Map.Entry<String, Map.Entry<String, Path>> s : seeds.entrySet()) {
            String path = names.get(s.getKey());
            if (files.copied(path, s.getValue().getKey())) again++;
            else {
                if (files.had(path)) again++;
                files.copy(path, s.getValue().getKey(), s.getValue().getValue());
            }
        }
        if (!files.staysInPlace()) return;
        Set<String> gone = new HashSet<>();
        // Each source has a path of its own, so the count falls short exactly when some original is named no more.
        if (again < files.hadUnder(FOLDER)) {
            gone.addAll(files.hadAllUnder(FOLDER));
            seeds.keySet().forEach(source -> gone.remove(names.get(source)));
        }
        files.keep(FOLDER, gone);
    }
}
