package org.dossier.index;

import org.dossier.extract.Article;
import org.dossier.extract.Curation;
import org.dossier.extract.PartialDate;
import org.dossier.report.Problem;
import org.dossier.report.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The archive as a whole, computed once in O(N log N): article ids and page paths, timeline order with
 * previous/next, people with their articles, co-mentions and profiles, the duplicates left out, and where each
 * article's original bytes go in the site (duplicates' too).
 *
 * <pre>{@code ArchiveIndex index = ArchiveIndex.build(articles, curation);}</pre>
 *
 * @param problems what the report should say about articles indexed with a limit (a list of names, see
 *                 {@link #MAX_CO_MENTIONING})
 */
public record ArchiveIndex(List<Entry> timeline, List<Person> people, List<Duplicate> duplicates, List<Problem> problems,
                           Map<String, String> originals) {
    /**
     * Articles naming more people than this are lists (donors, casualties, signatories): being on one list is no tie
     * between two people, and counting every pair would cost the square of the list (9,161 names, 84 million pairs).
     * Their people get no co-mentions from them, and the report says so.
     */
    public static final int MAX_CO_MENTIONING = 50;

    /**
     * An article in the archive.
     *
     * @param id   the article's id, numbered in the (practically impossible) case that two share one
     * @param url  page path relative to the site root
     * @param prev the article before it in time, empty for the first
     */
    public record Entry(String id, String url, Article article, Optional<String> prev, Optional<String> next, List<PersonRef> people) {}

    public record PersonRef(String name, String slug) {}

    public record Duplicate(String source, String duplicateOf, String how) {}

    /**
     * @param entries   the articles that mention this person, in timeline order
     * @param spellings the other ways the articles spell the name, sorted ("Jurgen Klopp" for "Jürgen Klopp")
     */
    public record Person(String name, String slug, List<Entry> entries, List<CoMention> coMentions, Optional<Curation.Profile> profile,
                         List<String> spellings) {}

    public record CoMention(PersonRef person, int articles) {}

    /** Dated articles first, by date, then title, then source; written out, as a chain of comparators boxes every step. */
    public static final Comparator<Article> TIMELINE = (a, b) -> {
        Optional<PartialDate> x = a.date(), y = b.date();
        if (x.isPresent() != y.isPresent()) return x.isPresent() ? -1 : 1;
        int c = x.isPresent() ? x.get().compareTo(y.get()) : 0;
        if (c == 0) c = a.title().compareTo(b.title());
        return c != 0 ? c : a.source().compareTo(b.source());
    };

    public static ArchiveIndex build(List<Article> articles, Curation curation) {
        return build(articles, curation, List.of());
    }

    /** @param earlierCaptures pages of web archives captured again later, each a duplicate of the latest capture */
    public static ArchiveIndex build(List<Article> articles, Curation curation, List<Duplicate> earlierCaptures) {
        int[] unknown = new int[articles.size()];
        java.util.Arrays.fill(unknown, -1);
        return build(articles, unknown, curation, earlierCaptures);
    }

    /**
     * @param lastRanks for each of the articles, where it stood in a timeline built before, or -1: only a hint, which
     *                  hands the timeline's sort the articles nearly in order, so that it checks each against a
     *                  neighbour or two rather than sorting them afresh (a sixth of this index's work at 100,000
     *                  articles); any hints give the same index
     */
    public static ArchiveIndex build(List<Article> articles, int[] lastRanks, Curation curation, List<Duplicate> earlierCaptures) {
        // Duplicates are detected in source order: the first file of a group is the one published.
        Integer[] sourceOrder = new Integer[articles.size()];
        for (int i = 0; i < sourceOrder.length; i++) sourceOrder[i] = i;
        java.util.Arrays.sort(sourceOrder, Comparator.comparing(i -> articles.get(i).source()));
        List<Article> bySource = java.util.Arrays.stream(sourceOrder).map(articles::get).toList();
        List<Duplicates.Found> found = Duplicates.find(bySource);
        // By identity: an article record's own hash code walks all it holds, people, removals and fingerprint.
        Set<Article> dropped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Duplicate> duplicates = new ArrayList<>(earlierCaptures);
        for (Duplicates.Found f : found) {
            dropped.add(f.duplicate());
            duplicates.add(new Duplicate(f.duplicate().source(), f.original().source(), f.how()));
        }
        Map<String, Set<String>> spellings = new HashMap<>();
        List<Article> hinted = new ArrayList<>(bySource.size());
        long[] byRank = new long[bySource.size()];
        int m = 0;
        for (int k = 0; k < sourceOrder.length; k++) {
            if (dropped.contains(bySource.get(k))) continue;
            int rank = lastRanks[sourceOrder[k]];
            // Rank in the high half, the place in source order in the low: an article with no rank goes after the others.
            byRank[m++] = (long) (rank < 0 ? Integer.MAX_VALUE : rank) << 32 | k;
        }
        java.util.Arrays.sort(byRank, 0, m);
        for (int k = 0; k < m; k++) hinted.add(bySource.get((int) byRank[k]));
        // A merge sort that finds the runs it is given: in the hinted order, the timeline is a few runs, not N log N comparisons.
        hinted.sort(TIMELINE);
        List<Article> kept = oneSpellingEach(hinted, curation, spellings);

        // People as numbers in the order of their names, which is the order of the people, of their pages' names and
        // of co-mentions with as many articles: each article's people as an array of numbers, not names looked up in maps.
        Map<String, Integer> numbers = new HashMap<>();
        for (Article a : kept) for (String n : a.people()) numbers.putIfAbsent(n, 0);
        String[] names = numbers.keySet().toArray(String[]::new);
        java.util.Arrays.sort(names);
        for (int i = 0; i < names.length; i++) numbers.put(names[i], i);
        Map<String, String> personSlugs = personSlugs(names, numbers.keySet(), curation);
        Map<String, Curation.Profile> profiles = new HashMap<>();
        curation.profiles().forEach(p -> profiles.put(p.name(), p));

        List<String> ids = articleIds(kept);
        // One reference per person, shared by the articles that name them and by co-mentions: not one per mention.
        PersonRef[] refOf = new PersonRef[names.length];
        for (int p = 0; p < names.length; p++) refOf[p] = new PersonRef(names[p], personSlugs.get(names[p]));
        List<Entry> timeline = new ArrayList<>(kept.size());
        int[][] peopleOf = new int[kept.size()][];
        int[] mentions = new int[names.length];
        for (int i = 0; i < kept.size(); i++) {
            Article a = kept.get(i);
            List<String> ps = a.people();
            peopleOf[i] = new int[ps.size()];
            PersonRef[] refs = new PersonRef[ps.size()];
            for (int j = 0; j < refs.length; j++) {
                int p = numbers.get(ps.get(j));
                mentions[p]++;
                peopleOf[i][j] = p;
                refs[j] = refOf[p];
            }
            timeline.add(new Entry(ids.get(i), SitePaths.article(ids.get(i)), a,
                    i > 0 ? Optional.of(ids.get(i - 1)) : Optional.empty(),
                    i + 1 < kept.size() ? Optional.of(ids.get(i + 1)) : Optional.empty(), List.of(refs)));
        }
        int[][] articlesOf = new int[names.length][];
        for (int p = 0; p < names.length; p++) articlesOf[p] = new int[mentions[p]];
        int[] filled = new int[names.length];
        for (int i = 0; i < peopleOf.length; i++) for (int p : peopleOf[i]) articlesOf[p][filled[p]++] = i;
        // Each person's co-mentions on its own, the people in parallel: at 100,000 articles half a million pairs,
        // counted in an array per thread (and cleared after each person) and ordered once, by count and name.
        ThreadLocal<int[]> counters = ThreadLocal.withInitial(() -> new int[names.length]);
        List<Person> people = java.util.stream.IntStream.range(0, names.length).parallel().mapToObj(p -> {
            int[] co = counters.get();
            int[] others = new int[16];
            int n = 0;
            List<Entry> entries = new ArrayList<>(articlesOf[p].length);
            for (int i : articlesOf[p]) {
                entries.add(timeline.get(i));
                if (peopleOf[i].length > MAX_CO_MENTIONING) continue;
                for (int other : peopleOf[i]) {
                    if (other == p) continue;
                    if (co[other]++ == 0) {
                        if (n == others.length) others = java.util.Arrays.copyOf(others, 2 * n);
                        others[n++] = other;
                    }
                }
            }
            // Most articles first, then the name: the count inverted in the high half, the number in the low.
            long[] ranked = new long[n];
            for (int k = 0; k < n; k++) {
                ranked[k] = (long) (Integer.MAX_VALUE - co[others[k]]) << 32 | others[k];
                co[others[k]] = 0;
            }
            java.util.Arrays.sort(ranked);
            List<CoMention> top = new ArrayList<>(Math.min(10, n));
            for (int k = 0; k < Math.min(10, n); k++) {
                top.add(new CoMention(refOf[(int) ranked[k]], Integer.MAX_VALUE - (int) (ranked[k] >>> 32)));
            }
            String name = names[p];
            return new Person(name, personSlugs.get(name), List.copyOf(entries), List.copyOf(top), Optional.ofNullable(profiles.get(name)),
                    List.copyOf(spellings.getOrDefault(name, Set.of())));
        }).toList();
        List<Problem> problems = new ArrayList<>();
        for (Entry e : timeline) {
            int named = e.article().people().size();
            if (named > MAX_CO_MENTIONING) problems.add(new Problem(e.article().source(), Stage.INDEX, String.format(Locale.ROOT,
                    "names %,d people: a list, so none of them gets co-mentions from it (co-mentions count articles naming at most %d)",
                    named, MAX_CO_MENTIONING)));
        }
        Map<String, String> originals = OriginalNames.of(bySource.stream().map(Article::source).toList());
        return new ArchiveIndex(List.copyOf(timeline), people, List.copyOf(duplicates), List.copyOf(problems), originals);
    }

    /**
     * One person page per person: names that fold to the same letters ("Jürgen Klopp", "Jurgen Klopp") are one person, named
     * as curated, else in the spelling with the most diacritics (they carry what the other drops), else the most used.
     * Fills {@code spellings} with each chosen name's other spellings.
     */
    private static List<Article> oneSpellingEach(List<Article> kept, Curation curation, Map<String, Set<String>> spellings) {
        Map<String, Integer> uses = new HashMap<>();
        for (Article a : kept) for (String n : a.people()) uses.merge(n, 1, Integer::sum);
        Set<String> curated = new HashSet<>();
        curation.profiles().forEach(p -> curated.add(p.name()));
        // Each name folded once, not three times: a fold (a normalisation and three regular expressions) was half of this pass.
        Map<String, String> folded = new HashMap<>(2 * uses.size());
        for (String n : uses.keySet()) folded.put(n, org.dossier.extract.Slugs.fold(n));
        Map<String, String> bySlug = new HashMap<>();
        Comparator<String> better = Comparator.comparing((String n) -> !curated.contains(n))
                .thenComparing(n -> -(int) n.chars().filter(c -> c > 0x7F).count())
                .thenComparing(n -> -uses.get(n))
                .thenComparing(Comparator.naturalOrder());
        for (String n : uses.keySet()) bySlug.merge(folded.get(n), n, (a, b) -> better.compare(a, b) <= 0 ? a : b);
        Map<String, String> chosen = new HashMap<>();
        for (String n : uses.keySet()) {
            String c = bySlug.get(folded.get(n));
            if (!c.equals(n)) chosen.put(n, c);
        }
        // "Wanjiku Kamau" beside "Wanjiku Kamau-Otieno", "Valerie Hartmore" beside "Valerie C. Hartmore": a shorter form
        // that one fuller name of the archive alone holds is that person, by a maiden name or without a middle initial
        Map<String, Set<String>> fuller = new HashMap<>();
        for (String n : uses.keySet()) {
            if (chosen.containsKey(n)) continue;
            for (String shorter : shorterForms(n)) fuller.computeIfAbsent(org.dossier.extract.Slugs.fold(shorter), k -> new java.util.TreeSet<>()).add(n);
        }
        for (String n : uses.keySet()) {
            Set<String> f = fuller.get(folded.get(chosen.getOrDefault(n, n)));
            if (f != null && f.size() == 1 && !curated.contains(n)) chosen.put(n, f.iterator().next());
        }
        // a fuller name may itself be a fold variant or a shorter form: follow to the end, which takes at most as many
        // steps as the name has words
        for (Map.Entry<String, String> e : chosen.entrySet()) {
            String c = e.getValue();
            for (String next; (next = chosen.get(c)) != null && !next.equals(c); ) c = next;
            e.setValue(c);
            spellings.computeIfAbsent(c, k -> new java.util.TreeSet<>()).add(e.getKey());
        }
        if (chosen.isEmpty()) return kept;
        List<Article> out = new ArrayList<>(kept.size());
        for (Article a : kept) {
            if (a.people().stream().noneMatch(chosen::containsKey)) {
                out.add(a);
                continue;
            }
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            for (String n : a.people()) names.add(chosen.getOrDefault(n, n));
            out.add(a.withPeople(List.copyOf(names)));
        }
        return out;
    }

    /**
     * The shorter forms that name the same person as {@code name}: without its middle initials ("Valerie Hartmore" of
     * "Valerie C. Hartmore") and with one part of a double surname ("Wanjiku Kamau" and "Wanjiku Otieno" of "Wanjiku
     * Kamau-Otieno").
     */
    static List<String> shorterForms(String name) {
        String[] w = name.split(" ");
        if (w.length < 2) return List.of();
        List<String> out = new ArrayList<>();
        List<String> noInitials = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            boolean initial = w[i].length() == 1 || w[i].length() == 2 && w[i].charAt(1) == '.';
            if (i == 0 || i == w.length - 1 || !initial || !Character.isUpperCase(w[i].charAt(0))) noInitials.add(w[i]);
        }
        if (noInitials.size() >= 2 && noInitials.size() < w.length) out.add(String.join(" ", noInitials));
        String last = w[w.length - 1];
        int dash = last.indexOf('-');
        if (dash > 1 && dash < last.length() - 2 && Character.isUpperCase(last.charAt(0)) && Character.isUpperCase(last.charAt(dash + 1))) {
            String given = String.join(" ", java.util.Arrays.asList(w).subList(0, w.length - 1));
            out.add(given + " " + last.substring(0, dash));
            out.add(given + " " + last.substring(dash + 1));
        }
        return out;
    }

    private static List<String> articleIds(List<Article> kept) {
        List<String> ids = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Article a : kept) {
            String id = a.id();
            for (int n = 2; !used.add(id); n++) id = a.id() + "-" + n;
            ids.add(id);
        }
        return ids;
    }

    /**
     * A person's page name: the curated profile's file name when there is one, else the name's slug, numbered on a clash
     * in the order of the names ({@code names}, sorted).
     * A name with no Latin letter (Cyrillic, Chinese) has an empty slug: its page is named from a digest of the name,
     * which, unlike a number, does not change when another such name joins the archive.
     */
    /** The page name a person of this name has unless curated, or unless another name took it first (then it is numbered). */
    static String slugBase(String name) {
        String base = org.dossier.extract.Slugs.of(name, 80);
        return !base.isEmpty() ? base : "person-" + org.dossier.ingest.Sha256.hex(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 10);
    }

    private static Map<String, String> personSlugs(String[] names, Set<String> named, Curation curation) {
        Map<String, String> slugs = new HashMap<>(2 * names.length);
        Set<String> used = new HashSet<>(List.of("index"));
        for (Curation.Profile p : curation.profiles()) {
            if (named.contains(p.name()) && used.add(p.slug())) slugs.put(p.name(), p.slug());
        }
        for (String n : names) {
            if (slugs.containsKey(n)) continue;
            String base = slugBase(n);
            String s = base;
            for (int i = 2; !used.add(s); i++) s = base + "-" + i;
            slugs.put(n, s);
        }
        return slugs;
    }
}
