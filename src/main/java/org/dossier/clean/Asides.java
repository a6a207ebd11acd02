package org.dossier.clean;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lines of a text scrape that read as sentences but stand where the page, not the story, puts text: a picture's
 * caption in the slot of the picture, and the note under the story about its author or where it first appeared. The
 * classifier keeps them (they are prose); their place and shape give them away.
 * <ul>
 *   <li>A <em>caption</em> is one plain sentence of a few words, with no figure, comma or quotation (a story's sentence
 *       tells who said what, when and how much; a caption shows a scene), standing where the picture was: inside the
 *       text, straight after a picture's leftovers (its file name, "Loading…", a gallery's counter).</li>
 *   <li>An <em>author's note</em> is the text's last block, led by a name the story never mentions, about a reporter
 *       ("Zanele Mthembu is a senior reporter covering …", "… Reach her at jen@example.org").</li>
 *   <li>A <em>provenance line</em> is the text's last block saying the story was first published elsewhere.</li>
 * </ul>
 * The few words these need, reporters' trades and "originally published", are listed for each language read.
 */
final class Asides {
    /** A caption is shorter than a story's sentence. */
    private static final int CAPTION_WORDS = 14, CAPTION_CHARS = 300;
    private static final int NOTE_WORDS = 60;
    /** The removals that leave a picture's slot behind them, its caption still to come. */
    private static final Set<String> PICTURE_SLOT = Set.of("image-file", "placeholder", "gallery");
    private static final Pattern TRADE = anyOf("reporter|correspondent|journalist|editor|writer|columnist|contributor|covers|"
            + "reach (?:her|him|them|me) at|journaliste|rédact|correspondant|chroniqueu|redakteur|korrespondent|autorin|periodista|"
            + "redactor|corresponsal|columnista|корреспондент|журналист|редактор|обозревател|giornalista|jornalista");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final Pattern PROVENANCE = anyOf("(?:originally|first) (?:published|appeared)|initialement publié|"
            + "publié initialement|paru initialement|zuerst erschienen|erschien zuerst|ursprünglich erschienen|publicado originalmente|"
            + "publicado inicialmente|впервые опубликован|pubblicato originariamente");
    /** A name as a note leads with it: two to four capitalised words, then a word in lower case ("is", "covers"). */
    private static final Pattern LED_BY_NAME = Pattern.compile("(\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){1,3}) \\p{Ll}.*");

    private Asides() {}

    /** Words found anywhere in a line, in any case of any script. */
    private static Pattern anyOf(String words) {
        return Pattern.compile(words, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * @param candidates the blocks the classifier judged, with its verdicts
     * @param paragraphOf per candidate, its index among the seed's paragraphs
     * @param removedAs   per paragraph, the kind a pattern removed it as, or null
     * @return per candidate, the kind to remove it as, or null to leave the classifier's verdict
     */
    static String[] find(List<String> candidates, BlockClassifier.Verdict[] verdicts, List<Integer> paragraphOf, String[] removedAs) {
        int n = candidates.size();
        String[] aside = new String[n];
        int first = -1, last = -1;
        for (int c = 0; c < n; c++) {
            if (verdicts[c] != BlockClassifier.Verdict.ARTICLE) continue;
            if (first < 0) first = c;
            last = c;
        }
        if (first < 0 || first == last) return aside;
        // Inside the text only: above its first paragraph a short plain sentence is as often the lede, and a picture
        // whose caption was found has had its caption.
        for (int c = first + 1; c < last; c++) {
            if (verdicts[c] != BlockClassifier.Verdict.ARTICLE || !isCaptionShaped(candidates.get(c))) continue;
            int before = paragraphOf.get(c) - 1;
            if (removedAs[before] != null && PICTURE_SLOT.contains(removedAs[before])) aside[c] = "caption";
        }
        // from the end up: a note on the author may stand above the line on where the story appeared
        for (int c = last; c > first && aside[c] == null; c--) {
            if (verdicts[c] != BlockClassifier.Verdict.ARTICLE) continue;
            String end = candidates.get(c);
            if (Substance.scriptWords(end) > NOTE_WORDS) break;
            if (PROVENANCE.matcher(end).find()) aside[c] = "provenance";
            else if (isAuthorNote(end, candidates, verdicts, c)) aside[c] = "author-note";
            else break;
        }
        return aside;
    }

    private static boolean isCaptionShaped(String block) {
        // a caption's few words are never this long: most paragraphs are done with here, without counting their words
        if (block.length() > CAPTION_CHARS || !Sentences.endsLikeSentence(block) || Substance.scriptWords(block) > CAPTION_WORDS) return false;
        for (int i = 0; i < block.length() - 1; i++) {
            char c = block.charAt(i);
            if (Character.isDigit(c) || ",;:\"“”„«»‘".indexOf(c) >= 0) return false;
            // one sentence only
            if (".!?".indexOf(c) >= 0 && block.charAt(i + 1) == ' ' || "。！？".indexOf(c) >= 0) return false;
        }
        return true;
    }

    private static boolean isAuthorNote(String block, List<String> candidates, BlockClassifier.Verdict[] verdicts, int at) {
        var m = LED_BY_NAME.matcher(block);
        if (!m.matches() || !(TRADE.matcher(block).find() || EMAIL.matcher(block).find())) return false;
        String name = m.group(1);
        for (int c = 0; c < at; c++) {
            if (verdicts[c] == BlockClassifier.Verdict.ARTICLE && candidates.get(c).contains(name)) return false;
        }
        return true;
    }
}
