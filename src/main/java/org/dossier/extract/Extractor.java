package org.dossier.extract;

import org.dossier.clean.Block;
import org.dossier.clean.CleanedSeed;
import org.dossier.clean.Evidence;
import org.dossier.clean.Headlines;
import org.dossier.clean.DateWords;
import org.dossier.clean.Languages;
import org.dossier.report.Deadline;
import org.dossier.report.Outcome;
import org.dossier.report.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The extract stage's entry: decides title, date and people for a cleaned seed, then applies the curator's
 * correction for it. Thread-safe; build one per run.
 *
 * <pre>{@code
 * Extractor x = new Extractor(Curation.load(contentDir));
 * Outcome<Article> a = x.extract(cleaned, Deadline.after(Config.SEED_BUDGET, source));
 * }</pre>
 */
public final class Extractor {
    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile(
            "\\((?:Photo|Image|Picture|Illustration|Credit|Video)[^()]*\\)|\\b(?:Photo|Image|Picture|Pic|Credit)s?\\s*(?:by|:)[^.]*$",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private final Curation curation;
    private final PeopleFinder people;

    public Extractor(Curation curation) {
        this.curation = curation;
        this.people = new PeopleFinder(curation.aliases());
    }

    /** @throws Deadline.Exceeded when extraction outlasts the seed's budget */
    public Outcome<Article> extract(CleanedSeed cleaned, Deadline deadline) {
        String source = cleaned.seed().source();
        Curation.Correction fix = curation.corrections().get(source);
        if (fix != null && fix.exclude().isPresent()) return Outcome.failed(source, Stage.EXTRACT, fix.exclude().get());
        Evidence ev = cleaned.evidence();
        List<String> notes = new ArrayList<>();

        String title;
        String titleSource;
        if (ev.headline().isPresent()) {
            title = ev.headline().get();
            titleSource = ev.headlineSource().orElseThrow();
        } else {
            // The first paragraph that could stand as a title: a section label or a menu left in the text cannot.
            String first = cleaned.blocks().stream().filter(b -> b instanceof Block.Paragraph).map(Block::text).filter(Headlines::isTitle)
                    .findFirst().orElse(cleaned.blocks().get(0).text());
            title = Titles.derive(first);
            titleSource = "derived";
        }

        Optional<PartialDate> date = ev.date().flatMap(d -> Dates.evidence(d, ev.locale()));
        if (date.isEmpty() && ev.date().isPresent() && ev.locale().filter(l -> !l.startsWith("und")).isEmpty()) {
            // A text scrape declares no language (at most a region, from its address): the date label's language
            // ("Gepubliceerd:", "Diterbitkan") is the next best evidence, then the country its time zone names ("WIB"),
            // then its text's language, by its stopwords or its letters, then the money its prices are in.
            date = Dates.evidence(ev.date().get(), DateWords.labelLanguage(ev.date().get()))
                    .or(() -> Dates.evidence(ev.date().get(), DateWords.zoneRegion(ev.date().get())))
                    .or(() -> Dates.evidence(ev.date().get(), Languages.of(cleaned.blocks())))
                    .or(() -> Dates.evidence(ev.date().get(), DateWords.currencyRegion(cleaned.blocks().stream().map(Block::text).toList())));
        }
        Optional<String> dateSource = date.isPresent() ? ev.dateSource() : Optional.empty();
        if (ev.date().isPresent() && date.isEmpty()) notes.add("date '" + ev.date().get() + "' in the seed could not be read");
        if (date.isEmpty()) {
            date = Dates.opening(cleaned.blocks(), ev.locale().or(() -> Languages.of(cleaned.blocks()))).or(() -> Dates.fromTweets(cleaned.blocks()));
            dateSource = date.map(d -> "text");
        }

        // Captions are not the article's text, but the people they name are pictured in it; their credits are not.
        List<String> paragraphs = new java.util.ArrayList<>(cleaned.blocks().stream().filter(b -> !(b instanceof Block.Tweet)).map(Block::text).toList());
        cleaned.removals().byKind().getOrDefault("caption", List.of()).forEach(c -> paragraphs.add(CREDIT.matcher(c).replaceAll("")));
        List<String> quotes = cleaned.blocks().stream().filter(b -> b instanceof Block.Tweet).map(Block::text).toList();
        List<String> found = people.find(ev.headline().orElse(null), paragraphs, quotes, Languages.of(cleaned.blocks()), deadline);

        if (fix != null) {
            if (fix.title().isPresent()) {
                title = fix.title().get();
                titleSource = "curated";
            }
            if (fix.date().isPresent()) {
                date = fix.date().get();
                dateSource = date.map(d -> "curated");
            }
            TreeSet<String> names = new TreeSet<>(fix.people().orElse(found));
            names.addAll(fix.add());
            fix.remove().forEach(names::remove);
            found = List.copyOf(names);
        }
        var seed = cleaned.seed();
        String slug = Slugs.of(title, 60);
        String id = (slug.isEmpty() ? "article" : slug) + "-" + seed.sha256().substring(0, 8);
        int tweets = quotes.size();
        List<String> blocks = cleaned.blocks().stream().map(Block::text).toList();
        return Outcome.ok(new Article(id, seed.source(), seed.sha256(), seed.size(), seed.decoding(), title, titleSource, date,
                dateSource, found, ev.byline(), tweets, cleaned.removals(), notes, TextFingerprint.of(blocks), "", Optional.empty()));
    }
}
