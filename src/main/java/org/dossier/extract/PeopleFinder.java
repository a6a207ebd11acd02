package org.dossier.extract;

import org.dossier.report.Deadline;
import org.dossier.report.Stage;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the people an article mentions, as canonical full names. Thread-safe, immutable after construction;
 * construct once per build.
 *
 * <p>A person is a run of capitalised words that starts with a known given name ("Tara Reade"), or one that a title,
 * a role or a verb of speech vouches for ("aide Porochista Khakpour", "Zelensky said") or whose surname recurs
 * alone. Titles, roles and possessives are dropped; the fullest form written wins ("Christine Blasey Ford");
 * surnames alone ("Biden") add nobody, since they name someone already counted or someone the article never names in
 * full. The curator's aliases apply last.
 *
 * <pre>{@code
 * PeopleFinder f = new PeopleFinder(Map.of("Bernie", "Bernie Sanders"));
 * f.find("Milano Backs Biden", List.of("Actress Alyssa Milano's tweets praised Joe Biden. Milano said Bernie lost."), List.of(),
 *         Deadline.after(Config.SEED_BUDGET, source));
 * // [Alyssa Milano, Bernie Sanders, Joe Biden]
 * }</pre>
 */
public final class PeopleFinder {
    private final NamesGazetteer given;
    private final NamesAliases aliases;

    /** aliases: curated alias -> canonical name (e.g. "Bernie" -> "Bernie Sanders", "Bernard Sanders" -> "Bernie Sanders"); may be empty. */
    public PeopleFinder(Map<String, String> aliases) {
        this.given = NamesGazetteer.bundled();
        this.aliases = new NamesAliases(aliases);
    }

    /** {@link #find(String, List, List, Optional, Deadline)} for an article whose language is not known. */
    public List<String> find(String title, List<String> paragraphs, List<String> quotes, Deadline deadline) {
        return find(title, paragraphs, quotes, Optional.empty(), deadline);
    }

    /**
     * @param title      the headline, or null
     * @param paragraphs cleaned body paragraphs (plain text, no tweet quotes)
     * @param quotes     texts of embedded tweets, without their signatures
     * @param language   the article's language as {@code clean.Languages} tells it ("sv", "id"), which decides what a
     *                   few words are ("i" in "Per Lund i Sjöbo", "H." for Haji); empty when unknown
     * @return canonical full names, sorted (String natural order), no duplicates
     * @throws Deadline.Exceeded when reading outlasts the seed's budget
     */
    public List<String> find(String title, List<String> paragraphs, List<String> quotes, Optional<String> language, Deadline deadline) {
        NamesScan scan = new NamesScan(given, aliases, language);
        if (title != null) scan.title(title);
        for (List<String> texts : List.of(paragraphs, quotes)) {
            for (String t : texts) {
                deadline.check(Stage.EXTRACT);
                scan.text(t);
            }
        }
        return scan.people();
    }
}
