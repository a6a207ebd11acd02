package org.dossier.site;

import org.dossier.Dossier;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The output folder and the folders given on the command line: a build replaces only a Dossier site (or an empty or
 * new folder), never a user's files; a failed build (no article, or --strict and a rejected file) keeps the live
 * site; folders given as symbolic links are followed.
 */
class OutputFolderTest {
    @TempDir
    Path dir;

    @Test
    void refusesToReplaceAFolderThatIsNotADossierSiteAndTouchesNothing() throws IOException {
        Path mine = dir.resolve("mine");
        Path thesis = usersFile(mine.resolve("notes/thesis.doc"), "thesis");

        Sites.Run r = Sites.build(Sites.SEEDS, mine);
        assertEquals(2, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("is not empty and is not a Dossier site") && r.stderr().contains("notes/thesis.doc")
                && r.stderr().contains("choose an empty or new folder"), r.stderr());
        assertEquals("thesis", Files.readString(thesis));
        assertEquals(List.of("mine"), entries(dir), "no staging, set-aside or work folder made beside it");
    }

    @Test
    void aFileAUserPutIntoABuiltSiteIsMovedAsideWithAWarningWhenTheSiteIsReplaced() throws IOException {
        Path site = dir.resolve("site");
        assertEquals(0, Sites.build(Sites.SEEDS, site).exit());
        usersFile(site.resolve("notes/mine.txt"), "my notes");
        usersFile(site.resolve("people/mine.txt"), "more notes");

        Sites.Run r = Sites.build(Sites.SEEDS, site);
        assertEquals(0, r.exit(), r.stderr());
        Path kept = dir.resolve(".dossier/site/kept");
        assertEquals("my notes", Files.readString(kept.resolve("notes/mine.txt")));
        assertEquals("more notes", Files.readString(kept.resolve("people/mine.txt")));
        assertTrue(r.stderr().contains("warning: notes/mine.txt: not made by Dossier, so moved out of the replaced site to "), r.stderr());
        assertFalse(Files.exists(site.resolve("notes")), "the new site holds only what the build made");
        assertEquals(0, Sites.verify(site).exit());

        usersFile(site.resolve("notes/mine.txt"), "newer notes");
        assertEquals(0, Sites.build(Sites.SEEDS, site).exit());
        assertEquals("my notes", Files.readString(kept.resolve("notes/mine.txt")), "an earlier kept file is not overwritten");
        assertEquals("newer notes", Files.readString(kept.resolve("notes/mine.txt.1")));
    }

    @Test
    void refusesTheCurrentFolderAndTheHomeFolderAsOutputDirectlyOrThroughASymlink() throws Exception {
        Path project = dir.resolve("project");
        Path source = usersFile(project.resolve("src/Main.java"), "class Main {}");
        Files.createSymbolicLink(project.resolve("here"), Path.of("."));
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS);

        for (String out : List.of(".", "here")) {
            Sites.Run r = cli(project, List.of(), "build", "--seeds", seeds.toString(), "--out", out);
            assertEquals(2, r.exit(), "--out " + out + ": " + r.stderr());
            assertTrue(r.stderr().contains("holds the current folder"), r.stderr());
        }
        Sites.Run home = cli(dir, List.of("-Duser.home=" + project), "build", "--seeds", seeds.toString(), "--out", project.toString());
        assertEquals(2, home.exit(), home.stderr());
        assertTrue(home.stderr().contains("holds the home folder"), home.stderr());
        assertEquals("class Main {}", Files.readString(source));
        assertEquals(List.of("here", "src"), entries(project));
    }

    @Test
    void refusesAnOutputFolderThatHoldsTheSeedsThroughASymlink() throws IOException {
        Path site = dir.resolve("site");
        assertEquals(0, Sites.build(Sites.SEEDS, site).exit());
        Path inside = Sites.seedsFrom(site, Sites.SEEDS);
        Path link = Files.createSymbolicLink(dir.resolve("my-seeds"), inside);

        Sites.Run r = Sites.build(link, site);
        assertEquals(2, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("overlaps --seeds"), r.stderr());
        assertEquals(3, Sites.files(inside, ".txt").size(), "the seeds are still there");
    }

    @Test
    void everySiteCarriesItsMarkerInTheManifestAndTheNextBuildReplacesIt() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        assertEquals(0, Sites.build(Sites.SEEDS, site).exit(), "an empty folder is fine");
        assertTrue(Files.readString(site.resolve(AtomicOutput.MARKER)).contains("replaces everything in it"));
        assertTrue(Fixity.read(site).containsKey(AtomicOutput.MARKER), "the marker is listed in the manifest");
        assertEquals(0, Sites.verify(site).exit());

        Sites.Run again = Sites.build(Sites.SEEDS, site, "--clean");
        assertEquals(0, again.exit(), again.stderr());
        assertEquals(0, Sites.verify(site).exit());
    }

    @Test
    void acceptsASiteOfAnEarlierVersionOnlyWhenItsManifestListsEveryFileItHolds() throws IOException {
        Path site = dir.resolve("site");
        assertEquals(0, Sites.build(Sites.SEEDS, site).exit());
        // A site as earlier versions built it: no marker, and a manifest that never listed one.
        Files.delete(site.resolve(AtomicOutput.MARKER));
        Path manifest = site.resolve(Fixity.MANIFEST);
        Files.write(manifest, Files.readAllLines(manifest).stream().filter(l -> !l.endsWith("  " + AtomicOutput.MARKER)).toList());
        Path notes = site.resolve("notes.txt");
        Files.writeString(notes, "mine");

        Sites.Run refused = Sites.build(Sites.SEEDS, site);
        assertEquals(2, refused.exit(), refused.stderr());
        assertTrue(refused.stderr().contains("notes.txt"), refused.stderr());
        assertEquals("mine", Files.readString(notes));

        Files.delete(notes);
        Sites.Run rebuilt = Sites.build(Sites.SEEDS, site);
        assertEquals(0, rebuilt.exit(), rebuilt.stderr());
        assertTrue(Files.isRegularFile(site.resolve(AtomicOutput.MARKER)));
    }

    @Test
    void refusesStagingSetAsideAndWorkFoldersThatAreNotDossiers() throws IOException {
        Path site = dir.resolve("site");
        assertEquals(0, Sites.build(Sites.SEEDS, site).exit());
        for (Path theirs : List.of(dir.resolve(".site.building/draft.txt"), dir.resolve(".site.previous/draft.txt"))) {
            usersFile(theirs, "draft");
            Sites.Run r = Sites.build(Sites.SEEDS, site);
            assertEquals(2, r.exit(), theirs + ": " + r.stderr());
            assertTrue(r.stderr().contains("is in the way"), r.stderr());
            assertEquals("draft", Files.readString(theirs));
            assertEquals(0, Sites.verify(site).exit(), "the site is untouched");
            Files.delete(theirs);
        }
        // The work folder of a site never built here, under the name a build would give it.
        Path theirs = usersFile(dir.resolve(".dossier/other/content/draft.txt"), "draft");
        Sites.Run r = Sites.build(Sites.SEEDS, dir.resolve("other"));
        assertEquals(2, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("is in the way"), r.stderr());
        assertEquals("draft", Files.readString(theirs));
        assertFalse(Files.exists(dir.resolve("other")));
    }

    @Test
    void aBuildWithNoArticleKeepsTheLiveSite() throws IOException {
        Path site = dir.resolve("site");
        assertEquals(0, Sites.build(Sites.SEEDS, site).exit());
        String manifest = Files.readString(site.resolve(Fixity.MANIFEST));
        Path empty = Files.createDirectories(dir.resolve("empty"));

        Sites.Run r = Sites.build(empty, site);
        assertEquals(1, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("no article could be built") && r.stderr().contains("the previous site was left in place"), r.stderr());
        assertUnchanged(site, manifest);
    }

    @Test
    void aStrictBuildThatRejectsAFileKeepsTheLiveSite() throws IOException {
        Path site = dir.resolve("site");
        assertEquals(0, Sites.build(Sites.SEEDS, site).exit());
        String manifest = Files.readString(site.resolve(Fixity.MANIFEST));

        Sites.Run r = Sites.build(Sites.seedsFrom(dir, Sites.SEEDS, Sites.BAD), site, "--strict");
        assertEquals(1, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("--strict") && r.stderr().contains("the previous site was left in place"), r.stderr());
        assertUnchanged(site, manifest);
    }

    @Test
    void followsSeedsGivenAsASymlinkToAFolder() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("seeds-link"), Sites.SEEDS.toAbsolutePath());
        Sites.Run r = Sites.build(link, dir.resolve("site"));
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(r.stderr().startsWith("3 articles"), r.stderr());
    }

    @Test
    void anOutputGivenAsASymlinkStaysOneAndTheSiteIsBuiltWhereItPoints() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real/site"));
        Path link = Files.createSymbolicLink(dir.resolve("site"), real);
        for (int build = 0; build < 2; build++) {
            Sites.Run r = Sites.build(Sites.SEEDS, link);
            assertEquals(0, r.exit(), r.stderr());
            assertTrue(Files.isSymbolicLink(link), "build " + build + " kept the link");
            assertTrue(Files.isRegularFile(real.resolve("index.html")), "the site is where the link points");
            assertEquals(0, Sites.verify(link).exit(), "verify through the link");
        }
        assertEquals(List.of("real", "site"), entries(dir));
    }

    @Test
    void verifiesASiteGivenAsASymlink() throws IOException {
        Path site = dir.resolve("site");
        assertEquals(0, Sites.build(Sites.SEEDS, site).exit());
        Sites.Run r = Sites.verify(Files.createSymbolicLink(dir.resolve("link"), site));
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("intact"), r.stderr());
    }

    /** The site is byte for byte the one its manifest describes, and the manifest the one it had. */
    private static void assertUnchanged(Path site, String manifest) throws IOException {
        assertEquals(manifest, Files.readString(site.resolve(Fixity.MANIFEST)));
        Sites.Run verify = Sites.verify(site);
        assertEquals(0, verify.exit(), verify.stderr());
    }

    /** A file of the user's, with the folders it needs. */
    private static Path usersFile(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** The names in a folder, hidden ones included, sorted. */
    private static List<String> entries(Path folder) throws IOException {
        try (var s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    /** The CLI in its own JVM started in {@code cwd}, which a test cannot change in this one. */
    private static Sites.Run cli(Path cwd, List<String> jvmOptions, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Dossier.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the CLI ends");
        return new Sites.Run(p.exitValue(), output, cwd);
    }
}
