package org.dossier.clean;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a text scrape that read as sentences but stand where the page, not the story, puts text: a picture's
 * caption in the slot of the picture, and the note under the story about its author or where it first appeared. The
 * classifier keeps them (they are prose); their place and shape give them away.
 * <ul>
 *   <li>A <em>caption</em> is one plain sentence of a few words, with no figure, comma or quotation (a story's sentence
 *       tells who said what, when and how much; a caption shows a scene), standing where the picture was: straight
 *       after a picture's leftovers (its file name, "Loading…", a gallery's counter), or first under the headline,
 *       byline or dateline with a paragraph longer than a caption after it (where the lead picture stands; a lede of so few words
 *       is its story's whole first paragraph only in a brief, and a brief has nothing longer after it).</li>
 *   <li>An <em>author's note</em> is the text's last block, led by a name the story never mentions, about a reporter
 *       ("Zanele Mthembu is a senior reporter covering …", "Ирина Соколова — корреспондент …", "… Reach her at
 *       jen@example.org"), or about the byline's author, whatever it says of them ("Marcus Webb has written about …").</li>
 *   <li>A <em>provenance line</em> is the text's last block saying the story was first published elsewhere.</li>
 *   <li>A <em>list of other stories</em> is a short label and a run of headlines under it inside the kept text.</li>
 *   <li>A <em>labelled aside</em> is a label of one to five words and a colon, then a link: an address, or a headline
 *       (title-shaped, no sentence's end) that the label says is another story to read or watch ("READ: …",
 *       "Lisez aussi : …", "Le puede interesar: …", "Смотрите также: …"), or that is wholly a link on a saved page.
 *       It is one only below the text's first paragraph: above it, "Dresden: Carolabrücke bleibt gesperrt" is the
 *       headline, and a sentence after a label ("Update: the federation said it would …") is the story's.</li>
 * </ul>
 * The few words these need, reporters' trades, "originally published" and what an aside's label says, are listed for
 * each language read.
 */
final class Asides {
    /** A caption is shorter than a story's sentence. */
    private static final int CAPTION_WORDS = 14, CAPTION_CHARS = 300;
    private static final int NOTE_WORDS = 60;
    /** A phrase with no full stop beside a picture is its caption from this many words: fewer make a label or a subheading. */
    private static final int BARE_CAPTION_WORDS = 4;
    /** A list of other stories: its label's few words, and its headlines' least number and length. */
    private static final int LIST_LABEL_WORDS = 4, LIST_LABEL_LENGTH = 40, STORY_LIST = 3, STORY_WORDS = 4;
    /** The removals that leave a picture's slot behind them, its caption still to come. */
    private static final Set<String> PICTURE_SLOT = Set.of("image-file", "placeholder", "gallery");
    /** The removals above the text under which the lead picture stands. */
    private static final Set<String> ABOVE_TEXT = Set.of("headline", "byline", "dateline");
    private static final Pattern TRADE = anyOf("reporter|correspondent|journalist|editor|writer|columnist|contributor|covers|"
            + "reach (?:her|him|them|me) at|journaliste|rédact|correspondant|chroniqueu|redakteur|korrespondent|autorin|periodista|"
            + "redactor|corresponsal|columnista|корреспондент|журналист|редактор|обозревател|giornalista|jornalista|"
            // Portuguese, Turkish and Indonesian: "é repórter de …", "… muhabiri", "adalah jurnalis yang meliput …"
            + "repórter|muhabir|jurnalis|wartawan|koresponden|"
            // and the word that signs a Korean, Japanese or Chinese report after the reporter's name: "최민준 기자"
            + "기자|記者|记者");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final Literals PROVENANCE = Literals.of("originally published", "originally appeared", "first published",
            "first appeared", "initialement publié", "publié initialement", "paru initialement", "zuerst erschienen", "erschien zuerst",
            "ursprünglich erschienen", "publicado originalmente", "publicada originalmente", "publicado inicialmente",
            "publicada inicialmente", "впервые опубликован", "pubblicato originariamente", "originalmente publicad", "ilk olarak yayımlan",
            "pertama kali terbit", "pertama kali dimuat", "pertama kali diterbitkan");
    /** The label of a note on the author, alone or before the note: "About the author", "Über die Autorin:", "Об авторе". */
    private static final Pattern ABOUT_THE_AUTHOR = anyOf("(?:about the (?:author|writer)|über (?:den autor|die autorin)|"
            + "à propos de l['’]auteure?|sobre (?:el autor|la autora|o autor|a autora)|об авторе|sull['’]autore|over de (?:auteur|schrijver))"
            + "(?:\\s*[:.—–-]|$)");
    /**
     * A name as a note leads with it: two to four capitalised words, then a word in lower case ("is", "covers") or a
     * dash, which stands for "is" in Russian ("Ирина Соколова — корреспондент").
     */
    private static final Pattern LED_BY_NAME = Pattern.compile("(\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){1,3}) (?:\\p{Ll}|[—–-] ).*");

    /**
     * An aside's label: one to five words ("Das könnte Sie auch interessieren"), no figures or punctuation of a
     * sentence, then the colon (French spaces it off; Chinese writes its full-width one), or a full stop after a label
     * that points on ("LEES OOK. …"). Scripts without letter case (Arabic, Hebrew, Han) open it with any letter.
     */
    private static final Pattern LABEL = Pattern.compile("([\\p{Lu}\\p{Lo}][\\p{L}\\p{M}'’-]*(?: [\\p{L}\\p{M}'’-]+){0,4}) ?(?::\\s+|：\\s*|(\\.)\\s+)(\\S.*)");
    /** A link's address standing alone: "https://ledger.example/b7Kq2", "mdr.example/a8x2". */
    private static final Pattern ADDRESS = Pattern.compile("(?:https?://)?[\\w-]+(?:\\.[\\w-]+)+(?:/\\S*)?");
    /**
     * What an aside's label says, the words' stems in the languages read: read, see, watch or listen to this too, more
     * on the topic, you may like, a tip, our file. One feature among the shape and the place, never enough alone.
     */
    private static final List<String> POINTERS = List.of("read", "see", "also", "more", "related", "watch", "listen", "recommend",
            "lire", "lisez", "voir", "aussi", "dossier", "écouter", "regarder", "sujet",
            "lese", "lies", "mehr", "thema", "auch", "interessant", "tipp", "empfehl", "hören", "dazu",
            "lee", "lea", "leer", "leyendo", "vea", "ver", "mira", "también", "interesar", "recomend", "relacionad", "más",
            "чита", "смотр", "также", "теме", "тему", "ещё", "еще", "интересн", "рекоменд", "слуша",
            "leggi", "letti", "perdere", "anche", "leia", "veja", "também",
            // and in Polish, Czech, Ukrainian, Indonesian, Swedish, Dutch and Hindi
            "czytaj", "zobacz", "także", "čtěte", "také", "читайте", "також", "baca", "simak", "juga", "läs", "också", "lees", "ook",
            "पढ़", "देख",
            // Norwegian and Danish, Croatian, Hungarian, Romanian, Finnish, Turkish, Arabic, Hebrew, Chinese, Japanese, Korean
            "også", "pročitaj", "kapcsolód", "olvas", "citește", "citeste", "lue", "myös", "okuyun", "ayrıca", "اقرأ", "أيض", "ايض",
            "נוספ", "קרא", "延伸", "相關", "相关", "関連", "관련",
            // the most read and the like, and "also" and "may interest you", in the languages whose stopwords are read
            "gelezen", "czytane", "nejčten", "najčítan", "prečítaj", "läst", "lest", "læste", "òg", "luetuim",
            "legolvasott", "érdekel", "najčitan", "citite", "okunan", "terpopuler", "popular", "populer",
            // "may interest you" in Czech, Slovak, Polish and Croatian: "Mohlo by vás zajímat", "Może cię zainteresować"
            "zajím", "zaujím", "zainteres", "zanima",
            // "related" and "similar" in Czech, Slovak, Polish and Russian: "Související články", "Powiązane", "Похожие новости"
            "souvis", "súvis", "powiązan", "podobn", "похож", "связан",
            // and in Dutch and Italian: "Gerelateerde artikelen", "Articoli correlati"
            "gerelateerd", "correlat");
    /**
     * The words for what a pointer leads to, other stories: "More stories", "Weitere Artikel", "לכתבות נוספות", "관련기사".
     * A label that names them and points on is a link to them whatever its punctuation; a subheading names its topic.
     */
    private static final List<String> STORIES = List.of("article", "artikel", "artikkel", "artícul", "artigo", "articol", "cikk",
            "članak", "članc", "článk", "článek", "artykuł", "stories", "story", "storie", "news", "nieuws", "nachricht", "noticia", "notícia", "notizi", "nyhet",
            "uutis", "haber", "статьи", "статей", "статт", "новост", "כתבות", "מאמר", "기사", "記事", "新聞", "新闻", "مقال", "أخبار");
    /** A bare pointer ("Bekijk ook", "Pročitajte i ovo") over the headline it leads to has at most so many words. */
    private static final int BARE_LEAD_IN_WORDS = 3;

    /**
     * A caption between paragraphs with nothing left of its picture: at least this many words (a subheading has fewer),
     * and no more than a long caption's.
     */
    private static final int BETWEEN_CAPTION_WORDS = 7, BETWEEN_CAPTION_MAX = 20;
    /**
     * What a picture's caption says and a subheading does not: the moment it was taken ("at dusk", "last winter", "en
     * février", "im Winter"), in the languages read. Months and weekdays are read from {@link DateWords} and
     * {@link Datelines}.
     */
    private static final Set<String> PICTURE_MOMENTS = Set.of("dusk", "dawn", "night", "morning", "evening", "afternoon", "sunset",
            "sunrise", "winter", "summer", "spring", "autumn", "yesterday", "weekend",
            "aube", "crépuscule", "soir", "soirée", "matin", "nuit", "hiver", "été", "printemps", "automne", "hier",
            "abend", "morgen", "nacht", "sommer", "frühling", "herbst", "gestern", "dämmerung",
            "atardecer", "amanecer", "noche", "mañana", "invierno", "verano", "primavera", "otoño", "ayer",
            "вечером", "утром", "ночью", "зимой", "летом", "весной", "осенью", "вчера",
            "sera", "mattina", "notte", "inverno", "estate", "autunno", "ieri",
            "noite", "manhã", "verão", "outono", "ontem",
            "avond", "ochtend", "zomer", "lente", "herfst", "gisteren",
            // Russian months as "in March" declines them: "в марте"
            "январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре");
    /** The words that say a picture shows something, anywhere in its caption: "seen from", "vu depuis", "на снимке". */
    private static final Set<String> PICTURE_VERBS = Set.of("seen", "pictured", "shown", "photographed", "vu", "vue", "vus",
            "photographié", "gesehen", "abgebildet", "fotografiert", "visto", "vista", "vistos", "fotografiado", "fotografiada",
            "снимке", "ritratto", "fotografato", "gezien", "gefotografeerd");
    /** A subheading may ask what a caption never does: "What happens to the stalls now". */
    private static final Set<String> QUESTION_WORDS = Set.of("what", "why", "how", "who", "where", "when", "which", "will", "can",
            "quoi", "pourquoi", "comment", "qui", "où", "quand", "was", "warum", "wie", "wer", "wo", "wann", "qué", "por", "cómo",
            "quién", "dónde", "cuándo", "что", "почему", "как", "кто", "где", "когда", "cosa", "perché", "come", "chi", "dove",
            "quando", "o", "como", "quem", "onde", "wat", "waarom", "hoe", "waar", "wanneer");

    /** An aside's remainder: a headline's few words, never a paragraph. */
    private static final int ASIDE_WORDS = 25;

    private Asides() {}

    /**
     * The kind of a labelled aside ("read-more" for a headline, "social" for a lone address), or empty when the block
     * is none; callers ask only of blocks below the text's first paragraph.
     *
     * @param linked whether the remainder after the label is wholly a link's text on a saved page
     */
    static Optional<String> labelled(String block, boolean linked) {
        if (block.length() > CAPTION_CHARS) return Optional.empty();
        if (pointsToStories(block) || gluedLeadIn(block) || bracketedLeadIn(block) || ranksStories(block)) return Optional.of("read-more");
        // most blocks hold no label's colon, nor a full stop near their start: the pattern is spared them
        int stop = block.indexOf(". ");
        if (block.indexOf(':') < 0 && block.indexOf('：') < 0 && (stop < 0 || stop > LIST_LABEL_LENGTH)) {
            return gluedToStories(block) ? Optional.of("read-more") : Optional.empty();
        }
        var m = LABEL.matcher(block);
        if (!m.matches()) return gluedToStories(block) ? Optional.of("read-more") : Optional.empty();
        String label = m.group(1), rest = m.group(3).strip();
        boolean pointer = pointsOn(label);
        // after a full stop, only a label that points on leads into a link: "Update. The union said …" is two sentences
        if (m.group(2) != null && !pointer) return Optional.empty();
        if (rest.indexOf(' ') < 0 && ADDRESS.matcher(rest).matches() && rest.indexOf('.') > 0) return Optional.of("social");
        // a headline read on may ask a question; a label's answer in an interview ("Frage: Wie geht es weiter?") is no link
        boolean question = rest.endsWith("?") && pointer;
        if (!(pointer || linked || isShouted(label)) || Sentences.endsLikeSentence(rest) && !question) return Optional.empty();
        int first = rest.codePointAt(0);
        if (Character.isLowerCase(first) || !Character.isLetterOrDigit(first) && "«„“\"".indexOf(first) < 0) return Optional.empty();
        int words = Substance.scriptWords(rest);
        if (words < 2 || words > ASIDE_WORDS) return Optional.empty();
        // a headline may set its kicker off with a full stop ("Remont ulicy Krakowskiej. Tramwaje nie pojadą …") where the
        // label says it is another story's; after any other label, a second clause makes the line the story's sentence,
        // and a colon after it a reference's ("More information: G. Petit et al. Hibernation and Torpor: …")
        return oneClause(rest) || pointer && clauses(rest) <= 2 && rest.indexOf(':') < 0 && !Sentences.endsLikeSentence(rest)
                ? Optional.of("read-more") : Optional.empty();
    }

    /**
     * "【関連記事】小学校の統廃合…", "[Leia também] Greve …", "［相关阅读］": a label that points on, set in brackets as
     * a page's style sets it, alone or before the headline it leads to (no sentence's end).
     */
    private static boolean bracketedLeadIn(String block) {
        int close = closingBracket(block);
        if (close < 0) return false;
        String rest = block.substring(close + 1).strip();
        return pointsOnByWords(block.substring(1, close)) && (rest.isEmpty() || isLinkedHeadline(rest) || Boilerplate.isHeadlineLike(rest));
    }

    /**
     * Whether a label that has only its words to tell it points on: a word of it is a pointing word whole or by a long
     * stem ("[Leia também]", not the "ver" of "[The Verge]"), or holds one in a script without letter case ("【関連記事】").
     */
    private static boolean pointsOnByWords(String label) {
        for (String w : label.split("[ '’-]+")) {
            if (w.isEmpty()) continue;
            int c = w.codePointAt(0);
            if (isPointingWord(w) || Character.isLetter(c) && !Character.isLowerCase(c) && !Character.isUpperCase(c) && holdsAny(w, POINTERS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the bracket that opens the line closes its label of a few words, or -1: "【関連記事】", "[Related]", "〔Czytaj też〕".
     */
    private static int closingBracket(String line) {
        if (line.isEmpty()) return -1;
        int kind = OPENING_BRACKETS.indexOf(line.charAt(0));
        if (kind < 0) return -1;
        int close = line.indexOf(CLOSING_BRACKETS.charAt(kind));
        return close > 1 && close <= LIST_LABEL_LENGTH && Substance.words(line.substring(1, close)) <= LIST_LABEL_WORDS ? close : -1;
    }

    private static final String OPENING_BRACKETS = "【[［〔〖《<", CLOSING_BRACKETS = "】]］〕〗》>";

    /** A label alone on its line that leads to other stories, the headlines under it: "Articoli correlati", "[관련기사]". */
    static boolean leadsToStories(String line) {
        return isLeadIn(line) || pointsToStories(line);
    }

    /**
     * A line that is only a pointer to other stories, a few words naming them and saying to read on, with no sentence's
     * end: "לכתבות נוספות בנושא תחבורה", "Mehr Artikel zum Thema".
     */
    static boolean pointsToStories(String line) {
        return line.length() <= LIST_LABEL_LENGTH * 2 && Substance.words(line, LIST_LABEL_WORDS + 2) <= LIST_LABEL_WORDS + 1
                && !Sentences.endsLikeSentence(line) && !line.endsWith(":") && pointsOn(line) && holdsAny(line, STORIES);
    }

    /**
     * "VÍDEOS: mais assistidos do Portal Paulistano", "Most read on The Courier", "Les plus lus": the label over the
     * site's ranking of its own stories, at most its section's label before it and the site's name after, no sentence.
     */
    static boolean ranksStories(String line) {
        return line.length() <= LIST_LABEL_LENGTH * 2 && Substance.words(line, RANKING_WORDS + 1) <= RANKING_WORDS
                && !Sentences.endsLikeSentence(line) && MOST_SEEN.matcher(line).lookingAt();
    }

    private static final int RANKING_WORDS = 8;
    /** The most read, watched or shared, in the languages read, after a label of a word or two and its colon. */
    private static final Pattern MOST_SEEN = anyOf("(?:[\\p{L}]+(?: [\\p{L}]+)?\\s?:\\s*)?(?:the )?(?:most (?:read|watched|viewed|popular|shared)"
            + "|mais (?:lid[oa]s|assistid[oa]s|vist[oa]s|populares)|(?:lo |las |los )?más (?:leíd[oa]s?|vist[oa]s?|populares)"
            + "|(?:les )?plus (?:lus|vus|populaires|partagés)|(?:i )?più (?:lett[ie]|vist[ie]|popolari)|meistgelesen\\p{L}*"
            + "|meistgesehen\\p{L}*|meistgeklickt\\p{L}*|самое (?:читаемое|популярное|просматриваемое)|самые (?:читаемые|популярные)"
            + "|meest (?:gelezen|bekeken)|mest (?:lästa|sedda|lest|sette|læste|sete))(?!\\p{L})");

    /**
     * "관련기사 대구 시내버스 노선 개편 …": a one-word pointer to other stories, glued by a space to the headline it leads to,
     * as pages in scripts without letter case print it.
     */
    private static boolean gluedToStories(String block) {
        int space = block.indexOf(' ');
        if (space <= 0 || space > LIST_LABEL_LENGTH / 2 || Character.isUpperCase(block.codePointAt(0))) return false;
        String label = block.substring(0, space), rest = block.substring(space + 1).strip();
        return Character.isLetter(block.codePointAt(0)) && pointsOn(label) && holdsAny(label, STORIES) && isLinkedHeadline(rest);
    }

    /**
     * "Also Read Grape growers seek crop insurance", "Veja também Vídeo: como funciona a colheita": a bare lead-in of two
     * or three words that each point on ({@link #isBareLeadIn}), glued by a space to the headline it leads to, as a
     * whole-page dump joins a label to its link. One pointing word is not enough: "More farmers quit dairy" is a subheading.
     */
    private static boolean gluedLeadIn(String block) {
        int space = block.indexOf(' ');
        if (space < 0 || !isPointingWord(block.substring(0, space))) return false;
        for (int n = 2, end = block.indexOf(' ', space + 1); n <= BARE_LEAD_IN_WORDS && end > 0; n++, end = block.indexOf(' ', end + 1)) {
            String word = block.substring(block.lastIndexOf(' ', end - 1) + 1, end);
            if (!isPointingWord(word)) return false;
            String rest = block.substring(end + 1);
            if (!rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0)) && isLinkedHeadline(rest)) return true;
        }
        return false;
    }

    /** A word of a bare lead-in: one of {@link #POINTERS}, whole, or opening with one of its longer stems. */
    private static boolean isPointingWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String stem : POINTERS) if (w.equals(stem) || stem.length() >= LONG_STEM && w.startsWith(stem)) return true;
        return false;
    }

    /** The sentences or clauses the text holds, counted at the ends {@link #oneClause} looks for. */
    static int clauses(String text) {
        int n = 1;
        for (int i = 1; i + 2 < text.length(); i++) {
            if (".!?".indexOf(text.charAt(i)) >= 0 && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))
                    && Character.isLowerCase(text.charAt(i - 1))) n++;
        }
        return n;
    }

    /**
     * A label that leads to other stories ("MÁS INFORMACIÓN", "ये भी पढ़ें...", "Seguí leyendo:"): a few words and no
     * sentence, saying that more is to be read, and set as a label is, in capitals or leading on with a colon or an
     * ellipsis. A colon alone leads into the story's own list or quotation ("Here's what to know:"), capitals alone are
     * a subheading ("BOYS SOCCER"), and a list's item is no label ("• Also at Walmart").
     */
    static boolean isLeadIn(String line) {
        if (line.length() > LIST_LABEL_LENGTH || Substance.words(line) > LIST_LABEL_WORDS || Sentences.endsLikeSentence(line)
                || BlockClassifier.isListItem(line)) return false;
        // a label in brackets is set apart as one with a colon is: "【関連記事】", "[Related]"
        if (closingBracket(line) == line.length() - 1) return pointsOnByWords(line.substring(1, line.length() - 1));
        String bare = line.replaceAll("\\s*(?::|\\.{3}|…)$", "");
        return (bare.length() < line.length() || isShouted(bare)) && pointsOn(bare);
    }

    /**
     * The other story's headline under a lead-in ({@link #isLeadIn}) between the story's paragraphs: a line of a
     * headline's shape, no sentence's end, that a paragraph of the story follows. A subheading's lead-in is itself.
     */
    private static boolean isLinkedHeadline(String line) {
        // the end first: most blocks end as sentences, and are done with before their words are counted
        if (Sentences.endsLikeSentence(line) || line.endsWith(":") || BlockClassifier.isListItem(line)
                || !Character.isLetterOrDigit(line.codePointAt(0))) return false;
        int words = Substance.words(line, ASIDE_WORDS + 1);
        return words >= 2 && words <= ASIDE_WORDS;
    }

    /**
     * A picture's caption left between two paragraphs of the story, its picture gone and no credit with it ("The
     * refurbished hall seen from the quay at dusk"): unlike both its neighbours, which are the story's sentences, it is
     * a phrase of a few words in sentence case with no sentence's end, no question, and its second half says when the
     * picture was taken ({@link #PICTURE_MOMENTS}), or it says that it shows something ({@link #PICTURE_VERBS}). A
     * subheading is shorter, title-cased, a question, or says none of that after naming its subject.
     */
    static boolean isCaptionBetween(String before, String block, String after) {
        if (block.length() > CAPTION_CHARS || Sentences.endsLikeSentence(block) || !Character.isUpperCase(block.codePointAt(0))
                || !isStorySentence(before) || !isStorySentence(after)) return false;
        String[] words = block.split("[\\s,]+");
        if (words.length < BETWEEN_CAPTION_WORDS || words.length > BETWEEN_CAPTION_MAX
                || QUESTION_WORDS.contains(words[0].toLowerCase(Locale.ROOT))) return false;
        int capitalised = 0;
        boolean moment = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            for (int k = 0; k < w.length(); k++) {
                char ch = w.charAt(k);
                if (Character.isDigit(ch) || ":;\"“”„«»?!".indexOf(ch) >= 0) return false;
            }
            if (i > 0 && Character.isUpperCase(w.codePointAt(0))) capitalised++;
            String lower = w.toLowerCase(Locale.ROOT);
            // the subject first, then when it was seen: "Black Friday pricing live for ecobee" names a day first, and is a subheading
            if (PICTURE_VERBS.contains(lower) || i * 2 >= words.length && (PICTURE_MOMENTS.contains(lower)
                    || lower.length() >= 4 && DateWords.month(lower) > 0 || startsWithWeekday(lower))) moment = true;
        }
        return (moment || endsAtPlace(words)) && capitalised * 2 < words.length;
    }

    /**
     * Whether the phrase ends where the picture was taken: a preposition of place, then nothing but a name of one to
     * {@link #PLACE_WORDS} capitalised words ("… bins of fruit near Havelock North", "… на поле под Барнаулом"). A
     * subheading names its topic, and a place in it is followed by more ("in Leith after the vote").
     */
    private static boolean endsAtPlace(String[] words) {
        int k = words.length - 1;
        while (k > 0 && Character.isUpperCase(words[k].codePointAt(0))) k--;
        int names = words.length - 1 - k;
        // "près de Rodez", "perto de Irati", "vicino a Lecce": the preposition's own particle before the name
        return names >= 1 && names <= PLACE_WORDS && k >= 2
                && (LOCATIVES.contains(words[k]) || k >= 3 && PLACE_PARTICLES.contains(words[k]) && LOCATIVES.contains(words[k - 1]));
    }

    private static final int PLACE_WORDS = 3;
    /** The prepositions that place a scene, in the languages read: "near Cahir", "près de Rodez", "bei Uelzen", "под Барнаулом". */
    private static final Set<String> LOCATIVES = Set.of("at", "in", "near", "outside", "beside", "along", "à", "près", "devant",
            "dans", "bei", "am", "im", "vor", "en", "cerca", "junto", "em", "no", "na", "perto", "presso", "vicino", "bij", "aan",
            "в", "на", "у", "под", "возле", "около", "di", "w", "pod"),
            PLACE_PARTICLES = Set.of("de", "a", "da", "di");

    /** A weekday written out, or a compound that opens with one: "Tuesday", "Dienstagmorgen", "Sonntagabend". */
    private static boolean startsWithWeekday(String lowerCase) {
        if (lowerCase.length() < 5) return false;
        for (String day : Datelines.WEEKDAYS) if (day.length() >= 5 && lowerCase.startsWith(day)) return true;
        return false;
    }

    /** A neighbour the caption is unlike: a sentence of the story, longer than the shortest caption. */
    private static boolean isStorySentence(String block) {
        return block != null && Sentences.endsLikeSentence(block) && Substance.scriptWords(block) > BETWEEN_CAPTION_WORDS;
    }

    /** Whether the text holds no sentence's end before its last: "… soll 2025 fertig sein", not "… fertig. Die Stadt …". */
    static boolean oneClause(String text) {
        for (int i = 1; i + 2 < text.length(); i++) {
            if (".!?".indexOf(text.charAt(i)) >= 0 && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))
                    && Character.isLowerCase(text.charAt(i - 1))) return false;
        }
        return true;
    }

    private static boolean pointsOn(String label) {
        return holdsAny(label, POINTERS);
    }

    /**
     * Whether a word of the text opens with one of the stems; in a script without letter case, which glues its particles
     * to the word ("לכתבות", "관련기사"), holds one anywhere.
     */
    private static boolean holdsAny(String text, List<String> stems) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[ '’-]+")) {
            boolean uncased = !w.isEmpty() && Character.isLetter(w.codePointAt(0)) && !Character.isLowerCase(w.codePointAt(0));
            for (String stem : stems) if (w.startsWith(stem) || uncased && w.contains(stem)) return true;
        }
        return false;
    }

    /**
     * "Bekijk ook", "Pročitajte i ovo", "I più letti": a few words that point on, with no colon, set over the headline.
     * With nothing but its words to tell it, a short stem must be the whole word ("ook", not "vereinbaren" for "ver").
     */
    private static boolean isBareLeadIn(String line) {
        if (line.length() > LIST_LABEL_LENGTH || Substance.words(line, BARE_LEAD_IN_WORDS + 1) > BARE_LEAD_IN_WORDS
                || Sentences.endsLikeSentence(line) || BlockClassifier.isListItem(line)) return false;
        for (String w : line.split("[ '’-]+")) if (isPointingWord(w)) return true;
        return false;
    }

    private static final int LONG_STEM = 4;

    /** "READ", "ALSO WATCH": a label in capitals, as outlets set their pointers; a name in capitals is one word. */
    private static boolean isShouted(String label) {
        return label.length() >= 4 && label.equals(label.toUpperCase(Locale.ROOT)) && !label.equals(label.toLowerCase(Locale.ROOT));
    }

    /** Words found anywhere in a line, in any case of any script. */
    private static Pattern anyOf(String words) {
        return Pattern.compile(words, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * @param candidates the blocks the classifier judged, with its verdicts
     * @param paragraphOf per candidate, its index among the seed's paragraphs
     * @param removedAs   per paragraph, the kind a pattern removed it as, or null
     * @param byline      the byline the text gives, if any: a note on its author needs no reporter's word
     * @return per candidate, the kind to remove it as, or null to leave the classifier's verdict
     */
    static String[] find(List<String> candidates, BlockClassifier.Verdict[] verdicts, List<Integer> paragraphOf, String[] removedAs,
                         Optional<String> byline) {
        int n = candidates.size();
        String[] aside = new String[n];
        int first = -1, last = -1;
        for (int c = 0; c < n; c++) {
            if (verdicts[c] != BlockClassifier.Verdict.ARTICLE) continue;
            if (first < 0) first = c;
            last = c;
        }
        if (first < 0 || first == last) return aside;
        // Never the last paragraph: a picture whose caption was found has had its caption, and a short sign-off is the text's.
        for (int c = first; c < last; c++) {
            if (verdicts[c] != BlockClassifier.Verdict.ARTICLE || !isCaptionShaped(candidates.get(c))) continue;
            int before = paragraphOf.get(c) - 1;
            String slot = before < 0 ? null : removedAs[before];
            if (slot == null) continue;
            if (PICTURE_SLOT.contains(slot) || c == first && ABOVE_TEXT.contains(slot) && longerNext(candidates, verdicts, c)) {
                aside[c] = "caption";
            }
        }
        for (int c = first + 1; c < last; c++) {
            if (verdicts[c] == BlockClassifier.Verdict.ARTICLE && verdicts[c - 1] == BlockClassifier.Verdict.ARTICLE
                    && verdicts[c + 1] == BlockClassifier.Verdict.ARTICLE
                    && isCaptionBetween(candidates.get(c - 1), candidates.get(c), candidates.get(c + 1))) aside[c] = "caption";
        }
        for (int c = first + 1; c < last; c++) {
            int items = storyList(candidates, verdicts, paragraphOf, c);
            for (int k = c; items > 0 && k <= c + items; k++) aside[k] = "read-more";
            c += items;
        }
        for (int c = first + 1; c <= last; c++) {
            if (verdicts[c] == BlockClassifier.Verdict.ARTICLE && aside[c] == null) aside[c] = labelled(candidates.get(c), false).orElse(null);
        }
        // a lead-in on a line of its own, and the one or two headlines under it (a longer list is a story list, above)
        for (int c = first + 1; c < last; c++) {
            if (aside[c] != null || verdicts[c] != BlockClassifier.Verdict.ARTICLE || !isLinkedHeadline(candidates.get(c))) continue;
            int above = paragraphOf.get(c) - 1;
            // the label may have gone already, as a line of the page by its features; a label a pattern knew ("Related:")
            // took its headlines along when it went, and an embedded tweet under it is the story's quotation
            if (paragraphOf.get(c - 1) != above || aside[c - 1] != null
                    || !isLeadIn(candidates.get(c - 1)) && !isBareLeadIn(candidates.get(c - 1))
                    || Tweets.parse(candidates.get(c)).isPresent()) continue;
            int k = c;
            while (k <= c + 1 && k < last && verdicts[k] == BlockClassifier.Verdict.ARTICLE && paragraphOf.get(k) == above + 1 + (k - c)
                    && isLinkedHeadline(candidates.get(k))) aside[k++] = "read-more";
            if (verdicts[c - 1] == BlockClassifier.Verdict.ARTICLE) aside[c - 1] = "read-more";
            c = k;
        }
        // a consent notice's text over what the patterns knew of it, its buttons or its pointer to the privacy policy
        for (int c = first; c <= last; c++) {
            int below = paragraphOf.get(c) + 1;
            if (verdicts[c] == BlockClassifier.Verdict.ARTICLE && aside[c] == null && below < removedAs.length
                    && "cookie".equals(removedAs[below]) && Substance.isConsentText(candidates.get(c))) aside[c] = "cookie";
        }
        // from the end up: a note on the author may stand above the line on where the story appeared
        String boxName = null;
        for (int c = last; c > first && aside[c] == null; c--) {
            if (verdicts[c] != BlockClassifier.Verdict.ARTICLE) continue;
            int at = c;
            String block = candidates.get(c);
            // an author's box heads the note with the name on a line of its own ("Vikram Desai" over "Vikram Desai is …")
            aside[c] = block.equals(boxName) ? "author-note" : endNote(block, name -> namedAbove(candidates, verdicts, at, name), byline);
            if (aside[c] == null) break;
            var led = LED_BY_NAME.matcher(block);
            boxName = led.matches() ? led.group(1) : null;
        }
        return aside;
    }

    /**
     * How many lines of a list of other stories follow the label at {@code c}, told by the list's shape whatever the
     * label says ("Más noticias", "Другие новости"): a label of a few words and no sentence, then at least
     * {@link #STORY_LIST} lines in a row that each read as a headline, none a bulleted item (an article's own lists
     * have bullets in a text dump). A text puts sentences, not a run of headlines, under its subheadings. 0 when the
     * block leads no such list.
     */
    private static int storyList(List<String> candidates, BlockClassifier.Verdict[] verdicts, List<Integer> paragraphOf, int c) {
        String label = candidates.get(c);
        // a colon makes a line a question's answer or a name's value ("A: Lebron James"), not a list's label
        if (label.length() > LIST_LABEL_LENGTH || Sentences.endsLikeSentence(label) || label.indexOf(':') >= 0
                || Substance.words(label) > LIST_LABEL_WORDS) {
            return 0;
        }
        int items = 0;
        for (int k = c + 1; k < candidates.size() && verdicts[k] == BlockClassifier.Verdict.ARTICLE
                && paragraphOf.get(k) == paragraphOf.get(k - 1) + 1 && isStoryHeadline(candidates.get(k)); k++) {
            items++;
        }
        return items >= STORY_LIST ? items : 0;
    }

    private static boolean isStoryHeadline(String line) {
        return Substance.words(line) >= STORY_WORDS && !BlockClassifier.isListItem(line) && Boilerplate.isHeadlineLike(line);
    }

    /**
     * What a block at the text's end is when it is no part of the story: "provenance", "author-note", a lead-in left
     * over its list ("Seguí leyendo:", as "read-more"), the outlet's call to follow it ("Daily Monitor is now on
     * WhatsApp. Click here to join.") or to give to it ("… is a nonprofit newsroom. Donate today."), as "newsletter", or null.
     *
     * @param namedAbove whether the story above the block names the person given
     * @param byline     the byline the page gives, if any: a note on its author needs no reporter's word
     */
    static String endNote(String block, Predicate<String> namedAbove, Optional<String> byline) {
        if (Substance.scriptWords(block) > NOTE_WORDS) return null;
        if (PROVENANCE.in(block)) return "provenance";
        // a lead-in with nothing of the text left to lead into: the list of links it opened went with the page
        if (isLeadIn(block)) return "read-more";
        if (Boilerplate.isPromotion(block, Optional.empty(), true) || Boilerplate.isAppeal(block)) return "newsletter";
        // the note's own label says what it is, whatever follows: "About the author: Moira Tennant covers …"
        if (ABOUT_THE_AUTHOR.matcher(block).lookingAt()) return "author-note";
        if (isDiscussion(block)) return "social";
        if (isSignature(block)) return "byline";
        return isAuthorNote(block, namedAbove, byline) ? "author-note" : null;
    }

    /**
     * "Comments are closed.", "Keskustelua tästä julkaisusta", "Kommentare": a few words under the story that open on
     * the comments or the discussion, where the readers' thread was or is closed. The story's last sentence speaks of
     * its subject.
     */
    static boolean isDiscussion(String block) {
        if (block.length() > LIST_LABEL_LENGTH || Substance.words(block, DISCUSSION_WORDS + 1) > DISCUSSION_WORDS) return false;
        String[] words = block.strip().split("[^\\p{L}]+");
        // an article may come first: "Les commentaires sont fermés", "I commenti sono chiusi"
        for (int i = 0; i < Math.min(2, words.length); i++) {
            if (holdsAny(words[i], DISCUSSION)) return true;
            if (words[i].length() > 3) break;
        }
        return false;
    }

    private static final int DISCUSSION_WORDS = 5;
    /** The readers' thread under a story, in the languages met: comments, discussion, reactions. */
    private static final List<String> DISCUSSION = List.of("comment", "discussion", "kommentar", "diskussion", "comentari", "discusi",
            "комментар", "обсужден", "discussione", "commenti", "comentário", "discussão", "reacties", "discussie",
            "diskusjon", "keskustel", "kommentit", "hozzászól", "komentar", "yorum", "تعليق", "תגוב", "댓글", "评论", "評論", "コメント");

    /**
     * A signature closing the story: the reporter's name alone ("Michaela Sturmberger"), or with the trade and address
     * that sign it ("최민준 기자 mjchoi@yeongnam.kr"), a few words and no sentence.
     */
    static boolean isSignature(String block) {
        if (block.length() > LIST_LABEL_LENGTH * 2 || Sentences.endsLikeSentence(block)) return false;
        if (isName(block)) return true;
        return Substance.scriptWords(block) <= SIGNATURE_WORDS && (TRADE.matcher(block).find() || EMAIL.matcher(block).find())
                && !pointsOn(block);
    }

    private static final int SIGNATURE_WORDS = 5;

    /**
     * "Michaela Sturmberger", "Jan Van den Broeck", "Jordan MacIsaac", "Ana de la Fuente": two to four capitalised words,
     * their particles between.
     */
    static boolean isName(String line) {
        return NAME.matcher(line).matches();
    }

    private static final String NAME_WORD = "\\p{Lu}['’]?\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}['’]?\\p{Ll}+)?";
    private static final Pattern NAME = Pattern.compile(NAME_WORD
            + "(?: (?:(?:van|von|de|den|der|da|di|du|del|la|le|dos|das|bin|al|ten|ter) )*" + NAME_WORD + "){1,3}");

    /**
     * "Harriet Lomax Local Democracy Reporter", "Jane Roe, Political Editor", "Hans Meier, Redakteur": the author's name
     * and then their trade, a byline's few words; its last word is the trade's.
     */
    static boolean isNameWithTrade(String line) {
        Matcher m = NAME_THEN_TRADE.matcher(line);
        return m.matches() && TRADE.matcher(m.group(1)).lookingAt();
    }

    private static final Pattern NAME_THEN_TRADE = Pattern.compile(NAME.pattern() + "(?:,\\s*| )(?:[\\p{L}'’-]+ ){0,3}([\\p{L}'’-]{4,})");

    private static boolean namedAbove(List<String> candidates, BlockClassifier.Verdict[] verdicts, int at, String name) {
        for (int c = 0; c < at; c++) {
            // the name alone on its line is the author box's heading, not the story naming them
            String block = candidates.get(c);
            if (verdicts[c] == BlockClassifier.Verdict.ARTICLE && block.contains(name) && !block.equals(name)) return true;
        }
        return false;
    }

    static boolean isCaptionShaped(String block) {
        return isCaptionShaped(block, false);
    }

    /**
     * @param beside whether the block stands straight after a picture on a saved page: there a caption may be an
     *               alt text's phrase with no full stop ("Colectivos en la parada de la Plaza San Martín")
     */
    static boolean isCaptionShaped(String block, boolean beside) {
        // a caption's few words are never this long: most paragraphs are done with here, without counting their words
        if (block.length() > CAPTION_CHARS || Substance.scriptWords(block) > CAPTION_WORDS) return false;
        boolean sentence = Sentences.endsLikeSentence(block);
        if (!sentence && !(beside && Substance.words(block) >= BARE_CAPTION_WORDS)) return false;
        for (int i = 0; i < block.length() - 1; i++) {
            char c = block.charAt(i);
            // a phrase with no sentence's end may name its place after a comma ("… in Irati, Paraná"); a sentence with
            // one tells more than a scene
            if (Character.isDigit(c) || ";:\"“”„«»‘".indexOf(c) >= 0 || c == ',' && sentence) return false;
            // one sentence only
            if (".!?".indexOf(c) >= 0 && block.charAt(i + 1) == ' ' || "。！？".indexOf(c) >= 0) return false;
        }
        return true;
    }

    /**
     * A caption set apart from the story with nothing but its type ({@code <em>}, {@code <i>}) to say so: a phrase of a
     * caption's shape with no sentence's end, at least {@link #PHRASE_CAPTION_WORDS} words in sentence case ("Women
     * shelling maize outside a storage shed"), not a question. A subheading is shorter, title-cased or asks.
     */
    static boolean isPhraseCaption(String block) {
        if (Sentences.endsLikeSentence(block) || block.endsWith("?") || !isCaptionShaped(block, true)) return false;
        String[] words = block.split("[\\s,]+");
        if (words.length < PHRASE_CAPTION_WORDS || QUESTION_WORDS.contains(words[0].toLowerCase(Locale.ROOT))) return false;
        int capitalised = 0;
        for (int i = 1; i < words.length; i++) if (!words[i].isEmpty() && Character.isUpperCase(words[i].codePointAt(0))) capitalised++;
        return capitalised * 2 < words.length;
    }

    private static final int PHRASE_CAPTION_WORDS = 5;

    /** Whether the text's next paragraph is longer than a caption can be: the story's, where the one at {@code c} was its picture's. */
    private static boolean longerNext(List<String> candidates, BlockClassifier.Verdict[] verdicts, int c) {
        int next = c + 1;
        while (verdicts[next] != BlockClassifier.Verdict.ARTICLE) next++;
        return isLongerThanCaption(candidates.get(next));
    }

    static boolean isLongerThanCaption(String block) {
        return Substance.scriptWords(block) > CAPTION_WORDS;
    }

    private static boolean isAuthorNote(String block, Predicate<String> namedAbove, Optional<String> byline) {
        var m = LED_BY_NAME.matcher(block);
        if (!m.matches()) return false;
        String name = m.group(1);
        return (TRADE.matcher(block).find() || EMAIL.matcher(block).find() || byline.filter(b -> b.contains(name)).isPresent())
                && !namedAbove.test(name);
    }
}
