package org.dossier.site;

import org.dossier.publish.AtomicOutput;
import org.dossier.publish.Fixity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The publish journal as a killed build leaves it in the work folder (written here by hand, in its documented
 * format, at the moments a kill can leave it; {@link KillTest} kills real builds): committed, the next build finishes
 * the publish and {@code verify} says meanwhile that a build was interrupted; without its commit mark, the live site
 * was never touched and the journal is dropped.
 */
class PublishJournalTest {
    @TempDir
    Path dir;

    @Test
    void aPublishKilledAfterItsCommitMarkIsFinishedByTheNextBuildAndVerifySaysSoMeanwhile() throws IOException {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS);
        Path site = dir.resolve("site");
        assertEquals(0, Sites.build(seeds, site).exit());
        Files.writeString(site.resolve("people/mine.txt"), "my notes");
        Files.writeString(seeds.resolve("600_added.txt"), " date 2020-04-03 Harbour Board Delays the Ferry Vote\n\n"
                + "The harbour board delayed its vote on the new ferry terminal on Friday, saying it needed more time to read "
                + "the engineers' report on the breakwater, said Joe Biden.\n", StandardCharsets.UTF_8);
        Path clean = dir.resolve("clean/site");
        assertEquals(0, Sites.build(seeds, clean, "--clean").exit());

        // The journal of the publish from the old site to the new one, with every new file staged, half of them moved in.
        Path staging = dir.resolve(".site.building");
        Files.createDirectories(staging);
        Files.copy(site.resolve(AtomicOutput.MARKER), staging.resolve(AtomicOutput.MARKER));
        List<String> put = new ArrayList<>(), delete = new ArrayList<>();
        for (String f : IntegrityTest.listing(clean)) {
            if (!f.equals(Fixity.MANIFEST) && (!Files.exists(site.resolve(f)) || Files.mismatch(clean.resolve(f), site.resolve(f)) != -1)) put.add(f);
        }
        put.add(Fixity.MANIFEST);
        for (String f : Fixity.read(site).keySet()) if (!Files.exists(clean.resolve(f))) delete.add(f);
        StringBuilder journal = new StringBuilder("dossier journal 1\nkeep people/mine.txt\n");
        delete.forEach(f -> journal.append("delete ").append(f).append('\n'));
        put.forEach(f -> journal.append("put ").append(f).append('\n'));
        journal.append("commit ").append(1 + delete.size() + put.size()).append('\n');
        Files.writeString(dir.resolve(".dossier/site/journal"), journal);
        for (String f : put) {
            Files.createDirectories(staging.resolve(f).getParent());
            Files.copy(clean.resolve(f), staging.resolve(f));
        }
        assertTrue(put.size() >= 4, "an added article changes several files: " + put);
        for (String f : put.subList(0, put.size() / 2)) {
            Files.createDirectories(site.resolve(f).getParent());
            Files.move(staging.resolve(f), site.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        Sites.Run verify = Sites.verify(site);
        assertEquals(1, verify.exit(), verify.stderr());
        assertTrue(verify.stderr().contains("a build was interrupted") && verify.stderr().contains("build the site again to finish it"), verify.stderr());

        Sites.Run next = Sites.build(seeds, site);
        assertEquals(0, next.exit(), next.stderr());
        IntegrityTest.assertSameTree(clean, site);
        assertEquals("my notes", Files.readString(dir.resolve(".dossier/site/kept/people/mine.txt")), "the journal's keep step was done");
        assertTrue(next.stderr().contains("people/mine.txt: not made by Dossier"), next.stderr());
        assertFalse(Files.exists(dir.resolve(".dossier/site/journal")));
        assertFalse(Files.exists(staging));
        assertFalse(Files.exists(dir.resolve(".site.previous")));
        assertEquals(0, Sites.verify(site).exit());
    }

    @Test
    void aJournalKilledBeforeItsCommitMarkIsDroppedAndTheLiveSiteIsLeftAsItWas() throws IOException {
        Path site = dir.resolve("site");
        assertEquals(0, Sites.build(Sites.SEEDS, site).exit());
        String home = Files.readString(site.resolve("index.html"));
        Path staging = Files.createDirectories(dir.resolve(".site.building"));
        Files.copy(site.resolve(AtomicOutput.MARKER), staging.resolve(AtomicOutput.MARKER));
        Files.writeString(staging.resolve("index.html"), "<p>a page of a build that never committed</p>");
        // Cut short in its commit line: not binding.
        Files.writeString(dir.resolve(".dossier/site/journal"), "dossier journal 1\nput index.html\ncomm");

        assertEquals(0, Sites.verify(site).exit(), "the live site was not touched");
        Sites.Run next = Sites.build(Sites.SEEDS, site);
        assertEquals(0, next.exit(), next.stderr());
        assertEquals(home, Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(dir.resolve(".dossier/site/journal")));
        assertFalse(Files.exists(staging));
        assertEquals(0, Sites.verify(site).exit());
    }
}
