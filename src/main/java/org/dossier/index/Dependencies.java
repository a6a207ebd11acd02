package org.dossier.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one place that knows what depends on what. Each page declares the inputs it reads (an article's own facts, what
 * a link to an article shows, a person's facts, the site-wide settings); each input has a version, a 64-bit digest of
 * what it holds, kept from build to build. A page whose inputs all have the versions they had last time is the page
 * made last time: it takes its previous key without its view being gathered and hashed, so a change costs the pages
 * that read what changed, whatever the archive's size (at 100,000 articles, keying every page took 8.7 s).
 *
 * <p>A page's list of inputs must itself be covered by one of its inputs: an article's own facts name its neighbours,
 * a person's facts name the person's articles. Then a page whose list changes (a new neighbour, an article gained or
 * lost) always sees a changed input. A page that declares no input (the pages about the whole archive) is keyed in
 * full on every build. New pages fit in by declaring theirs, and a group of their own (a year, a letter) becomes an
 * input whose version names its members, made with {@link #version}.
 *
 * <p>Versions are 64-bit: two different contents of the same input get the same version once in 2^64 changes.
 *
 * <pre>{@code Optional<String> key = deps.previousKey("articles/x.html", List.of(Dependencies.article("x"), Dependencies.link("w")));}</pre>
 */
public final class Dependencies {
    /** Read by every page that declares inputs: templates, code, the site's title and base URL. */
    public static final String SITE = "site";

    private final Map<String, Long> versions;
    private final Map<String, Long> previous;
    private final Map<String, String> previousKeys;
    private final AtomicInteger carried = new AtomicInteger(), keyed = new AtomicInteger();

    private Dependencies(Map<String, Long> versions, Map<String, Long> previous, Map<String, String> previousKeys) {
        this.versions = versions;
        this.previous = previous;
        this.previousKeys = previousKeys;
    }

    /**
     * The inputs of the archive's pages as this build has them.
     *
     * @param site         what every page is made with besides its own inputs (templates, code, settings)
     * @param originals    where each seed's original goes in the site, by source (see {@link ArchiveIndex#originals})
     * @param previous     the versions the last build saved ({@link #versions}); empty for a clean build
     * @param previousKeys each page's key in the last build, for the pages whose inputs are unchanged
     */
    public static Dependencies of(ArchiveIndex index, String site, Map<String, Long> previous, Map<String, String> previousKeys) {
        Map<String, Long> v = new HashMap<>(index.timeline().size() * 3);
        v.put(SITE, version(site));
        for (ArchiveIndex.Entry e : index.timeline()) {
            String key = e.article().contentKey();
            v.put(link(e.id()), version(e.id(), e.url(), key));
            StringBuilder people = new StringBuilder();
            e.people().forEach(p -> people.append(p.name()).append('\n').append(p.slug()).append('\n'));
            v.put(search(e.id()), version(e.id(), e.url(), key, String.join("\n", e.article().people())));
            v.put(article(e.id()), version(e.id(), e.url(), key, people.toString(), index.originals().get(e.article().source()),
                    e.prev().orElse(""), e.next().orElse("")));
        }
        for (ArchiveIndex.Person p : index.people()) {
            StringBuilder facts = new StringBuilder();
            p.entries().forEach(e -> facts.append(e.id()).append('\n'));
            p.coMentions().forEach(c -> facts.append(c.person().name()).append('\n').append(c.person().slug()).append('\n').append(c.articles()).append('\n'));
            v.put(person(p.slug()), version(p.name(), p.slug(), String.valueOf(p.profile()), String.join("\n", p.spellings()), facts.toString()));
        }
        return new Dependencies(v, Map.copyOf(previous), previousKeys);
    }

    /** An article's own facts: its content, people, original, and which articles are its neighbours. */
    public static String article(String id) {
        return "article:" + id;
    }

    /** What a link to an article shows: title, date, page. */
    public static String link(String id) {
        return "link:" + id;
    }

    /** What the search index holds of an article: its content (text, title, date), page, and people as the archive spells them. */
    public static String search(String id) {
        return "search:" + id;
    }

    /** A person's facts: name, profile, spellings, co-mentions, and which articles mention them. */
    public static String person(String slug) {
        return "person:" + slug;
    }

    /**
     * The page's key in the last build, when that build made it from inputs that all have the same versions now (and
     * {@link #SITE}); empty when it must be keyed in full. Counted either way, for {@code --verbose}.
     */
    public Optional<String> previousKey(String page, List<String> inputs) {
        Optional<String> key = inputs.isEmpty() || !unchanged(SITE) || !inputs.stream().allMatch(this::unchanged)
                ? Optional.empty() : Optional.ofNullable(previousKeys.get(page));
        (key.isPresent() ? carried : keyed).incrementAndGet();
        return key;
    }

    private boolean unchanged(String input) {
        Long now = versions.get(input);
        return now != null && now.equals(previous.get(input));
    }

    /**
     * The ids of the articles whose search entry ({@link #search}) is new, changed or gone since the last build, each
     * with whether the last build had it.
     */
    public Map<String, Boolean> changedSearchEntries() {
        Map<String, Boolean> changed = new HashMap<>();
        String prefix = search("");
        versions.forEach((input, version) -> {
            if (input.startsWith(prefix) && !version.equals(previous.get(input))) changed.put(input.substring(prefix.length()), previous.containsKey(input));
        });
        previous.keySet().forEach(input -> {
            if (input.startsWith(prefix) && !versions.containsKey(input)) changed.put(input.substring(prefix.length()), true);
        });
        return changed;
    }

    /** Every input's version, for the next build. */
    public Map<String, Long> versions() {
        return Map.copyOf(versions);
    }

    /** Pages keyed in full so far: the ones whose inputs changed, are new, or are about the whole archive. */
    public int keyed() {
        return keyed.get();
    }

    /** Pages that took their previous key. */
    public int carried() {
        return carried.get();
    }

    /**
     * A 64-bit digest of the parts (each counted with its length, so no two lists of parts run together the same way):
     * FNV-1a over the UTF-16 units, then MurmurHash3's finaliser to spread the last units' bits.
     */
    public static long version(String... parts) {
        long h = 0xcbf29ce484222325L;
        for (String s : parts) {
            String p = s == null ? "\u0000null" : s;
            h = (h ^ p.length()) * 0x100000001b3L;
            for (int i = 0; i < p.length(); i++) h = (h ^ p.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
