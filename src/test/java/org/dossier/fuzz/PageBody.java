package org.dossier.fuzz;

import org.dossier.clean.Block;
import org.dossier.clean.CleanedSeed;
import org.dossier.clean.SeedCleaner;
import org.dossier.ingest.Seed;
import org.dossier.ingest.SeedReader;
import org.dossier.report.Deadline;
import org.dossier.report.Outcome;
import org.dossier.write.BodyHtml;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One input through every stage that decides what of a seed reaches a page: {@code SeedReader.decode},
 * {@code SeedCleaner.clean} and {@code BodyHtml.of}. A crash in decoding or cleaning propagates to the caller.
 *
 * @param html    the article body, when cleaning gave an article and BodyHtml accepted it
 * @param refused BodyHtml's last-resort refusal of a cleaned article (its tripwire fired)
 * @param leaks   unsafe markup in the body, or, when BodyHtml refused it, in the sanitised markup it was given
 */
record PageBody(Outcome<Seed> decoded, Outcome<CleanedSeed> cleaned, Optional<String> html,
                Optional<IllegalStateException> refused, List<String> leaks) {

    static PageBody of(String source, byte[] bytes) {
        Outcome<Seed> decoded = SeedReader.decode(source, Path.of(source), bytes);
        Outcome<CleanedSeed> cleaned = decoded.then(s -> SeedCleaner.clean(s, Deadline.after(Duration.ofHours(1), source)));
        if (!(cleaned instanceof Outcome.Ok<CleanedSeed> ok)) {
            return new PageBody(decoded, cleaned, Optional.empty(), Optional.empty(), List.of());
        }
        List<Block> blocks = ok.value().blocks();
        try {
            String html = BodyHtml.of(blocks);
            return new PageBody(decoded, cleaned, Optional.of(html), Optional.empty(), Leaks.in(html));
        } catch (IllegalStateException refused) {
            return new PageBody(decoded, cleaned, Optional.empty(), Optional.of(refused), Leaks.in(seedMarkup(blocks)));
        }
    }

    /** The only parts of a body that come from the seed as markup (BodyHtml escapes everything else). */
    static String seedMarkup(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) sb.append("<p>").append(p.html()).append("</p>\n");
            else if (b instanceof Block.Tweet t) sb.append("<p>").append(t.html()).append("</p>\n");
        }
        return sb.toString();
    }

    boolean isArticle() {
        return cleaned instanceof Outcome.Ok<CleanedSeed>;
    }

    /** All the article's text, block by block, one block a line. */
    String text() {
        if (!(cleaned instanceof Outcome.Ok<CleanedSeed> ok)) return "";
        StringBuilder sb = new StringBuilder();
        for (Block b : ok.value().blocks()) sb.append(b.text()).append('\n');
        return sb.toString();
    }

    /** What went wrong, for an assertion message: the sanitised markup and each leak. */
    String describe() {
        String markup = cleaned instanceof Outcome.Ok<CleanedSeed> ok ? seedMarkup(ok.value().blocks()) : "";
        return "leaks " + leaks + (refused.isPresent() ? "; BodyHtml refused the body (" + refused.get().getMessage() + ")" : "")
                + "\nsanitised markup:\n" + (markup.length() > 4000 ? markup.substring(0, 4000) + "…" : markup);
    }
}
