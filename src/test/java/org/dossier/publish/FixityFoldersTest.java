package org.dossier.publish;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The folders of a site's paths, found whatever the paths' order, sorted as a manifest lists them or not. */
class FixityFoldersTest {
    @Property
    void everyFolderOfEveryPathIsFoundInAnyOrder(@ForAll("paths") List<String> paths) {
        Set<String> expected = new HashSet<>();
        for (String p : paths) {
            for (int i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) expected.add(p.substring(0, i));
        }
        assertEquals(expected, Fixity.folders(paths));
        assertEquals(expected, Fixity.folders(new TreeSet<>(paths)));
        List<String> reversed = new ArrayList<>(new TreeSet<>(paths).descendingSet());
        assertEquals(expected, Fixity.folders(reversed));
    }

    @Provide
    Arbitrary<List<String>> paths() {
        // Few letters and many slashes, so that folders nest, share prefixes ("a/b" and "a/bc") and repeat.
        return Arbitraries.strings().withChars("ab/").ofMinLength(1).ofMaxLength(8).list().ofMaxSize(40);
    }
}
