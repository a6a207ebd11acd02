package org.dossier.clean;

import org.dossier.ingest.Chars;
import org.dossier.ingest.Seed;
import org.dossier.report.Deadline;
import org.dossier.report.Removals;
import org.dossier.report.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleans a plain-text scrape in the seeds' format. */
final class TextCleaner {
    /** " date 2020-04-02 Headline"; the date may be a month only ("2020-04") or in figures ("14/03/2022"). */
    private static final Pattern HEADER = Pattern.compile(
            "^\\s*date\\s*[:=]?\\s*(\\d{4}-\\d{2}(?:-\\d{2})?|\\d{1,2}[./]\\d{1,2}[./]\\d{4})(?![\\d./-]\\d)\\s*(.*)$", Pattern.CASE_INSENSITIVE);

    /** A section's name in capitals glued to the headline it stood above: "KOALITIONStreit um die Mietpreisbremse". */
    private static final Pattern GLUED_KICKER = Pattern.compile("^\\p{Lu}{3,}(?=\\p{Lu}\\p{Ll})");
    /** The page's address that some scrapers write where the header's headline goes. */
    private static final Pattern ADDRESS = Pattern.compile("(https?://\\S+)\\s*");

    private TextCleaner() {}

    /**
     * @param recurring the seed's lines that recur across the archive ({@link RecurringLines#recurringIn}): evidence
     *                  that a line is the site's, not the article's
     */
    static CleanedSeed clean(Seed seed, Deadline deadline, long[] recurring) {
        Removals.Builder removed = new Removals.Builder();
        List<String> lines = new ArrayList<>(List.of(seed.text().split("\n", -1)));
        Optional<String> headline = Optional.empty();
        String headlineSource = "header";
        Optional<String> date = Optional.empty();
        // The country of the page's address, when the scraper kept it: how the outlet writes its numeric dates.
        Optional<String> region = Optional.empty();
        List<String> paragraphs = new ArrayList<>();

        int first = firstLine(lines);
        if (first < lines.size()) {
            Matcher h = HEADER.matcher(lines.get(first));
            if (h.matches()) {
                removed.add("header", lines.get(first).strip());
                date = Optional.of(h.group(1));
                // Some scrapers put the page's address where the headline goes: it is provenance, not a title.
                String rest = collapse(h.group(2));
                Matcher address = ADDRESS.matcher(rest);
                if (address.lookingAt()) {
                    region = DateWords.regionOf(address.group(1));
                    rest = rest.substring(address.end());
                }
                // "Read full article on original website" where the headline should be: boilerplate, not a title.
                Optional<Boilerplate.Hit> junk = Boilerplate.classify(rest, Set.of(), true);
                if (junk.isPresent()) removed.add(junk.get().kind(), rest);
                else if (Headlines.isLede(rest)) paragraphs.add(rest);
                else if (!rest.isEmpty() && !Headlines.isTitle(rest)) removed.add(furnitureKind(rest), rest);
                else if (!rest.isEmpty()) headline = Optional.of(rest);
                lines.set(first, "");
            }
        }
        paragraphs.addAll(paragraphs(lines));
        // The headline by its features, when the header gives none or gives one that shares no word with the prose
        // (a scraper that took the page's "Back To Top" for its title).
        int headlineAt = -1;
        boolean[] eligible = new boolean[Headlines.top(paragraphs)], marks = new boolean[eligible.length], furniture = new boolean[eligible.length];
        for (int i = 0; i < eligible.length; i++) {
            String p = paragraphs.get(i);
            Optional<String> kind = Boilerplate.classify(p, Set.of(), true).map(Boilerplate.Hit::kind);
            marks[i] = kind.filter(k -> k.equals("byline") || k.equals("dateline")).isPresent();
            furniture[i] = kind.isPresent() && !marks[i] || Substance.isWallLine(p);
            // a bulleted line is a menu's item or a list's, never the headline: "□ Adventure bikes" over the site's sections
            eligible[i] = kind.isEmpty() && Boilerplate.isHeadlineLike(p) && Headlines.isTitle(p) && !RecurringLines.contains(recurring, p)
                    && !BlockClassifier.isListItem(p)
                    && Tweets.parse(p).isEmpty();
        }
        if (headline.isEmpty() || !Headlines.sharesWithProse(headline.get(), paragraphs, eligible)) {
            headlineAt = Headlines.pick(paragraphs, eligible, marks, furniture, Headlines.proseStems(paragraphs, eligible));
            if (headlineAt >= 0) headline = Optional.empty();
        }

        // First the patterns: the lines they recognise are removed with their kind, and tell the byline and dateline.
        String[] removedAs = new String[paragraphs.size()];
        List<Block.Tweet> tweets = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        List<BlockClassifier.Known> known = new ArrayList<>();
        List<Boolean> recurs = new ArrayList<>();
        List<Integer> paragraphOf = new ArrayList<>();
        // Where the headline taken from the text stood among the blocks judged: the article begins under it.
        int underHeadline = -1;
        Set<String> credits = Boilerplate.credits();
        Optional<String> byline = Optional.empty();
        List<String> datelines = new ArrayList<>();
        // where each dateline and the headline taken from the text stood among the paragraphs
        List<Integer> datelineAt = new ArrayList<>();
        int headlineParagraph = -1;
        boolean inStoryList = false;
        // from the first reader's comment under the story on, the rest is the thread and the page's end
        boolean inComments = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            deadline.check(Stage.CLEAN);
            String p = paragraphs.get(i);
            // counted from the headline when the text gives one: the site's name and section above it are no paragraphs
            boolean nearTop = candidates.size() - Math.max(underHeadline, 0) < 3;
            if (headlineAt < 0 && headline.isEmpty() && candidates.isEmpty() && (Headlines.isMenu(p) || Headlines.isSectionLabel(p))) {
                // The page's menu or the section's name above the headline: neither is the article's text nor its title.
                removedAs[i] = furnitureKind(p);
                continue;
            }
            boolean recurringLine = RecurringLines.contains(recurring, p);
            if (i == headlineAt) {
                Matcher kicker = GLUED_KICKER.matcher(p);
                boolean glued = kicker.find();
                if (glued) removed.add("section-label", kicker.group());
                headline = Optional.of(glued ? p.substring(kicker.end()) : p);
                headlineSource = "text";
                removedAs[i] = "headline";
                underHeadline = candidates.size();
                headlineParagraph = i;
                continue;
            }
            boolean wall = candidates.isEmpty() && Substance.isWallLine(p);
            if (headlineAt < 0 && headline.isEmpty() && candidates.isEmpty() && paragraphs.size() > 2 && Boilerplate.isHeadlineLike(p) && Headlines.isTitle(p)
                    && !recurringLine && !wall && !BlockClassifier.isListItem(p) && Boilerplate.classify(p, credits, true).isEmpty() && Tweets.parse(p).isEmpty()) {
                // A scrape that starts with the headline on a line of its own.
                headline = Optional.of(p);
                headlineSource = "text";
                removedAs[i] = "headline";
                underHeadline = candidates.size();
                headlineParagraph = i;
                continue;
            }
            if (inComments || !candidates.isEmpty() && LineShapes.isCommentHeader(p)) {
                inComments = true;
                removedAs[i] = "comments";
                continue;
            }
            // the list's items and numbers ("• 1") belong to it as much as its headlines
            if (inStoryList && (Boilerplate.isHeadlineLike(p) || BlockClassifier.isListItem(p) || p.codePoints().noneMatch(Character::isLetter))) {
                removedAs[i] = "read-more";
                continue;
            }
            inStoryList = false;
            // under a headline taken from the text, the chrome above it counts among the blocks: the byline's row is near it
            boolean nearHeadline = underHeadline >= 0 && candidates.size() - underHeadline < 3;
            Optional<Boilerplate.Hit> hit = nearHeadline && (Boilerplate.isNameRow(p) || Asides.isNameWithTrade(p))
                    ? Optional.of(new Boilerplate.Hit("byline", Optional.empty()))
                    : Boilerplate.classify(p, credits, nearTop);
            if (hit.isPresent()) {
                removedAs[i] = hit.get().kind();
                hit.get().credit().ifPresent(credits::add);
                if (hit.get().kind().equals("byline") && byline.isEmpty()) byline = Optional.of(p);
                if (hit.get().kind().equals("dateline")) {
                    datelines.add(p);
                    datelineAt.add(i);
                    // the author's name on the line above the date, alone or in a row with the outlet ("Jordan MacIsaac · CBC News ·")
                    if (!candidates.isEmpty() && paragraphOf.get(paragraphOf.size() - 1) == i - 1 && (Asides.isName(paragraphs.get(i - 1)) || Boilerplate.isNameRow(paragraphs.get(i - 1))
                            || Asides.isNameWithTrade(paragraphs.get(i - 1)))) {
                        int last = candidates.size() - 1;
                        removedAs[i - 1] = "byline";
                        if (byline.isEmpty()) byline = Optional.of(Asides.isName(paragraphs.get(i - 1)) ? paragraphs.get(i - 1)
                                : paragraphs.get(i - 1).split("[·|•]")[0].strip());
                        candidates.remove(last);
                        paragraphOf.remove(last);
                        tweets.remove(last);
                        known.remove(last);
                        recurs.remove(last);
                    }
                }
                inStoryList = Boilerplate.isListLabel(p);
                continue;
            }
            if (Headlines.isMenu(p)) {
                // the site's menu left between paragraphs or under them, as above the headline
                removedAs[i] = "navigation";
                continue;
            }
            // after the patterns: "By Marcus Webb" has the shape of tags too, and is the byline
            if (headline.isPresent() && candidates.isEmpty() && Boilerplate.isTags(p)) {
                removedAs[i] = "tags";
                continue;
            }
            if (headline.isPresent() && candidates.isEmpty() && Headlines.isSectionLabel(p) && isWordsOnly(p) && !recurringLine) {
                // Under the headline, above the text: the section's label ("Société") or the info box's ("Details").
                removedAs[i] = "section-label";
                continue;
            }
            if (wall) {
                // A consent, sign-in or subscription prompt above the text: the page's, however long.
                removedAs[i] = "wall";
                continue;
            }
            Optional<Block.Tweet> tweet = Tweets.parse(p);
            paragraphOf.add(i);
            tweets.add(tweet.orElse(null));
            candidates.add(p);
            known.add(tweet.isPresent() ? BlockClassifier.Known.CONTENT : BlockClassifier.Known.UNKNOWN);
            recurs.add(recurringLine);
        }
        // Then the classifier decides which of the rest are the article.
        BlockClassifier.Verdict[] verdicts = BlockClassifier.classify(candidates, known, recurs, headline, underHeadline);
        // Last, what the text's own shape shows around the kept blocks: the picture's caption, the author's note.
        String[] aside = Asides.find(candidates, verdicts, paragraphOf, removedAs, byline);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0, c = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (removedAs[i] != null) {
                removed.add(removedAs[i], p);
                continue;
            }
            BlockClassifier.Verdict verdict = verdicts[c];
            String asideKind = aside[c];
            Block.Tweet tweet = tweets.get(c++);
            if (i < headlineAt) {
                // Above the headline of a page dumped as text: the site's chrome ("Skip to main content", its name, a
                // menu). It stays among the blocks judged, as the page around the article that it is.
                removed.add("navigation", p);
            } else if (asideKind != null) {
                removed.add(asideKind, p);
            } else if (verdict != BlockClassifier.Verdict.ARTICLE) {
                // a link to another story that the classifier took for the page's is reported as the link it is
                removed.add(verdict == BlockClassifier.Verdict.BOILERPLATE ? Asides.labelled(p, false).orElse(verdict.kind()) : verdict.kind(), p);
            } else if (tweet != null) {
                blocks.add(tweet);
            } else {
                String text = Inline.unglue(withoutGluedHeadlines(withoutInlineRelated(p, removed), removed));
                blocks.add(new Block.Paragraph(text, Inline.html(text)));
            }
        }
        Optional<String> dateSource = date.map(d -> "header");
        if (date.isEmpty()) {
            date = Datelines.published(nearHeadlineFirst(datelines, datelineAt, headlineParagraph));
            dateSource = date.map(d -> "text");
        }
        Evidence evidence = new Evidence(headline, headline.isPresent() ? Optional.of(headlineSource) : Optional.empty(), date,
                dateSource, byline, region, Optional.empty());
        return new CleanedSeed(seed, evidence, blocks, removed.build());
    }

    /**
     * The datelines, those just under the headline taken from the text first: a page dumped whole shows the day's date
     * in its top bar, above the menu and the headline, and the dates of other stories below the article; the article's
     * own stands under its headline, beside the byline.
     */
    private static List<String> nearHeadlineFirst(List<String> datelines, List<Integer> at, int headline) {
        if (headline < 0) return datelines;
        List<String> near = new ArrayList<>(), far = new ArrayList<>();
        for (int k = 0; k < datelines.size(); k++) {
            int below = at.get(k) - headline;
            (below > 0 && below <= NEAR_HEADLINE ? near : far).add(datelines.get(k));
        }
        near.addAll(far);
        return near;
    }

    /** How many paragraphs under the headline its dateline stands at most: a standfirst, a byline, a caption between. */
    private static final int NEAR_HEADLINE = 4;

    /** The paragraphs the classifier will judge, as far as they are known before cleaning: the header line is not one. */
    static List<String> bodyParagraphs(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int first = firstLine(lines);
        if (first < lines.size() && HEADER.matcher(lines.get(first)).matches()) lines.set(first, "");
        return paragraphs(lines);
    }

    private static int firstLine(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) first++;
        return first;
    }

    /** Letters and the spaces and hyphens between words, nothing else: a label's words, not a bullet's or a number's line. */
    private static boolean isWordsOnly(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isLetter(c) && c != ' ' && c != '-') return false;
        }
        return true;
    }

    /** The report's kind for a line that stands where a headline might and is none: the menu or a section label. */
    private static String furnitureKind(String line) {
        return Headlines.isMenu(line) ? "navigation" : "section-label";
    }

    /**
     * Paragraphs are separated by blank lines or single line breaks, as scrapers write them. Text hard-wrapped at a
     * fixed width (most lines of multi-line blocks 50 to 90 characters) is rejoined instead of split at every line.
     */
    static List<String> paragraphs(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!current.isEmpty()) blocks.add(current);
                current = new ArrayList<>();
            } else {
                current.add(line.strip());
            }
        }
        if (!current.isEmpty()) blocks.add(current);

        int wrappedLines = 0, multiLines = 0, longest = 0;
        for (List<String> b : blocks) {
            if (b.size() < 2) continue;
            for (int i = 0; i < b.size() - 1; i++) {
                multiLines++;
                int len = b.get(i).length();
                longest = Math.max(longest, len);
                if (len >= 50 && len <= 90) wrappedLines++;
            }
        }
        boolean hardWrapped = multiLines >= 3 && wrappedLines * 10 >= multiLines * 8 && longest <= 100;
        List<String> out = new ArrayList<>();
        for (List<String> b : blocks) {
            if (hardWrapped) out.add(collapse(String.join(" ", b)));
            else b.forEach(l -> out.add(collapse(l)));
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /** The paragraph without its inline "(RELATED: …)" links, each recorded as removed. */
    private static String withoutInlineRelated(String p, Removals.Builder removed) {
        if (p.indexOf('(') < 0 || p.indexOf(':') < 0) return p;
        Matcher related = Boilerplate.INLINE_RELATED.matcher(p);
        StringBuilder kept = new StringBuilder(p.length());
        while (related.find()) {
            removed.add("read-more", related.group().strip());
            related.appendReplacement(kept, "");
        }
        return related.appendTail(kept).toString();
    }

    /**
     * The paragraph without the headlines of other stories that a scraper glued between two of its sentences with no
     * space on either side ("… write letters”.Metro Phase 4 Corridor Opens to Trial Runs, DMRC SaysThe petition …"),
     * each recorded as removed. Told by the shape alone: the run starts straight after a sentence's end, ends where a
     * lower-case letter meets the capital of a word that opens sentences ("The", "Die", "Le"), holds no sentence's
     * end, and its words are a headline's: at least {@link #GLUED_WORDS}, most of them capitalised.
     */
    static String withoutGluedHeadlines(String p, Removals.Builder removed) {
        StringBuilder kept = null;
        int from = 0;
        for (int i = 1; i < p.length() - 1; i++) {
            // Chars, not Character: this looks at every character of every paragraph, and C1 inlines only the former
            if (!Chars.isUpperCase(p.charAt(i)) || ".!?”\"’".indexOf(p.charAt(i - 1)) < 0) continue;
            int end = gluedEnd(p, i);
            if (end < 0 || !isHeadlineRun(p.substring(i, end))) continue;
            if (kept == null) kept = new StringBuilder(p.length());
            kept.append(p, from, i).append(' ');
            removed.add("read-more", p.substring(i, end));
            from = end;
            i = end;
        }
        return kept == null ? p : kept.append(p, from, p.length()).toString();
    }

    /** Where the run from {@code start} meets the next sentence glued to it, or -1 when a sentence's end comes first. */
    private static int gluedEnd(String p, int start) {
        for (int k = start + 1; k < p.length() - 1 && k - start <= GLUED_CHARS; k++) {
            char c = p.charAt(k);
            if (".!?".indexOf(c) >= 0) return -1;
            if (Character.isUpperCase(c) && Character.isLowerCase(p.charAt(k - 1)) && Character.isLowerCase(p.charAt(k + 1))) {
                int w = k;
                while (w < p.length() && Character.isLetter(p.charAt(w))) w++;
                return Languages.isStopword(p.substring(k, w)) ? k : -1;
            }
        }
        return -1;
    }

    private static boolean isHeadlineRun(String run) {
        String[] words = run.split(" ");
        if (words.length < GLUED_WORDS) return false;
        int capitalised = 0;
        for (String w : words) if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) capitalised++;
        return capitalised * 3 >= words.length * 2;
    }

    /** A glued headline's least number of words, and the most characters it runs to. */
    private static final int GLUED_WORDS = 4, GLUED_CHARS = 160;

    /**
     * Runs of white space (including no-break and zero-width spaces) become one space; ends are trimmed. A lone
     * ideographic space stays: Japanese and Chinese headlines part their clauses with it ("…開業　約３０年ぶり"), and
     * the text is the page's as written.
     */
    static String collapse(String s) {
        // Most lines need nothing, and under C1 (see BoundedHeap) a char-by-char copy costs more than looking: look first.
        char[] in = s.toCharArray();
        if (collapsed(in)) return s;
        char[] out = new char[in.length];
        int n = 0;
        boolean space = false;
        char gap = ' ';
        for (char c : in) {
            if (isSpace(c)) {
                if (n > 0) gap = space || c != IDEOGRAPHIC_SPACE ? ' ' : c;
                space = n > 0;
            } else {
                if (space) out[n++] = gap;
                space = false;
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }

    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    /** An ideographic space between two characters that are no spaces: {@link #collapse} keeps it as it is. */
    private static boolean loneIdeographicSpace(char[] s, int i) {
        return s[i] == IDEOGRAPHIC_SPACE && i > 0 && i < s.length - 1 && !isSpace(s[i - 1]) && !isSpace(s[i + 1]);
    }

    /** Whether collapsing would change nothing: single plain or ideographic spaces, and none at either end. */
    private static boolean collapsed(char[] s) {
        for (int i = 0; i < s.length; i++) {
            char c = s[i];
            if (c == ' ' ? i == 0 || i == s.length - 1 || s[i - 1] == ' ' : isSpace(c) && !loneIdeographicSpace(s, i)) return false;
        }
        return true;
    }

    /** Small enough for C1 to inline into the loops above, which call it for every character. */
    private static boolean isSpace(char c) {
        return c < 128 ? Chars.isWhitespace(c) : isWideSpace(c);
    }

    private static boolean isWideSpace(char c) {
        return Chars.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\u2007' || c == '\u202F';
    }
}
