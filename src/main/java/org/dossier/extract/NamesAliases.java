package org.dossier.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The curator's aliases, indexed for the people finder: finds alias keys in an article's words, maps found names to
 * their canonical form, and resolves a lone surname or first name when exactly one curated person carries it.
 * Immutable.
 */
final class NamesAliases {
    private final Map<String, String> canonical;
    /** Each key's words, by its first word, so a text is matched word by word. */
    private final Map<String, List<List<String>>> keysByFirstWord = new HashMap<>();
    /** The first and the last word of every curated name and key, to the canonical names that carry it. */
    private final Map<String, Set<String>> byPart = new HashMap<>();

    NamesAliases(Map<String, String> aliases) {
        this.canonical = Map.copyOf(aliases);
        for (Map.Entry<String, String> e : canonical.entrySet()) {
            List<String> words = words(e.getKey());
            if (!words.isEmpty()) keysByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
            for (String name : List.of(e.getKey(), e.getValue())) {
                List<String> w = words(name);
                if (w.size() < 2) continue;
                byPart.computeIfAbsent(w.get(0), k -> new HashSet<>()).add(e.getValue());
                byPart.computeIfAbsent(w.get(w.size() - 1), k -> new HashSet<>()).add(e.getValue());
            }
        }
    }

    private static List<String> words(String name) {
        return NamesText.tokens(name).stream().map(NamesText.Token::text).toList();
    }

    boolean isEmpty() {
        return canonical.isEmpty();
    }

    /** Adds to {@code found} every alias key written in the text. */
    void keysIn(List<NamesText.Token> tokens, Set<String> found) {
        for (int i = 0; i < tokens.size(); i++) {
            List<List<String>> keys = keysByFirstWord.get(tokens.get(i).text());
            if (keys == null) continue;
            for (List<String> key : keys) {
                if (matches(tokens, i, key)) found.add(String.join(" ", key));
            }
        }
    }

    private static boolean matches(List<NamesText.Token> tokens, int at, List<String> key) {
        if (at + key.size() > tokens.size()) return false;
        for (int k = 1; k < key.size(); k++) {
            NamesText.Token t = tokens.get(at + k);
            // a key's words must be written together, not across punctuation or a possessive
            if (!t.joined() || tokens.get(at + k - 1).possessive() || !t.text().equals(key.get(k))) return false;
        }
        return true;
    }

    /**
     * The final names: each found name through the aliases, plus the canonical names of the alias keys written in the
     * article and of lone words ("Sanders") that one curated person alone carries. A word that also belongs to
     * another name found in the article is ambiguous and adds nothing.
     */
    TreeSet<String> apply(Set<String> names, Set<String> keysWritten, Set<String> loneWords) {
        // without aliases the names stand as found, and no name's words need reading again
        if (canonical.isEmpty()) return new TreeSet<>(names);
        TreeSet<String> out = new TreeSet<>();
        Map<String, Set<String>> partOwners = new HashMap<>();
        for (String n : names) {
            String c = canonical.getOrDefault(n, n);
            out.add(c);
            List<String> w = words(n);
            partOwners.computeIfAbsent(w.get(0), k -> new HashSet<>()).add(c);
            partOwners.computeIfAbsent(w.get(w.size() - 1), k -> new HashSet<>()).add(c);
        }
        for (String key : keysWritten) {
            String c = canonical.get(key);
            Set<String> owners = partOwners.get(key);
            if (c != null && (owners == null || owners.equals(Set.of(c)))) out.add(c);
        }
        for (String word : loneWords) {
            if (canonical.containsKey(word) || partOwners.containsKey(word)) continue;
            Set<String> carriers = byPart.get(word);
            if (carriers != null && carriers.size() == 1) out.add(carriers.iterator().next());
        }
        return out;
    }
}
