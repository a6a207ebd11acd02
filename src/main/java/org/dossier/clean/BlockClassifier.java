package org.dossier.clean;

import org.dossier.ingest.Chars;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the article's paragraphs of a plain-text scrape from the page around them (menus, lists of other stories,
 * footers) by shallow features of each block and of its neighbours, in the manner of jusText and boilerpipe: no list
 * of known furniture. Whole-page dumps are its hard case, clean bodies its common one: there it must keep everything.
 * <ol>
 *   <li>Each block gets a class from its own features: its length, the density of its language's stopwords (prose is
 *       full of them, menus and headlines are not), the share of its text in addresses, whether it is a list item and
 *       whether it reads as a sentence. Long prose is good, link-heavy or stopword-poor text bad, short text
 *       undecided, and text with some stopwords near-good.</li>
 *   <li>Context decides the undecided: a short block between good ones is good (a subheading, a one-line quote),
 *       between bad ones bad (a menu item); a near-good block next to good text is good. The ends of the text
 *       count as neither, so a clean body's short first or last paragraph stays, but a long run of short lines
 *       at either end is a menu.</li>
 *   <li>The article is one run of text: the run of blocks where good text most outweighs the bad is kept, and a
 *       good block outside it (a teaser in the footer) goes with the page around it.</li>
 * </ol>
 * The archive adds its own evidence: a block that many other seeds hold ({@link RecurringLines}) is furniture unless
 * it is prose with the article's text on both sides.
 */
final class BlockClassifier {
    /** What becomes of one block, with the report's kind for a removal. */
    enum Verdict {
        ARTICLE(""), BOILERPLATE("boilerplate-block"), OUTSIDE_ARTICLE("outside-article"),
        /** Furniture by the archive's evidence: a line many seeds share, where the article's own text does not hold it. */
        RECURRING("recurring-line");

        private final String kind;

        Verdict(String kind) {
            this.kind = kind;
        }

        String kind() {
            return kind;
        }
    }

    /** What a block is known to be before its features are read. */
    enum Known { UNKNOWN, CONTENT }


    /** Shorter blocks are too short to judge alone; longer ones with enough stopwords are good by themselves. */
    private static final int LENGTH_LOW = 70, LENGTH_HIGH = 200;
    private static final double STOPWORDS_LOW = 0.22, STOPWORDS_HIGH = 0.35, MAX_LINK_DENSITY = 0.2;
    /** A run of more short lines than this at either end of the text is a menu, not a subheading or a short lede. */
    private static final int EDGE_RUN = 3;
    /** The stopword density of ordinary English prose by these lists; other languages' prose is measured against it. */
    private static final double ENGLISH_PROSE = 0.45;
    /** In choosing the article's run: what a bad block costs per character, and what any block costs for its line. */
    private static final double BAD_WEIGHT = 0.5;
    private static final int LINE_COST = 40;
    /** A text with fewer lines that are not prose than this is an article's body, never a whole page. */
    private static final int PAGE_MIN_OTHER = 10;
    /** A block sharing this share of its words with the headline repeats it. */
    private static final double HEADLINE_SHARE = 0.8;
    /** Lines that may stand between a headline and its text (byline, date, caption, share row), and how much more another run must weigh to be the article instead. */
    private static final int HEADLINE_GAP = 8, HEADLINE_PRIOR = 2;

    /** RECURRING: prose that other seeds of the archive hold too, the article's only where its text surrounds it. */
    private enum Cls { GOOD, BAD, SHORT, NEAR_GOOD, EDGE, RECURRING }

    private BlockClassifier() {}

    /**
     * @param blocks the paragraphs the classifier judges, in reading order (lines that a pattern already removes are
     *               left out: they say nothing about their neighbours)
     * @param known    per block, what it is known to be (an embedded tweet is content whatever its features)
     * @param recurring per block, whether many seeds of the archive hold it ({@link RecurringLines}): a line that is
     *                  no prose is then furniture, and prose is kept only between good blocks (a quotation other
     *                  articles repeat), never at the text's edge or beside the page around it
     * @param headline the seed's headline, when known: a block that repeats it is the page's title, not the text
     * @param headlineAt the block the headline was printed above, when it was taken from the text; else -1
     * @return per block, whether it is the article's
     */
    static Verdict[] classify(List<String> blocks, List<Known> known, List<Boolean> recurring, Optional<String> headline, int headlineAt) {
        int n = blocks.size();
        Features[] f = new Features[n];
        int[] hitsPerLanguage = new int[Languages.CODES.length];
        int words = 0;
        for (int i = 0; i < n; i++) {
            f[i] = Features.of(blocks.get(i));
            for (int l = 0; l < Languages.CODES.length; l++) hitsPerLanguage[l] += f[i].hits[l];
            words += f[i].words;
        }
        int language = Languages.leading(hitsPerLanguage, words);
        boolean recognised = language >= 0;

        double scale = recognised ? scale(f, language) : 1;
        Cls[] initial = new Cls[n];
        for (int i = 0; i < n; i++) {
            initial[i] = known.get(i) == Known.CONTENT ? Cls.GOOD
                    : headline.isPresent() && repeats(blocks.get(i), headline.get()) ? Cls.BAD
                    : f[i].cls(recognised ? language : -1, scale);
        }
        // what each block's own features say, before the page and its neighbours have their say
        Cls[] own = initial.clone();
        boolean[] furniture = furniture(initial, f, known, recurring);
        boolean anyGood = false;
        for (int i = 0; i < n; i++) {
            if (furniture[i]) initial[i] = initial[i] == Cls.GOOD || initial[i] == Cls.NEAR_GOOD ? Cls.RECURRING : Cls.BAD;
            anyGood |= initial[i] == Cls.GOOD;
        }
        if (!anyGood) {
            // A short article has no block long enough to be good alone: its near-good blocks are the best evidence.
            for (int i = 0; i < n; i++) if (initial[i] == Cls.NEAR_GOOD && f[i].length >= LENGTH_LOW) initial[i] = Cls.GOOD;
        }
        boolean page = isPage(initial);
        if (!page) {
            // In an article's body prose is the rule: text with some stopwords is the article's, not only a candidate.
            for (int i = 0; i < n; i++) if (initial[i] == Cls.NEAR_GOOD) initial[i] = Cls.GOOD;
        }
        Cls[] smoothed = smooth(initial, f);
        offTopic(blocks, initial, smoothed, f, headline);
        tail(blocks, own, smoothed, f, known, headline);
        // A short line printed more than once in one page is its navigation (a menu shown for phone and desktop, "Reply"
        // under every comment), not a subheading: a text gives a subheading once. It still counts as short context above.
        Map<String, Integer> shortLines = new HashMap<>();
        for (int i = 0; i < n; i++) if (initial[i] == Cls.SHORT) shortLines.merge(blocks.get(i), 1, Integer::sum);
        for (int i = 0; i < n; i++) if (initial[i] == Cls.SHORT && shortLines.get(blocks.get(i)) > 1) smoothed[i] = Cls.BAD;
        Verdict[] verdicts = region(smoothed, f, page, underHeadline(smoothed, headlineAt));
        for (int i = 0; i < n; i++) if (furniture[i] && verdicts[i] != Verdict.ARTICLE) verdicts[i] = Verdict.RECURRING;
        // The classifier picks the article among the blocks; that a seed holds none is for the reject decision to say,
        // with its reason. A text with no block like prose (one enormous line of tags) is left whole for it.
        if (Arrays.stream(verdicts).noneMatch(v -> v == Verdict.ARTICLE)) Arrays.fill(verdicts, Verdict.ARTICLE);
        return verdicts;
    }

    /**
     * The blocks that recur across the archive and count as furniture: none when most of the seed's prose recurs, since
     * then the seed is a copy of another (a re-scrape, the same wire story twice), and its lines recur for that reason.
     */
    private static boolean[] furniture(Cls[] initial, Features[] f, List<Known> known, List<Boolean> recurring) {
        boolean[] furniture = new boolean[initial.length];
        long prose = 0, recurringProse = 0;
        for (int i = 0; i < initial.length; i++) {
            furniture[i] = recurring.get(i) && known.get(i) != Known.CONTENT;
            if (initial[i] == Cls.GOOD || initial[i] == Cls.NEAR_GOOD) {
                prose += f[i].length;
                if (furniture[i]) recurringProse += f[i].length;
            }
        }
        return recurringProse * 2 > prose ? new boolean[initial.length] : furniture;
    }

    /**
     * Whether the block says the headline again (the page's title above the text, "Headline | Site" in a dump): most
     * of either's words are the other's, and it is no sentence. Only blocks about as short as the headline are compared.
     */
    private static boolean repeats(String block, String headline) {
        if (block.length() > 2 * headline.length() + 20 || isSentence(block)) return false;
        Set<String> a = words(block), b = words(headline);
        if (a.isEmpty() || b.isEmpty()) return false;
        int shared = 0;
        for (String w : a) if (b.contains(w)) shared++;
        return shared >= HEADLINE_SHARE * Math.max(a.size(), b.size());
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) words.add(w);
        return words;
    }

    /**
     * How the seed's prose compares with English prose in stopword density: inflected languages (Russian) and short
     * word lists put fewer of their words among the stopwords, so the thresholds move with the seed's own prose, read
     * as the upper quartile of its longer blocks' densities (prose is the densest text of a page).
     */
    private static double scale(Features[] f, int language) {
        double[] d = new double[f.length];
        int m = 0;
        for (Features x : f) if (x.length >= LENGTH_LOW && x.words > 0) d[m++] = (double) x.hits[language] / x.words;
        if (m == 0) return 1;
        Arrays.sort(d, 0, m);
        return Math.min(1, d[m * 3 / 4] / ENGLISH_PROSE);
    }

    /**
     * Short and near-good blocks take their class from the good and bad blocks around them. Between the text and its
     * edge, a few short lines stay only when they are sentences (a sign-off, "He declined to comment."): a label, a
     * kicker, a list of summary points or a footer's prompt there is the page around the article.
     */
    private static Cls[] smooth(Cls[] c, Features[] f) {
        int n = c.length;
        Side before = Side.of(c, true), after = Side.of(c, false);
        Cls[] out = c.clone();
        for (int i = 0; i < n; i++) {
            Cls prev = before.decided[i], next = after.decided[i];
            if (c[i] == Cls.SHORT) {
                if (prev == Cls.EDGE || next == Cls.EDGE) {
                    Cls other = prev == Cls.EDGE ? next : prev;
                    // the undecided run reaching the edge: a few lines are a lede or a sign-off, many a menu
                    int run = prev == Cls.EDGE ? after.decidedAt[i] : n - 1 - before.decidedAt[i];
                    out[i] = other == Cls.BAD || (other == Cls.GOOD && (run > EDGE_RUN || !f[i].sentence || f[i].listItem))
                            ? Cls.BAD : Cls.GOOD;
                } else if (prev == next) {
                    out[i] = prev;
                } else {
                    // between good and bad: good only where it touches near-good text on the bad side
                    Cls nearOnBadSide = prev == Cls.BAD ? before.near[i] : after.near[i];
                    out[i] = nearOnBadSide == Cls.NEAR_GOOD ? Cls.GOOD : Cls.BAD;
                }
            } else if (c[i] == Cls.RECURRING) {
                out[i] = prev == Cls.GOOD && next == Cls.GOOD ? Cls.GOOD : Cls.BAD;
            } else if (c[i] == Cls.NEAR_GOOD) {
                out[i] = prev == Cls.GOOD || next == Cls.GOOD || (prev == Cls.EDGE && next == Cls.EDGE) ? Cls.GOOD : Cls.BAD;
            }
        }
        return out;
    }

    /**
     * A label of a few words between paragraphs of the text ("Social Sharing", "Zur Merkliste hinzufügen") is a widget's
     * unless it speaks of what the text does: a subheading shares a word with the article (a word of four letters or
     * more that is no stopword, compared by its first {@link #STEM} letters, so "Ridership" meets "ridership's").
     * Only lines that the smoothing kept between good blocks are asked, and the article is read once for their words.
     */
    private static void offTopic(List<String> blocks, Cls[] initial, Cls[] smoothed, Features[] f, Optional<String> headline) {
        Map<String, Integer> labels = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (initial[i] != Cls.SHORT || smoothed[i] != Cls.GOOD || f[i].sentence || f[i].words > LABEL_WORDS) continue;
            for (String w : contentWords(blocks.get(i))) labels.putIfAbsent(w, i);
        }
        if (labels.isEmpty()) return;
        boolean[] onTopic = new boolean[blocks.size()];
        for (int i = 0; i <= blocks.size(); i++) {
            String text = i < blocks.size() ? blocks.get(i) : headline.orElse("");
            for (String w : contentWords(text)) {
                Integer label = labels.get(w);
                if (label != null && label != i) onTopic[label] = true;
            }
        }
        for (String w : labels.keySet()) {
            int i = labels.get(w);
            if (!onTopic[i]) smoothed[i] = Cls.BAD;
        }
    }

    /**
     * Once the article's prose has ended, what follows it and is no prose is the page's, however long and whatever its
     * words: a "Most Read" label glued to the headlines it lists, a row of prompts, a footer's links with the site's
     * copyright. jusText's context at the end of a page dumped as text, where the smoothing above sees long lines it
     * cannot call short. Prose is a sentence that is not a row of capitalised names ({@link Features#prose}). Only a
     * list that the last sentence announces with its colon stays ("The season in figures:"), while its items speak of
     * what the article does: most of their words are the article's ({@link #LIST_SHARE}); other stories' headlines are
     * not.
     */
    private static void tail(List<String> blocks, Cls[] own, Cls[] smoothed, Features[] f, List<Known> known, Optional<String> headline) {
        int last = -1;
        for (int i = 0; i < smoothed.length; i++) if (smoothed[i] == Cls.GOOD && (f[i].prose() || own[i] == Cls.GOOD)) last = i;
        if (last < 0 || last == smoothed.length - 1) return;
        boolean announced = blocks.get(last).endsWith(":");
        Set<String> article = new HashSet<>(contentWords(headline.orElse("")));
        for (int i = 0; announced && i <= last; i++) if (smoothed[i] == Cls.GOOD) article.addAll(contentWords(blocks.get(i)));
        for (int i = last + 1; i < smoothed.length; i++) {
            // a block that is prose by its own features stays: a paragraph cut off by the page's wall has lost its full stop
            if (known.get(i) == Known.CONTENT || f[i].prose() || own[i] == Cls.GOOD || f[i].length > TAIL_CHARS) continue;
            announced &= onTopic(blocks.get(i), article);
            smoothed[i] = announced ? Cls.GOOD : Cls.BAD;
        }
    }

    /**
     * The longest line a page's end is told by its shape: a footer's row or a list's item is shorter, and a longer
     * paragraph that lost its full stop is still prose.
     */
    private static final int TAIL_CHARS = 300;
    /** The share of a listed item's words that the article must hold for the item to be the article's. */
    private static final double LIST_SHARE = 0.5;

    private static boolean onTopic(String item, Set<String> article) {
        Set<String> words = contentWords(item);
        int shared = 0;
        for (String w : words) if (article.contains(w)) shared++;
        return !words.isEmpty() && shared >= LIST_SHARE * words.size();
    }

    /** Fewer words than this are too few to tell a row of names from a sentence by their capitals. */
    private static final int ROW_MIN_WORDS = 6;

    /** A label's words, at most this many, are asked whether the article speaks of them. */
    private static final int LABEL_WORDS = 3;
    private static final int STEM = 5;

    /**
     * The text's words that carry its topic: four letters or more, no stopword, cut to their first {@link #STEM} letters.
     * Two lines that share one speak of the same thing, whatever their words' endings.
     */
    static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() < 4) continue;
            char[] chars = w.toCharArray();
            if (Languages.STOPWORDS.languages(chars, chars.length, w.hashCode()) != 0) continue;
            words.add(w.length() > STEM ? w.substring(0, STEM) : w);
        }
        return words;
    }

    /**
     * On one side of each block: the nearest good or bad block's class (the edge when there is none) and where it is,
     * and the nearest class that is not short. One pass, so smoothing stays linear however long the page.
     */
    private record Side(Cls[] decided, int[] decidedAt, Cls[] near) {
        static Side of(Cls[] c, boolean forward) {
            int n = c.length;
            Side side = new Side(new Cls[n], new int[n], new Cls[n]);
            Cls decided = Cls.EDGE, near = Cls.EDGE;
            int decidedAt = forward ? -1 : n;
            for (int k = 0; k < n; k++) {
                int i = forward ? k : n - 1 - k;
                side.decided[i] = decided;
                side.decidedAt[i] = decidedAt;
                side.near[i] = near;
                if (c[i] == Cls.GOOD || c[i] == Cls.BAD) {
                    decided = c[i];
                    decidedAt = i;
                }
                if (c[i] != Cls.SHORT) near = c[i];
            }
            return side;
        }
    }

    /**
     * The first good block under the page's headline, with only a few lines between (byline, date, a caption, share
     * buttons), or -1: where the page's own article begins.
     */
    private static int underHeadline(Cls[] c, int headlineAt) {
        if (headlineAt < 0) return -1;
        for (int g = headlineAt; g < c.length && g <= headlineAt + HEADLINE_GAP; g++) if (c[g] == Cls.GOOD) return g;
        return -1;
    }

    /**
     * The article is the run of blocks whose good text most outweighs its bad (the maximum-sum run, good blocks
     * weighing their length, bad ones minus theirs); outside it everything is page. The text right under the headline
     * is the article unless another run outweighs it {@value #HEADLINE_PRIOR} times over: a long footer of prose
     * (terms, a service desk's hours) outweighs a short report, but it does not stand under the report's headline.
     *
     * @param lede the first good block under the headline, or -1
     */
    private static Verdict[] region(Cls[] c, Features[] f, boolean page, int lede) {
        int n = c.length;
        long best = 0, sum = 0;
        int bestFrom = 0, bestTo = page ? -1 : n - 1, from = 0;
        long underBest = 0, underSum = 0;
        int underTo = -1;
        for (int i = 0; page && i < n; i++) {
            // A run of short lines costs more than its text weighs (comments, teasers with their bylines): boilerpipe's
            // text density, as a price per line.
            long w = (c[i] == Cls.GOOD ? f[i].length : -(long) (f[i].length * BAD_WEIGHT)) - LINE_COST;
            if (sum <= 0) {
                sum = 0;
                from = i;
            }
            sum += w;
            if (sum > best) {
                best = sum;
                bestFrom = from;
                bestTo = i;
            }
            // The run that starts under the headline ends where its sum falls to nothing, as any run does above.
            if (lede >= 0 && i >= lede && (i == lede || underSum > 0)) {
                underSum += w;
                if (underSum > underBest) {
                    underBest = underSum;
                    underTo = i;
                }
            }
        }
        // Only a run apart from the best one competes with it: one that runs into it is its lede and the furniture above.
        if (underTo >= 0 && (underTo < bestFrom || lede > bestTo) && HEADLINE_PRIOR * underBest >= best) {
            bestFrom = lede;
            bestTo = underTo;
        }
        Verdict[] v = new Verdict[n];
        for (int i = 0; i < n; i++) {
            if (c[i] != Cls.GOOD) v[i] = Verdict.BOILERPLATE;
            else v[i] = i >= bestFrom && i <= bestTo ? Verdict.ARTICLE : Verdict.OUTSIDE_ARTICLE;
        }
        return v;
    }

    /**
     * Whether the text is a whole page rather than an article's body: more lines that are not prose than lines that
     * are, and many of them. Only a page has an outside to cut away; a body with a few stray lines is all article.
     */
    private static boolean isPage(Cls[] initial) {
        int prose = 0, other = 0;
        for (Cls c : initial) {
            if (c == Cls.GOOD || c == Cls.NEAR_GOOD) prose++;
            else other++;
        }
        return other >= PAGE_MIN_OTHER && other > prose;
    }

    /**
     * The shallow features of one block, read in one pass over its characters (this runs on every paragraph of every
     * text seed). Addresses are tokens like "https://…", "www.…", "[https://….jpg]" (an image a text dump left
     * behind) and "name@host.org".
     */
    private record Features(int length, int words, int capitalised, boolean clauses, int[] hits, int linkChars, boolean listItem, boolean sentence,
                            boolean fullStop) {
        static Features of(String text) {
            // a copy to index: under C1 (see BoundedHeap) charAt costs more per character than the copy
            char[] chars = text.toCharArray();
            int length = chars.length, words = 0, capitalised = 0, linkChars = 0;
            boolean clauses = false;
            int[] hits = new int[Languages.CODES.length];
            char[] word = new char[Languages.STOPWORDS.longest() + 1];
            int wordLength = 0, wordHash = 0;
            // the token (between spaces) being read, and what would make it an address
            int tokenStart = 0, at = -1, dot = -1;
            boolean scheme = false;
            for (int i = 0; i <= length; i++) {
                char c = i < length ? chars[i] : ' ';
                if (Chars.isLetter(c)) {
                    if (wordLength == 0 && Character.isUpperCase(c)) capitalised++;
                    if (wordLength < word.length) {
                        char lower = Chars.toLowerCase(c);
                        word[wordLength++] = lower;
                        wordHash = 31 * wordHash + lower;
                    }
                    continue;
                }
                if (wordLength > 0) {
                    words++;
                    Languages.count(hits, Languages.STOPWORDS.languages(word, wordLength, wordHash));
                    wordLength = 0;
                    wordHash = 0;
                }
                if (c == ' ') {
                    if (i - tokenStart >= 5 && (scheme || at > tokenStart && dot > 0 || text.startsWith("www.", tokenStart)
                            || text.startsWith("[www.", tokenStart))) {
                        linkChars += i - tokenStart;
                    }
                    tokenStart = i + 1;
                    at = -1;
                    dot = -1;
                    scheme = false;
                } else if (c == ':') {
                    scheme |= i + 2 < length && chars[i + 1] == '/' && chars[i + 2] == '/';
                } else if (c == ',' || c == ';') {
                    clauses = true;
                } else if (c == '@') {
                    at = i;
                } else if (c == '.') {
                    dot = i;
                }
            }
            // a link glued to the end of a sentence ("…she said.https://t.co/x") leaves prose: the prose is the block
            boolean sentence = isSentence(linkChars == 0 ? text : withoutAddresses(text));
            if (sentence && linkChars > 0 && words >= 5) linkChars = 0;
            return new Features(length, words, capitalised, clauses, hits, linkChars, isListItem(text), sentence,
                    sentence || linkChars > 0 && Sentences.endsLikeSentence(text) || holdsSentence(text));
        }

        /**
         * A sentence of prose, not a row of capitalised names that a footer ends with a full stop ("About Us Contact Us
         * … © 2023 Deccan Mirror. All rights reserved."): prose capitalises some of its words, German its nouns too, a
         * row of links nearly all and parts them by no comma (a sentence crowded with names has its clauses). A sentence
         * may end on an address and its full stop ("…; www.hasslerdressage.com.").
         */
        boolean prose() {
            return fullStop && !(words >= ROW_MIN_WORDS && capitalised * 4 > words * 3 && !clauses && length <= TAIL_CHARS);
        }

        Cls cls(int language, double scale) {
            if (linkChars > MAX_LINK_DENSITY * length) return Cls.BAD;
            // One stopword in a line that is no sentence is chance ("… sonbahara kadar sürecek"): where the scale is low
            // (Turkish, Finnish prose holds few stopwords) it alone would reach the thresholds.
            double stop = language < 0 ? (sentence ? STOPWORDS_HIGH : 0)
                    : words == 0 || hits[language] < 2 && !sentence ? 0 : (double) hits[language] / words / scale;
            if (length < LENGTH_LOW) {
                if (linkChars > 0) return Cls.BAD;
                // a short sentence of prose ("He declined to comment.") leans to the text around it
                return sentence && !listItem && words >= 3 && stop >= STOPWORDS_LOW ? Cls.NEAR_GOOD : Cls.SHORT;
            }
            if (stop >= STOPWORDS_HIGH) return length > LENGTH_HIGH && !listItem ? Cls.GOOD : Cls.NEAR_GOOD;
            // prose heavy with names and numbers is poor in stopwords, but it is still written in sentences
            return stop >= STOPWORDS_LOW || sentence ? Cls.NEAR_GOOD : Cls.BAD;
        }
    }

    /**
     * Whether a sentence ends inside the block, after a few words of it and before a capital: "… to sneak into the US.
     * PTI", "… to raise awareness. So I think that's working... #MethWeAreOnIt", "… interconnecting media groups. For
     * more information, please visit www.my6sense.com". Prose, though its last words end it as no sentence does; a
     * headline or a row of links holds no sentence's end.
     */
    private static boolean holdsSentence(String text) {
        int words = 0;
        for (int i = 1; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') words++;
            else if (".!?".indexOf(c) >= 0 && text.charAt(i + 1) == ' ' && words >= SENTENCE_WORDS && Character.isLetter(text.charAt(i - 1))) {
                int k = i + 2;
                while (k < text.length() && !Character.isLetterOrDigit(text.charAt(k))) k++;
                if (k < text.length() && Character.isUpperCase(text.charAt(k))) return true;
            }
        }
        return false;
    }

    /** The fewest words before a full stop inside a block for it to close a sentence, not an abbreviation ("Dr. Ruto"). */
    private static final int SENTENCE_WORDS = 4;

    private static String withoutAddresses(String text) {
        return ADDRESS.matcher(text).replaceAll("").strip();
    }

    private static final Pattern ADDRESS = Pattern.compile("\\[?(?:https?://|www\\.)\\S*");

    /** A bullet a text dump writes for a list item: "• Home", "□ Sign in", "* Sports" (a dash opens dialogue as often). */
    static boolean isListItem(String text) {
        if (text.length() < 2) return false;
        char c = text.charAt(0);
        return "•□◦▪■○●·*►▸".indexOf(c) >= 0 && Chars.isWhitespace(text.charAt(1));
    }

    /** A sentence, or a line that leads into what follows it with a colon (a quotation, a list): prose either way. */
    private static boolean isSentence(String text) {
        return Sentences.endsLikeSentence(text) || text.endsWith(":");
    }
}
