package org.dossier.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.config.Config;
import org.dossier.extract.Article;
import org.dossier.index.ArchiveIndex;
import org.dossier.pipeline.Pipeline;
import org.dossier.write.ContentPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search index's update path: after adding, editing or deleting an article, {@link SearchIndex#update} turns the
 * previous site's index into exactly the one a full build makes, and writes only the files that differ.
 */
class SearchIndexUpdateTest {
    /**
     * Enough articles for 16 term pieces, so that one article's few words touch only some of them, and for two blocks
     * of doc numbers, a term in 32 articles being common.
     */
    private static final int ARTICLES = 400;
    /** Articles 0, 13, 26, ... mention herons: 31 of them, one short of common. */
    private static final int HERONS = 13;

    @TempDir
    Path dir;

    @Test
    void updateAfterAddEditAndDeleteEqualsFullBuildAndWritesOnlyTheTouchedPieces() throws Exception {
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds);
        Random random = new Random(7);
        String[] vocabulary = new String[3000];
        for (int i = 0; i < vocabulary.length; i++) vocabulary[i] = word(random);
        for (int i = 0; i < ARTICLES; i++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < 3; p++) {
                for (int w = 0; w < 40; w++) {
                    String word = vocabulary[random.nextInt(vocabulary.length)];
                    text.append(w == 0 ? "The " : " ").append(p == 0 && w == 5 && i % HERONS == 0 ? "heron" : word);
                }
                text.append(".\n\n");
            }
            Files.writeString(seeds.resolve(String.format("%03d.txt", i)), String.format(" date 2019-%02d-%02d Report number %d on %s\n\n%s",
                    1 + i % 12, 1 + i % 28, i, vocabulary[i], text), StandardCharsets.UTF_8);
        }
        Build before = build(seeds, "a");
        assertDocNumbersAreSlotsTakenInShaOrder(before);

        // Add: an article of a few words, some new to the archive; the heron becomes common, and the report, common
        // already, changes in one block.
        Files.writeString(seeds.resolve("new.txt"), " date 2020-01-02 Zebras counted again\n\n"
                + "The zebras of the valley were counted again on Tuesday by the rangers of the park, who report a heron.\n");
        Build added = build(seeds, "b");
        String newId = added.id("new.txt");
        Set<String> written = assertUpdateEqualsFullBuild(before, added, List.of(), Set.of(newId));
        assertTrue(written.size() <= 2 * 15 + 4 + 2 * 2 + 3, "an article of 15 terms rewrote " + written.size() + " files");
        assertTrue(Files.readString(before.site().resolve(SearchIndex.piecePath("t", piece("heron")))).contains("\"heron\",\""));
        assertTrue(Files.readString(added.site().resolve(SearchIndex.piecePath("t", piece("heron")))).contains("\"heron\",\"*"));
        long reportBlocks = written.stream().filter(p -> p.matches("search/t/" + piece("report") + "-\\d+\\.js")).count();
        assertEquals(1, reportBlocks, "a common term's change rewrites the block of its doc number: " + written);

        // Edit: the same article, other words; the heron is no longer common.
        Files.writeString(seeds.resolve("new.txt"), " date 2020-01-02 Zebras counted again\n\n"
                + "The zebras of the valley were counted once more on Wednesday by the wardens, who found them thriving.\n");
        Build edited = build(seeds, "c");
        // (an article's id may follow its text: the old id goes and the new one comes)
        assertUpdateEqualsFullBuild(added, edited, List.of(added.article(newId)), Set.of(newId, edited.id("new.txt")));
        assertTrue(Files.readString(edited.site().resolve(SearchIndex.piecePath("t", piece("heron")))).contains("\"heron\",\""));

        // Delete: an article of the first build, with its 120 words and a heron.
        String gone = edited.id("013.txt");
        Files.delete(seeds.resolve("013.txt"));
        Build deleted = build(seeds, "d");
        assertUpdateEqualsFullBuild(edited, deleted, List.of(edited.article(gone)), Set.of(gone));
        assertTrue(Files.exists(edited.site().resolve("search/x/" + gone + ".js")));
        assertTrue(!Files.exists(deleted.site().resolve("search/x/" + gone + ".js")));
    }

    /** The piece of a term at this archive's size: 2^11 slots, 16 pieces. */
    private static int piece(String term) {
        return SearchIndex.piece(term, 16);
    }

    /**
     * Each article's doc number (in its record) is its slot in a table of 2^k slots, k the least with 2^k at least four
     * times the articles: taken in SHA order, each the first free one from the slot its digest's first k bits name.
     */
    private static void assertDocNumbersAreSlotsTakenInShaOrder(Build build) throws IOException {
        Map<String, Integer> slots = new TreeMap<>();
        try (Stream<Path> chunks = Files.list(build.site().resolve("search/r"))) {
            for (Path chunk : chunks.toList()) {
                String s = Files.readString(chunk);
                new ObjectMapper().readTree(s.substring(s.indexOf('['), s.lastIndexOf(']') + 1))
                        .forEach(r -> slots.put(r.get(5).asText(), r.get(0).asInt()));
            }
        }
        List<Article> articles = build.index().timeline().stream().map(ArchiveIndex.Entry::article)
                .sorted(Comparator.comparing(Article::sha256).thenComparing(Article::id)).toList();
        assertEquals(articles.size(), slots.size());
        int bits = 2;
        while ((1 << bits) < 4 * articles.size()) bits++;
        int next = 0;
        for (Article a : articles) {
            int home = (int) (Long.parseLong(a.sha256().substring(0, 8), 16) >>> (32 - bits));
            assertEquals(Math.max(home, next), slots.get(a.id()), a.id());
            next = slots.get(a.id()) + 1;
        }
    }

    /** Updates a copy of the previous site's index; returns the files the update wrote or deleted. */
    private Set<String> assertUpdateEqualsFullBuild(Build previous, Build full, List<Article> before, Set<String> changed) throws Exception {
        Path copy = dir.resolve("update-" + full.site().getFileName());
        copyTree(previous.site().resolve("search"), copy.resolve("search"));
        // update writes pieces on all cores
        Set<String> touched = new ConcurrentSkipListSet<>();
        ContentPages pages = new ContentPages(full.config().work());
        SearchIndex.Previous site = path -> Files.exists(previous.site().resolve(path))
                ? Optional.of(Files.readAllBytes(previous.site().resolve(path))) : Optional.empty();
        boolean updated = SearchIndex.update(full.index(), before, changed, site, a -> pages.text(a.id()), "code", new SearchIndex.Output() {
            @Override
            public void put(String path, String key, byte[] bytes) throws IOException {
                touched.add(path);
                Files.createDirectories(copy.resolve(path).getParent());
                Files.write(copy.resolve(path), bytes);
            }

            @Override
            public void delete(String path) throws IOException {
                touched.add(path);
                Files.deleteIfExists(copy.resolve(path));
            }
        });
        assertTrue(updated);
        Map<String, byte[]> want = files(full.site().resolve("search")), got = files(copy.resolve("search"));
        assertEquals(Set.of(), symmetricDifference(want.keySet(), got.keySet()), "files only one of full build and update has");
        want.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, got.get(path)), path + " differs from the full build's"));
        // Every file that differs was written; besides them, only files whose keys say whether they differ (texts,
        // record chunks, meta.js, dates.js): the term pieces read and found unchanged are not written.
        Map<String, byte[]> was = files(previous.site().resolve("search"));
        Set<String> differing = new TreeSet<>();
        Stream.concat(was.keySet().stream(), want.keySet().stream()).forEach(p -> {
            if (!Arrays.equals(was.get(p), want.get(p))) differing.add("search/" + p);
        });
        Set<String> unwritten = new TreeSet<>(differing);
        unwritten.removeAll(touched);
        assertEquals(Set.of(), unwritten, "files changed but not written");
        Set<String> unchanged = new TreeSet<>(touched);
        unchanged.removeAll(differing);
        unchanged.removeIf(p -> p.matches("search/(x|r)/.*|search/(meta|dates)\\.js"));
        assertEquals(Set.of(), unchanged, "term pieces or word lists written unchanged");
        assertTrue(touched.size() < want.size() / 2, touched.size() + " of " + want.size() + " files rewritten");
        return touched;
    }

    private record Build(Config config, ArchiveIndex index) {
        Path site() {
            return config.out();
        }

        String id(String source) {
            return index.timeline().stream().filter(e -> e.article().source().equals(source)).findFirst().orElseThrow().id();
        }

        Article article(String id) {
            return index.timeline().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().article();
        }
    }

    private Build build(Path seeds, String name) throws Exception {
        Config config = Config.validated(seeds, dir.resolve("content"), Path.of("templates"), Path.of("assets"), dir.resolve(name),
                false, true, false, null);
        Pipeline.Result r = Pipeline.run(config, (done, total) -> {});
        assertTrue(r.withheld().isEmpty() && r.renderErrors().isEmpty(), r.toString());
        return new Build(config, r.index());
    }

    private static Set<String> symmetricDifference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.addAll(b);
        d.removeIf(p -> a.contains(p) && b.contains(p));
        return d;
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) files.put(root.relativize(f).toString(), Files.readAllBytes(f));
        }
        return files;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            s.forEach(f -> {
                try {
                    Path dest = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) Files.createDirectories(dest);
                    else Files.copy(f, dest);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        int n = 4 + random.nextInt(6);
        for (int i = 0; i < n; i++) w.append((char) ('a' + random.nextInt(26)));
        return w.toString();
    }
}
