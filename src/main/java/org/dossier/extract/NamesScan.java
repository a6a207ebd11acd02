package org.dossier.extract;

import static org.dossier.extract.NamesLexicon.lower;

import org.dossier.ingest.Chars;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One article's reading: collects name mentions from runs of capitalised words, the words that stand alone (the
 * back-references "Biden", "Milano") and the alias keys written, then decides the article's full names.
 * Used by one thread for one article.
 */
final class NamesScan {
    /** How sure a mention is to be a person, before back-references are counted. */
    enum Evidence {
        /** starts with a known given name */
        GIVEN,
        /** a title, role or verb of speech stands next to it ("aide Tara Reade", "Khakpour said") */
        CUED,
        /** nothing vouches for it; a person only if its surname also stands alone somewhere */
        BARE
    }

    /** @param opening it opened a sentence or stood in a headline, where every word may be capitalised */
    record Mention(List<String> words, Evidence evidence, boolean opening) {
        String first() {
            return words.get(0);
        }

        String last() {
            return words.get(words.size() - 1);
        }
    }

    /** Words a name may hold after the given name: a middle name or initial and a surname of up to two words. */
    private static final int MAX_AFTER_FIRST = 3;
    /** A tweet's signature the cleaner left in ("... — Hollie Tandridge (@hollie_t_cricket) August 23, 2015"). */
    private static final Pattern SIGNATURE = Pattern.compile("\\s[\u2014\u2013]\\s*[^\u2014\u2013]{1,100}?\\s*\\(@\\w{1,30}\\)[^()]{0,40}$");
    /**
     * Words before "by" or a colon that make the name after it a credit, not a mention ("Photo by ...", "Foto: ...",
     * "Ảnh: Giang Huy", "Фото: Денис Лаптев / E1.RU").
     */
    private static final Set<String> CREDITED = WordSets.of("photo", "photos", "photograph", "photography", "picture", "pictures",
            "pic", "illustration", "image",
            "images", "video", "graphic", "graphics", "reporting", "written", "edited", "words", "story", "interview",
            "foto", "fotos", "fotografia", "fotografía", "fotó", "fotoğraf", "imagem", "imagen", "bild", "bilder", "kuva",
            "zdjęcie", "zdjęcia", "gambar", "ảnh", "фото", "credit", "crédito", "crédit", "crédits", "vídeo", "видео");

    /**
     * "By" in the languages of the word lists, which opens a byline ("Por Juliana Albuquerque, g1 PE", "Door Sanne de
     * Wit", "Av Erik Lund", "Oleh Dimas Prasetyo"): the author is no person of the story.
     */
    private static final Set<String> BY = WordSets.of("by", "por", "par", "von", "door", "av", "oleh", "napsal", "napsala",
            "napisał", "napisała");

    /**
     * "the", and the Italian article joined to a preposition ("della Val Brembana", "nella Val di Susa"), which open the
     * names of things and places, where a given name is no evidence of a person.
     */
    private static final Set<String> THE = WordSets.of("the", "della", "dello", "delle", "degli", "nella", "nello", "dalla",
            "sulla", "alla", "nel", "sul", "dal");

    /** The words between a title and its portfolio ("Minister for Transport", "assessore alla Mobilità", "ministre des Transports"). */
    private static final Set<String> PORTFOLIO_LINKS = WordSets.of("for", "of", "alla", "al", "della", "del", "de", "des", "du",
            "à", "da", "do", "dei", "degli", "delle");

    /** Words that open an apposition describing the person just named. */
    private static final Set<String> APPOSITION_OPENERS = WordSets.of("a", "an", "the", "his", "her", "their", "former", "then", "now",
            "longtime", "veteran", "el", "la", "un", "una", "une", "le", "o", "um", "uma", "ein", "eine");

    /** Relative pronouns among the words of speech: after a name they describe it, before one they say nothing of it. */
    private static final Set<String> RELATIVES = WordSets.of("who", "whose", "qui", "quien", "der", "die", "который", "которая",
            "som", "aki");

    /** "and" in the languages of the word lists, between two given names that share the surname after them ("Anna i Marek Nowak"). */
    private static final Set<String> AND = WordSets.of("and", "und", "et", "y", "e", "i", "en", "och", "a", "ve", "dan", "và", "и");

    /** The particles of Irish surnames, capitalised as the surname is ("Ó Floinn", "Ní Bhriain", "Mac Diarmada"). */
    private static final Set<String> GAELIC = WordSets.of("ó", "ní", "nic", "mac", "mag", "uí", "ua", "mhic");

    /** The Philippine village and its parts, which name the office of their head and councillors ("Barangay Captain", "Purok Leader"). */
    private static final Set<String> VILLAGE_BEFORE_TITLE = WordSets.of("barangay", "brgy.", "sitio", "purok");

    /** Dutch and German "of", which after a name with particles says where the person works, not who they descend from. */
    private static final Set<String> AFFILIATION = WordSets.of("van", "von");

    /** The particles of Malay and Arabic patronymics, which a back-reference leaves out ("Ahmad Faizal bin Ismail"). */
    private static final Set<String> PATRONYMICS = WordSets.of("bin", "binti", "binte", "bte", "bt", "bint", "ibn", "s/o", "d/o",
            "a/l", "a/p");

    /**
     * Russian, Ukrainian, Kazakh, Polish and Czech words of who lives or was born where, which the place follows in the
     * genitive, then the name ("жительница Калининграда Анна Белова", "Mieszkanka Wilanowa Ewa Nowak"): the word after
     * them is no part of the name.
     */
    private static final Set<String> RESIDENTS = WordSets.of("житель", "жительница", "жители", "уроженец", "уроженка",
            "мешканець", "мешканка", "мешканці", "тұрғыны", "mieszkaniec", "mieszkanka", "mieszkańcy", "obyvatel", "obyvatelka");

    /** Whom a person tells something ("Neymar told reporters"), where a place or a firm that speaks issues a statement. */
    private static final Set<String> AUDIENCES = WordSets.of("reporters", "journalists");

    /**
     * Prepositions of place, English and Vietnamese: what follows them and is then said to speak is a place the speaker
     * is in ("in Bukit Duri, said", "ở Hoài Đức").
     */
    private static final Set<String> LOCATIVES = WordSets.of("in", "at", "near", "outside", "inside", "beside", "ở", "tại");

    /** Pronouns only a person takes: what a one-word name needs after it beside a role or a verb of speech. */
    private static final Set<String> PERSONAL = WordSets.of("he", "she", "his", "her", "him", "himself", "herself", "who", "whose");

    /**
     * The Indonesian and Malay article that counts people only ("Suparman, seorang sopir angkot, …": "a [person who is a]
     * minibus driver"): after a one-word name and its comma it says the name is a person's, as an age does.
     */
    private static final Set<String> PERSON_COUNTERS = WordSets.of("seorang");

    /** How far after a one-word name a personal pronoun still refers to it: a clause of some length. */
    private static final int PRONOUN_REACH = 20;

    /** The longest surname that opens a name in the custom of China, Korea and Vietnam ("Tan", "Zhang", "Nguyen"). */
    private static final int SURNAME_FIRST_LONGEST = 6;

    /** The trades of a writer's bio line ("Zanele Mthembu is a senior reporter covering ..."). */
    private static final Set<String> BYLINE_TRADES = WordSets.of("reporter", "correspondent", "journalist", "editor", "writer",
            "columnist", "contributor", "photographer", "photojournalist");

    /** Words after the name that opens a line and make the line its author's: a dated byline, a beat. */
    private static final Set<String> BYLINE_WORDS = WordSets.of("updated", "published", "posted", "covers");

    /** Words that tie a role to what it is a role in ("president of", "adviser to"). */
    private static final Set<String> ROLE_LINKS = WordSets.of("of", "at", "for", "to", "in", "with");

    private final NamesGazetteer given;
    private final NamesAliases aliases;
    private final Optional<String> language;
    private final boolean nordic;
    private final boolean malay;
    private final boolean westSlavic;
    private final List<Mention> mentions = new ArrayList<>();
    /** Capitalised words that stood alone (not after "the"): back-references to a surname or a first name. */
    private final Set<String> lone = new HashSet<>();
    /** Of those, the words that stood alone more than once. */
    private final Set<String> loneAgain = new HashSet<>();
    /** Single words a role of sport or show business stood before ("striker Neymar"): people if they are given names or recur. */
    private final Set<String> mononyms = new HashSet<>();
    /** Of those, the words that stood alone inside a sentence, where a capital means a name, or said something. */
    private final Set<String> loneInside = new HashSet<>();
    /**
     * One-word names that a role in apposition, an age or a verb of speech vouches for, with a personal pronoun after
     * ("Sutrisno, the head of the agency, who ...", "Sutrisno said he ..."): people unless a longer name holds them.
     */
    private final Set<String> vouched = new HashSet<>();
    /**
     * Names read with the capitalised word before them that may be their surname ("Minister of State Tan Wei Ming"):
     * the surname-first name when that word also stands alone as a back-reference ("Mr Tan said").
     */
    private final List<List<String>> surnameBefore = new ArrayList<>();
    /** Last words of the names the body and tweets wrote: what confirms a name in a headline. */
    private final Set<String> surnames = new HashSet<>();
    /** The names the body and tweets wrote, word for word: what confirms a longer name in a headline. */
    private final Set<String> written = new HashSet<>();
    private final Set<String> keysWritten = new HashSet<>();
    /** Names written right after a preposition of place with nothing to vouch for a person ("Shops in Little Havana"). */
    private final Set<String> places = new HashSet<>();
    /** Names written right after a place noun or in its list ("xã Tân Mỹ"): places, whatever else writes a word of them. */
    private final Set<String> namedPlaces = new HashSet<>();
    /**
     * Capital initials the text writes in brackets after what they stand for ("Laluan Transit Aliran Massa (MRT)"): an
     * acronym, which opens the name of a line or a firm ("MRT Putrajaya"), not the initials of a person ("KS Bharadwaj",
     * whom the text may call "KS" alone).
     */
    private final Set<String> acronyms = new HashSet<>();
    /** Names a role, a title or a verb of speech vouched for somewhere: persons, wherever else they stand. */
    private final Set<String> vouchedNames = new HashSet<>();
    /**
     * Names read in the name of an institution or a place ("Hospital Júlia Kubitschek"), by {@link NamesPlaces#key}:
     * no person unless a role, a title, a verb of speech or a pronoun vouches for one of that name elsewhere.
     */
    private final Set<String> institutions = new HashSet<>();
    /** Names written after a Slavic "in", in the locative ("w Kazimierzu Dolnym"): places, in any case, unless vouched for. */
    private final List<List<String>> locatives = new ArrayList<>();
    /** Names that something vouched for as a person's, outside any such name; keyed only if an institution was read. */
    private final List<List<String>> persons = new ArrayList<>();
    /**
     * "Justice Hill": a title that is also a given name, before one more word. The word alone is a surname the title
     * leads ("Justice Alito"), unless the article also writes the title's word alone, as a given name is written
     * ("Justice has earned every snap"): then the two are a person's given name and surname.
     */
    private final List<List<String>> titleOrGiven = new ArrayList<>();
    /** Titles that stood alone, as a given name said again does ("Justice has earned"). */
    private final Set<String> titlesAlone = new HashSet<>();
    /** Title Case lines, read once the body is known. */
    private final List<List<NamesText.Token>> headlines = new ArrayList<>();
    /** The names written in Chinese, Japanese, Korean, Hindi or Greek (see {@link NamesScripts}). */
    private final Set<String> scriptNames = new HashSet<>();
    /** The texts read as prose, not as headlines: where {@link NamesPersonhood} weighs each name found. */
    private final List<List<NamesText.Token>> prose = new ArrayList<>();
    /** The text and the word where the next place of a list after a plural place noun may stand ("các tỉnh A, B và C"). */
    private List<NamesText.Token> placeList;
    private int placeListNext = -1;

    /** The languages whose articles write "i" for "in" and "H." for Haji (see {@link #nordicPlace}, {@link #honorific}). */
    private static final Set<String> NORDIC = WordSets.of("sv", "no", "da");
    private static final Set<String> MALAY = WordSets.of("id", "ms");
    /** The languages whose men's names decline in "-a" in the genitive ("Zbigniewa Kaczmarczyka"; see {@link #nominative}). */
    private static final Set<String> WEST_SLAVIC = WordSets.of("pl", "cs", "sk");

    /** @param language the article's language as its stopwords tell it (an ISO 639-1 code), or empty when they do not */
    NamesScan(NamesGazetteer given, NamesAliases aliases, Optional<String> language) {
        this.given = given;
        this.aliases = aliases;
        this.language = language;
        this.nordic = language.filter(NORDIC::contains).isPresent();
        this.malay = language.filter(MALAY::contains).isPresent();
        this.westSlavic = language.filter(WEST_SLAVIC::contains).isPresent();
    }

    /** Reads the headline; in any order with the texts. */
    void title(String title) {
        read(title, true);
    }

    /** Reads a body paragraph or a tweet's text. */
    void text(String text) {
        read(text, false);
    }

    private void read(String text, boolean isTitle) {
        String t = text;
        if (t.contains("(@")) {
            Matcher m = SIGNATURE.matcher(t);
            if (m.find()) t = t.substring(0, m.start());
        }
        if (NamesScripts.present(t)) NamesScripts.read(t, scriptNames);
        List<NamesText.Token> tokens = NamesText.tokens(t);
        if (!aliases.isEmpty()) aliases.keysIn(tokens, keysWritten);
        if (isHeadline(t, tokens, isTitle)) {
            headlines.add(tokens);
        } else {
            prose.add(tokens);
            runs(tokens, false);
        }
    }

    /**
     * Title Case ("Olivia Wilde Brushes Off Feud Questions as Venice Premiere Goes Ahead") makes every word look like
     * a name, so such a line only confirms names whose surname the rest of the article writes. A headline has its
     * long words nearly all capitalised, and no closing period or parenthesis; a paragraph read as one also has four
     * long words or more and is no list.
     */
    private static boolean isHeadline(String text, List<NamesText.Token> tokens, boolean isTitle) {
        int words = 0;
        int capitalised = 0;
        for (NamesText.Token t : tokens) {
            if (t.length() < 4 || !Chars.isLetter(t.first())) continue;
            words++;
            if (Chars.isUpperCase(t.first())) capitalised++;
        }
        if (words < (isTitle ? 2 : 4) || capitalised * 4 < words * 3 || text.stripTrailing().endsWith(".") || text.indexOf('(') >= 0) {
            return false;
        }
        if (isTitle) return true;
        // a list of names ("Mike Hulbert, Brian Henninger, Tiger Woods") is capitalised too, but no headline
        int commas = 0;
        for (int i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) commas++;
        return commas < 2;
    }

    private void runs(List<NamesText.Token> tokens, boolean headline) {
        for (int i = 0; i < tokens.size(); ) {
            int end = runEnd(tokens, i);
            if (end > i) {
                run(tokens, i, end, headline);
                i = end;
            } else {
                if (definedAcronym(tokens.get(i))) acronyms.add(tokens.get(i).text());
                i++;
            }
        }
    }

    /** The end of the run of capitalised words (name particles inside) that starts at i, or i if none does. */
    private int runEnd(List<NamesText.Token> tokens, int i) {
        NamesText.Token t = tokens.get(i);
        if (t.tagged()) return i;
        if (!t.capitalised()) return capsInitialsNameEnd(tokens, i);
        int j = i + 1;
        while (j < tokens.size() && !tokens.get(j - 1).possessive()) {
            NamesText.Token u = tokens.get(j);
            if (!u.joined() || u.tagged()) break;
            if (u.capitalised()) {
                j++;
                continue;
            }
            int k = afterParticles(tokens, j);
            if (k == j || k >= tokens.size() || !tokens.get(k).joined() || !tokens.get(k).capitalised()) break;
            j = k + 1;
        }
        return j;
    }

    /** The index after the name particles ("de la", "van der", "von und zu") starting at j; j if there are none. */
    private int afterParticles(List<NamesText.Token> tokens, int j) {
        int k = j;
        // "kata Agus di Balai Kota": Indonesian and Malay "di" is "in", before a place, not the Italian particle
        while (k < tokens.size() && (tokens.get(k).particle() && !(malay && tokens.get(k).text().equals("di")) || elidedAfter(tokens, k)) && tokens.get(k).joined()
                && !tokens.get(k).possessive() && joinsName(tokens, k)) k++;
        return k;
    }

    /** "in" before the elided Dutch article, a particle there only ("Jan in 't Veld"; not "Smith in London"). */
    private static boolean elidedAfter(List<NamesText.Token> tokens, int k) {
        return tokens.get(k).text().equals("in") && k + 1 < tokens.size() && tokens.get(k + 1).joined()
                && tokens.get(k + 1).particle() && tokens.get(k + 1).text().endsWith("t") && tokens.get(k + 1).length() == 2;
    }

    /** German nouns that follow "zu" in everyday phrases ("bei Anna zu Hause"), where "zu" is no particle. */
    private static final Set<String> AFTER_ZU = WordSets.of("hause", "fuß", "besuch", "gast", "ende", "beginn", "hilfe", "lande");

    /** Spanish and Catalan "and", which joins a person's two surnames ("José Ortega y Gasset", "Vicent Martí i Ferrer"). */
    private static final Set<String> CONJOINED = WordSets.of("y", "i");

    /**
     * The surname after "y" or "i" at {@code k}: one capitalised word that is no given name and ends the name, where
     * "Ana López y Juan Pérez" and "Anna Nowak i Jan Kowalski" are two people; and what goes before it is a given
     * name and a surname, where "Gdańskie Autobusy i Tramwaje" names a firm.
     */
    private boolean conjoinedSurname(List<NamesText.Token> tokens, int k) {
        if (k >= tokens.size() || k < 3 || !tokens.get(k - 2).joined()
                || !tokens.get(k - 2).given(given) && !tokens.get(k - 3).given(given)) return false;
        if (nordicPlace(tokens, k - 1)) return false;
        NamesText.Token t = tokens.get(k);
        if (!t.joined() || !t.capitalised() || t.possessive() || t.initial() || t.is(NEVER | NamesLexicon.TITLE)) return false;
        NamesText.Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
        return !(next != null && next.joined() && (next.capitalised() || next.particle())) && !t.given(given);
    }

    /**
     * "Lars-Erik Gunnarsson i Götene": "i" at k before a capitalised word in a Swedish, Norwegian or Danish article is
     * "in" a place, not the Catalan "and" that joins two surnames ("Vicent Martí i Ferrer").
     */
    private boolean nordicPlace(List<NamesText.Token> tokens, int k) {
        return nordic && k + 1 < tokens.size() && tokens.get(k).length() == 1 && tokens.get(k).first() == 'i' && tokens.get(k + 1).joined()
                && tokens.get(k + 1).capitalised();
    }

    /**
     * "und" joins a name only in "von und zu", elsewhere two names ("Anna Weber und Jan Roth"); "zu" joins one
     * ("Leonie zu Guttenberg") but not in "bei Anna zu Hause".
     */
    private boolean joinsName(List<NamesText.Token> tokens, int k) {
        String w = tokens.get(k).text();
        if (CONJOINED.contains(w)) return conjoinedSurname(tokens, k + 1);
        if (w.equals("und")) {
            return k > 0 && k + 1 < tokens.size() && tokens.get(k - 1).lower().equals("von") && tokens.get(k + 1).text().equals("zu");
        }
        return !w.equals("zu") || k + 1 >= tokens.size() || !AFTER_ZU.contains(tokens.get(k + 1).lower());
    }

    private void run(List<NamesText.Token> tokens, int from, int to, boolean headline) {
        NamesText.Token before = from > 0 && tokens.get(from).joined() ? tokens.get(from - 1) : null;
        String beforeWord = before == null ? "" : before.lower();
        if (BY.contains(beforeWord) && (from == 1 || CREDITED.contains(tokens.get(from - 2).lower()))) return;  // a byline
        // "actress Alyssa Milano", and "The Bank's chief economist, Huw Pill,"
        NamesText.Token previous = from > 0 ? tokens.get(from - 1) : null;
        // "Foto: Ana Lima", "Ảnh: Giang Huy": a credit
        if (previous != null && previous.after() == ':' && CREDITED.contains(previous.lower())) return;
        // "Por Juliana Albuquerque, g1 PE": a byline whose "by" is capitalised, so part of the run; a given name follows it
        if (from == 0 && to > 1 && BY.contains(tokens.get(0).lower()) && tokens.get(1).given(given)) return;
        // "said Dattatray Bhegade, sarpanch of …", "говорит Гульнара Сафина.": a verb of speech before a name that ends
        // the clause; one that goes on is the subject of what was said ("said Planned Parenthood's strategy was …")
        // and "säger lantbrukaren Per-Olof Lindqvist i Sjöbo": a Nordic "i" and a place after it say where the speaker is from
        boolean endsClause = (to == tokens.size() || !tokens.get(to).joined() || nordicPlace(tokens, to)) && !tokens.get(to - 1).possessive();
        boolean saidBefore = before != null && saysBefore(before) && endsClause;
        // "The town's mayor, Eleri Pryce Bowen,": a role, then the name in apposition
        boolean appositive = previous != null && previous.after() == ',' && (previous.is(NamesLexicon.DESCRIPTOR) && previous.lowerCase()
                || roleBefore(tokens, from));
        boolean cued = before != null && (before.is(NamesLexicon.DESCRIPTOR) || compoundRole(before) || saidBefore)
                || appositive
                // "el biólogo marino Andreu Climent", "la concejala socialista ...": a role, then an adjective
                // but "la concejala de Movilidad y Sostenibilidad": after a role and a preposition comes its portfolio;
                // and "по словам гидролога Олега Латыпова,": a verb of speech, then a role the lists do not hold
                || before != null && before.lowerCase() && before.joined() && !before.is(NEVER | NamesLexicon.SPEECH_WORD | NamesLexicon.PARTICLE)
                && tokens.get(from - 2).lowerCase() && (tokens.get(from - 2).is(NamesLexicon.DESCRIPTOR)
                || endsClause && saysBefore(tokens.get(from - 2)))
                || before != null && rolePhraseBefore(tokens, from);
        boolean afterThe = THE.contains(beforeWord);
        int locative = NamesPlaces.locative(tokens, from, to, given);
        int placeEnd = locative < 0 ? -1 : spanEnd(tokens, locative, to);
        if (placeEnd - locative >= 2) locatives.add(words(tokens, locative, placeEnd));
        // "in Bukit Duri, said", "the commuter group Safar Sathi, whose convener": a place or a group, whoever then speaks
        boolean thing = before != null && (before.lowerCase() || before.sentenceStart()) && LOCATIVES.contains(beforeWord)
                || NamesPlaces.ofPlace(tokens, from)
                || before != null && before.lowerCase() && before.is(NamesLexicon.ORG_WORD) && !before.is(NamesLexicon.DESCRIPTOR | NamesLexicon.TITLE)
                && !NamesLexicon.MEMBERS.contains(beforeWord)
                // but "head of school services Jane Roe", "director of the museum Jan Kos": the group is what a role is held in
                && !rolePhraseBefore(tokens, from)
                // "piazza Garibaldi", "rue Mirabeau", "aleja Jana Pawła II": a place named after a person
                // but not "mluvčí nemocnice Lenka Horáková": a role of the place names its holder
                || before != null && before.lowerCase() && before.is(NamesLexicon.PLACE_NOUN) && !NamesPlaces.roleOf(tokens, from - 1);
        // "Ugandan trader Nakato Sarah Namukasa": a role right before vouches for the first word, given name or not
        // and so does the role the name stands in apposition to, when the name fills the apposition to its comma
        boolean roleBefore = before != null && before.lowerCase() && (before.is(NamesLexicon.DESCRIPTOR) || compoundRole(before))
                || appositive && (to == tokens.size() || tokens.get(to - 1).after() == ',');
        // "các tỉnh An Giang, Đồng Tháp và Cần Thơ": the places listed after a plural place noun, up to its "and"
        boolean listed = tokens == placeList && from == placeListNext;
        // "tỉnh An Giang": a word of a place's name, which no surname said alone is ("An" is English's article)
        boolean placeNamed = listed || before != null && before.lowerCase() && before.is(NamesLexicon.PLACE_NOUN);
        if (placeNamed) namedPlaces.add(String.join(" ", words(tokens, from, to)));
        if (listed || placeNamed && from >= 2 && NamesLexicon.PLURAL_MARKERS.contains(tokens.get(from - 2).lower())) {
            thing = true;
            placeList = tokens;
            placeListNext = tokens.get(to - 1).after() == ',' ? to
                    : to + 1 < tokens.size() && tokens.get(to).joined() && AND.contains(tokens.get(to).text()) ? to + 1 : -1;
        }
        int placeAt = thing ? from : -1;                   // where a name would be a place's, after "in", "at"
        // "Commissioner for Transportation Ngozi Adeyemi-Bakare": the title's portfolio, then the name it vouches for
        // and "l'assessora alla Mobilità Mariangela Rota", "le ministre des Transports ...": the same in Italian, French, Spanish
        boolean portfolio = before != null && before.joined() && PORTFOLIO_LINKS.contains(beforeWord)
                && tokens.get(from - 2).is(NamesLexicon.TITLE);
        cued |= portfolio;
        boolean afterPortfolioLink = portfolio;
        // "Minister of Community Development, ...": the portfolio alone, no name after it
        if (portfolio && to - from <= 2 && nextGiven(tokens, from, to) == to) return;
        // "Secretary for Urban Development and Housing ...": a portfolio of two, whose given name opens no name
        if (portfolio && to - from <= 2 && to + 1 < tokens.size() && tokens.get(to).joined() && AND.contains(tokens.get(to).text())
                && tokens.get(to + 1).joined() && tokens.get(to + 1).capitalised()) return;
        if (tokens.get(from).capsInitials() && to == capsInitialsNameEnd(tokens, from)) {
            // "KS Bharadwaj", but "BBC Scotland said" has the same shape: a role before it or the surname said again
            // alone vouches for it, a verb of speech does not (see bodyName's thing); so does a title right before it,
            // which the run leaves out, since the initials are in capitals ("Dr AK Ghoshal")
            boolean titled = before != null && before.is(NamesLexicon.TITLE) && !before.lowerCase();
            if (!headline) bodyName(tokens, from, to, to, false, cued || titled, afterThe, true, false);
            return;
        }
        int givenAt = from;                               // the next given name at or after i + 2, found once per run
        int i = locative == from + 1 ? locative : from;   // "W Kazimierzu Dolnym": no initial
        int opens = nameAfterPatronymicOrPlace(tokens, from, to, before);
        if (opens >= 0) {
            i = opens;
            cued = true;
            afterThe = false;
        }
        while (i < to) {
            NamesText.Token t = tokens.get(i);
            String w = t.lower();
            // "Piazza Garibaldi", "Jalan Tun Razak", "Praça Martim Moniz": the name after a place noun is the place's, here
            // and wherever the article writes it again
            if (t.is(NamesLexicon.PLACE_NOUN) && i + 1 < to) {
                // but "Barangay Captain Ma. Theresa …": the Philippine village's word opens the title of its head
                if (VILLAGE_BEFORE_TITLE.contains(w) && tokens.get(i + 1).is(NamesLexicon.TITLE | NamesLexicon.DESCRIPTOR)) {
                    i++;
                    continue;
                }
                int j = spanEnd(tokens, i + 1, to);
                places.add(String.join(" ", words(tokens, i + 1, j)));
                i = j;
                cued = false;
                afterThe = false;
                continue;
            }
            // "Le Monde" and "Le Mans", but "Le Van Quang"
            if (t.is(NamesLexicon.NOT_FIRST_WORD) && !(t.is(NamesLexicon.SURNAME_FIRST) && i + 1 < to && tokens.get(i + 1).given(given))) {
                // but "Der Anwohner Hans-Peter Müller": a German article before a noun of role, which announces a name
                // and "Wali Kota Surabaya Rudi Hartono": a place's words, then a given name and its surname; "Der Leipziger
                // Baubürgermeister Jens-Uwe …": one word of where the role is held may stand between the article and the role
                int end = spanEnd(tokens, i, to);
                int g = end - i > 2 ? nextGiven(tokens, i + 2, end) : end;
                i = i + 1 < to && isRole(tokens.get(i + 1)) ? i + 1 : i + 3 < to && isRole(tokens.get(i + 2)) ? i + 2
                        : g + 1 < end ? g : end;
                continue;
            }
            // "Vermont Senator ...", "Major-General ...", and at a sentence start "Actress ...", "Broker ..."
            // "Pan Jerzy Malinowski" is Mr Malinowski, "Pan Gongsheng" a Chinese name: such a title leads a given name and a surname
            boolean titleAlsoSurnameFirst = t.is(NamesLexicon.SURNAME_FIRST);
            if ((t.is(NamesLexicon.TITLE) && (!titleAlsoSurnameFirst || i + 3 <= to && tokens.get(i + 1).given(given)
                    && !tokens.get(i + 1).is(NamesLexicon.SURNAME_FIRST))) || isCompoundTitle(w)
                    || t.sentenceStart() && t.is(NamesLexicon.DESCRIPTOR) || compoundRole(t) || honorific(tokens, i, to)) {
                if (i == from && to == i + 1 && !afterThe && !headline) titlesAlone.add(t.text());
                if (i + 2 == to && t.given(given) && tokens.get(i + 1).capitalised() && !tokens.get(i + 1).is(NEVER | NamesLexicon.TITLE)) {
                    titleOrGiven.add(List.of(t.text(), tokens.get(i + 1).text()));
                }
                cued = true;
                afterThe = false;
                i++;
                continue;
            }
            // the portfolio's words go while a name of two words is left after them; one before a given name goes below,
            // or opens a surname-first name ("Minister of State Tan Wei Ming")
            if (t.is(NamesLexicon.MODIFIER) || portfolio && to - i > 2 && !t.given(given) && !t.is(NamesLexicon.SURNAME_FIRST)
                    && !tokens.get(i + 1).given(given) && !tokens.get(i + 1).is(NamesLexicon.SURNAME_FIRST)) {
                afterThe = false;
                i++;
                continue;
            }
            portfolio = false;
            // "Z Anną Kowalską", "S Evou Hudecovou": a Slavic preposition of one letter opens the sentence before a given
            // name and a surname declined together, and is no initial
            if (i == from && i + 3 == to && t.length() == 1 && t.sentenceStart() && nominative(tokens.get(i + 1), tokens.get(i + 2)) != null) {
                i++;
                continue;
            }
            // "A.P.J. Abdul Kalam", "J K Rowling": initials open a name as a given name does, before a capitalised word
            // ("W.E.B. Du Bois"), but a bare letter after another word is a label ("Group C", "Plan B")
            int k = i;
            // "A R Venkatesh": "A" is an initial before another one
            while (k < to && tokens.get(k).initial()
                    && (!tokens.get(k).is(NEVER | NamesLexicon.MODIFIER) || k + 1 < to && tokens.get(k + 1).initial())) k++;
            NamesText.Token afterInitials = k < to ? tokens.get(k) : null;
            // "M. Sarr a indiqué": French "Monsieur" before a surname alone, which refers to the full name written before
            if (k == i + 1 && t.text().equals("M.") && afterInitials != null && k + 1 == to) {
                cued = true;
                i++;
                continue;
            }
            // "la línea H del Metrocable": one bare letter after a word that is no role, verb nor "and" is a label
            // ("and J K Rowling" has two)
            boolean label = t.length() == 1 && k == i + 1 && i == from && before != null && before.lowerCase()
                    && !before.is(NamesLexicon.DESCRIPTOR | NamesLexicon.TITLE | NamesLexicon.SPEECH_WORD) && !AND.contains(before.text());
            if (k > i && afterInitials != null && !label && (i == from || cued || t.length() > 1)
                    && !afterInitials.is(NEVER | NamesLexicon.TITLE | NamesLexicon.MODIFIER)
                    && (!afterInitials.is(NamesLexicon.NOT_FIRST_WORD) || afterInitials.is(NamesLexicon.PARTICLE))) {
                int j = spanEnd(tokens, k, to);
                if (j - k <= MAX_AFTER_FIRST && !headline && !tokens.get(j - 1).initial() && !tokens.get(j - 1).particle()) {
                    bodyName(tokens, i, j, to, true, cued, afterThe, thing, false);
                }
                i = j;
                cued = false;
                afterThe = false;
                continue;
            }
            // "Koperasi Tani Makmur", "Gabungan Kelompok Tani Sri Rahayu": a noun that opens an organisation's name takes
            // two words of its name after it, however much they look like a person's
            if (t.is(NamesLexicon.ORG_WORD) && NamesLexicon.ORG_FIRST.contains(w)) {
                int named = 0;
                for (i++; i < to && named < 2; i++) if (!tokens.get(i).is(NamesLexicon.ORG_WORD) && !tokens.get(i).particle()) named++;
                cued = false;
                afterThe = false;
                continue;
            }
            boolean surnameFirst = t.is(NamesLexicon.SURNAME_FIRST) && i + 1 < to;
            // "Park Ji-sung": a surname that is also a word of places opens a name before a Korean given name, and
            // "Park Seoyeon, a safety engineer," before one word that a verb of speech or a described role vouches for
            if (t.is(NEVER) && !(surnameFirst && (tokens.get(i + 1).syllables() || i + 2 == to && vouchedAfter(tokens.get(i + 1), tokens, to)))
                    || t.initial() || t.particle()) {
                if (i == 0 && w.equals("by")) return;      // a byline: "By Harriet Okonkwo-Lane"
                if (i == from && t.sentenceStart() && LOCATIVES.contains(w)) placeAt = i + 1;  // "In Little Havana, ..."
                cued = false;
                afterThe = w.equals("the");
                i++;
                continue;
            }
            boolean opener = t.sentenceStart() || headline;
            // "Nazia Bibi Chandio": before a middle part and a surname stands the given name, known or not
            // and "Gráinne Mac Cárthaigh": before an Irish particle too, which may also be a given name ("Mac")
            boolean beforeMiddle = i + 2 < to && (tokens.get(i + 1).is(NamesLexicon.MIDDLE_NAME) || GAELIC.contains(tokens.get(i + 1).lower()))
                    && tokens.get(i + 2).capitalised()
                    && !t.is(~0) && !tokens.get(i + 2).is(NEVER);
            // "Qasr Al Hosn", "Bab El Oued": a particle after a capitalised word is no given name, though "Al Gore" is one
            // and "Według Agnieszki Zielińskiej-Mróz": a given name declined with its surname, which the gazetteer knows in
            // the nominative only
            boolean nextGiven = !beforeMiddle && i + 1 < to && (tokens.get(i + 1).given(given) && !tokens.get(i + 1).is(NamesLexicon.PARTICLE)
                    || tokens.get(i + 1).is(NamesLexicon.SURNAME_FIRST)
                    || i + 3 == to && t.sentenceStart() && nominative(tokens.get(i + 1), tokens.get(i + 2)) != null) && !tokens.get(i + 1).is(NEVER);
            boolean first = t.given(given) || beforeMiddle || surnameFirst || nextGiven && NamesLexicon.NAME_OPENERS.contains(w)
                    || NamesLexicon.SHORT_GIVEN_NAMES.contains(w)
                    // a Russian pair that declines as a name vouches for none: "Власти Тверской области" are the region's authorities
                    || i + 2 == to && t.first() < CYRILLIC && nominative(t, tokens.get(i + 1)) != null;
            // "Many Sanders supporters", "Will Bernie Sanders run?", "Exchequer Kenneth Clarke": a capitalised word
            // before a given name that has a surname of its own is no part of the name
            boolean vouchedFirst = roleBefore && i == from && to - i <= MAX_AFTER_FIRST + 1
                    // "Sheikh Hamdan bin Saeed Al Nuaimi": a title written before the name, which fills the rest of the run;
                    // "Datuk Jamaluddin Abdul Ghafar" too, whose father's name opens with a given name, and a role that
                    // opens the sentence with its article elided ("L'ingegnere Pier Paolo Lo Bianco") or before particles
                    // ("Waterschapsbestuurder Ruud van de Ven", though "de" is a given name too); after another a place
                    // in the genitive may come first ("Načelnik Supetra Marino …", "Mieszkanka Naramowic …")
                    || i > from && !tokens.get(i - 1).lowerCase() && to - i >= 2 && spanEnd(tokens, i, to) == to
                    && (tokens.get(i - 1).is(NamesLexicon.TITLE) || (tokens.get(i - 1).is(NamesLexicon.DESCRIPTOR) || compoundRole(tokens.get(i - 1)))
                    && (tokens.get(i - 1).elided() || tokens.get(i + 1).particle()));
            // "Nagy Levente alpolgármester szerint": a surname written before the given name, as Hungarian does, which a
            // role and a verb of speech after the two vouch for, or after a comma a relative, an age or an apposition
            // ("Szabó Erzsébet, aki …"); and so for a given name whose surname is a given name too ("Mere Walker, who …"),
            // where a word that opens a sentence before a name goes on without a comma ("Later Maria said")
            if (!first && opener && i == from && i + 2 == to && !t.is(~0) && (roleThenSpeech(tokens, to)
                    || tokens.get(to - 1).after() == ',' && vouchedAfter(tokens.get(to - 1), tokens, to))) {
                vouchedFirst = true;
                cued = true;
            }
            // "Grace Akinyi Ouma, who sells …": a given name that is an everyday word opens a sentence before a given name
            // and a surname; the comma and what follows it vouch for the three as one name, where "Will Bernie Sanders
            // run?" has none
            if (first && opener && i == from && i + 3 == to && t.is(NamesLexicon.WORDLIKE_WORD) && tokens.get(to - 1).after() == ','
                    && vouchedAfter(tokens.get(to - 1), tokens, to)) vouchedFirst = true;
            // "Shahzaib Ahmed Gondal, a wholesale trader …", "said Ehtisham Hassan Cheema": a given name the gazetteer does not
            // know, before one it knows and a surname, is the first of three parts when the three are the whole run and
            // what follows vouches for a person. A word that opens the sentence may be a noun ("Yesterday Ana Ruiz said",
            // "Pendlaren Maria Nyström, som …"): there an apposition after the comma must name a role or an age; and one
            // after a word in lower case is a portfolio's or a place's unless a role or a verb of speech stands there
            // ("Commissioner for Transportation Ngozi …", "náměstí Svobody Petr Novotný řekl")
            boolean alone = before == null || before.is(NamesLexicon.SPEECH_WORD | NamesLexicon.DESCRIPTOR) && !thing && !portfolio;
            if (!first && alone && i == from && i + 3 == to && !t.is(~0) && tokens.get(i + 1).given(given) && !tokens.get(i + 2).given(given)
                    && !tokens.get(i + 2).is(~0) && (opener ? tokens.get(to - 1).after() == ',' && to < tokens.size()
                    && (appositionNamesRole(tokens, to) || ageAt(tokens, to)) : vouchedAfter(tokens.get(to - 1), tokens, to))) vouchedFirst = true;
            if (!vouchedFirst && nextGiven && (opener && (!first || t.is(NamesLexicon.WORDLIKE_WORD) && i + 2 < to) || !first && i + 2 < to)) {
                // but "l'assessora alla Casa Valentina …": the word right after the portfolio's link is the portfolio
                if (!first && !opener && i + 2 < to && t.length() <= SURNAME_FIRST_LONGEST && !t.is(~0) && !(afterPortfolioLink && i == from)) {
                    surnameBefore.add(words(tokens, i, spanEnd(tokens, i + 1, to)));
                }
                // "the Environment Lim Seow Kiat": "the" was the skipped word's, not the name's
                afterThe = false;
                i++;
                continue;
            }
            // "Die Anrainerin Leyla Yıldız": capitalised nouns before a given name and its surname are no part of the name
            // and so is a given name that opens a phrase longer than a name, before another given name that the run's
            // end leaves room for ("Housing and Urban Affairs Pranab Jyoti Saikia": the portfolio's "Urban")
            if (givenAt <= i + 1) givenAt = nextGiven(tokens, i + 2, to);
            if ((!first || overlong(tokens, i, to)) && !vouchedFirst && givenAt + 1 < to) {
                i++;
                continue;
            }
            // "Privatisation Minister Wieslaw Kaczmarek": a word that qualifies a title
            if (!first && i + 1 < to && tokens.get(i + 1).is(NamesLexicon.TITLE)) {
                i++;
                continue;
            }
            int j = spanEnd(tokens, i, to);
            NamesText.Token last = tokens.get(j - 1);
            if (j - i == 1 || last.initial() || last.particle()) {
                // "реке Урал": a river's name, which refers to no surname
                if (j - i == 1 && !afterThe && !headline && !placeNamed && !NamesPlaces.feature(tokens, i)) {
                    if (!lone.add(t.text())) loneAgain.add(t.text());
                    // not "Prince George's County"
                    boolean names = !t.possessive() || j == tokens.size() || !tokens.get(j).capitalised();
                    if (j == to && i > 0 && t.joined() && names) oneName(tokens.get(i - 1), t);
                    boolean speaks = j < tokens.size() && tokens.get(j).joined() && tokens.get(j).is(NamesLexicon.SPEECH_WORD);
                    if (!t.sentenceStart() || speaks) loneInside.add(t.text());
                    if (i == from && j == to && !thing && !t.possessive() && t.length() > 2 && vouchedAlone(tokens, i)) vouched.add(t.text());
                }
                i = j;
            } else if (headline) {
                i = headlineName(tokens, i, j, first);
            } else {
                // "Shops in Little Havana", "at Tim Hortons": a given name right after a preposition of place opens a
                // place or a shop, unless someone's ("in Anna Nowak's view"); a person there needs other evidence
                boolean place = i == placeAt && !tokens.get(j - 1).possessive();
                bodyName(tokens, i, j, to, first, cued && !thing, afterThe, thing, place);
                i = j;
            }
            cued = false;
            afterThe = false;
        }
    }

    /**
     * Where a name of the run opens that a patronymic vouches for ("заместитель акима Бауыржан Сейтказиевич Ахметов",
     * "Садыков Ерлан Жумабекович") or that follows a place in the genitive ("Жительница Калининграда Анна Белова");
     * -1 if neither says.
     */
    private static int nameAfterPatronymicOrPlace(List<NamesText.Token> tokens, int from, int to, NamesText.Token before) {
        for (int p = from + 1; p < to; p++) {
            if (!tokens.get(p).patronymic()) continue;
            return p + 1 < to || p - 2 < from ? p - 1 : p - 2;
        }
        int place = before != null && RESIDENTS.contains(before.lower()) ? from : RESIDENTS.contains(tokens.get(from).lower()) ? from + 1 : -1;
        return place >= 0 && to - place >= 3 ? place + 1 : -1;
    }

    /**
     * "… alpolgármester szerint", "… igazgató mondta": a role in lower case after the name, then a verb of speech; the
     * role may follow one word that says where it is held ("… szegedi gazdálkodó szerint": "farmer of Szeged").
     */
    private boolean roleThenSpeech(List<NamesText.Token> tokens, int next) {
        if (next + 2 < tokens.size() && tokens.get(next).joined() && tokens.get(next).lowerCase() && !tokens.get(next).is(~0)
                && roleThenSpeech(tokens, next + 1)) return true;
        if (next + 1 >= tokens.size()) return false;
        NamesText.Token role = tokens.get(next);
        NamesText.Token verb = tokens.get(next + 1);
        // "… mentőtiszt szerint": Hungarian writes a role as one word with what it is a role in, as German does
        return role.joined() && role.lowerCase() && (role.is(NamesLexicon.DESCRIPTOR) || compoundRole(role)) && verb.joined() && verb.is(NamesLexicon.SPEECH_WORD)
                && !RELATIVES.contains(verb.text());
    }

    /** How many lower-case words a role may stand before the name it names, with what it is a role in between. */
    private static final int ROLE_PHRASE = 5;

    /**
     * A role, then in lower case what it is a role in, right before the name: "fylkesråd for samferdsel Sigbjørn …",
     * "deputy director of the markets division Koh Boon Hui", "руководитель управления мобильности Ерлан …". The word
     * after the role ties the two ("of", "for"), or in Russian and Kazakh is the genitive that does.
     */
    private boolean rolePhraseBefore(List<NamesText.Token> tokens, int from) {
        for (int k = from - 1; k >= 0 && k >= from - ROLE_PHRASE; k--) {
            NamesText.Token t = tokens.get(k);
            // the first letter, not the word's strings: most runs have lower-case words before them
            if (!Chars.isLowerCase(t.first()) || !tokens.get(k + 1).joined() || t.is(NamesLexicon.SPEECH_WORD)) return false;
            if (k + 1 < from && (t.is(NamesLexicon.DESCRIPTOR) || t.length() >= 7 && compoundRole(t))) {
                NamesText.Token link = tokens.get(k + 1);
                return ROLE_LINKS.contains(link.text()) || link.first() >= CYRILLIC;
            }
        }
        return false;
    }

    /** The first letter of the Cyrillic block. */
    private static final char CYRILLIC = '\u0400';

    /** "Prince William", "Pope Francis"; and "striker Neymar", kept for {@link #people()} to judge. */
    private void oneName(NamesText.Token role, NamesText.Token name) {
        if (role.is(NamesLexicon.ROYAL_TITLE) && !role.lowerCase() && name.given(given)) {
            mentions.add(new Mention(List.of(role.text(), name.text()), Evidence.CUED, false));
        } else if (role.is(NamesLexicon.MONONYM_ROLE) && (role.lowerCase() || role.sentenceStart())) {
            mononyms.add(name.text());
        }
    }

    /** The Malay honorifics that "Sri" follows as their second word ("Tan Sri", "Dato' Sri", "Puan Sri"). */
    private static final Set<String> BEFORE_SRI = WordSets.of("tan", "toh", "puan", "dato", "datuk", "datin");

    /**
     * A title that is also a given name or an initial elsewhere: "Sri" after a Malay honorific ("Tan Sri Muhyiddin
     * Yassin", where "Tan" alone is a surname), and in Indonesian or Malay text "H." for Haji before a given name and a
     * surname ("H. Endang Suherman"), where English writes "H. Ross Perot".
     */
    private boolean honorific(List<NamesText.Token> tokens, int i, int to) {
        NamesText.Token t = tokens.get(i);
        // the apostrophe of "Dato'" parts it from "Sri" as punctuation would
        if (t.text().equals("Sri")) return i > 0 && BEFORE_SRI.contains(tokens.get(i - 1).lower()) && i + 1 < to;
        return malay && t.text().equals("H.") && i + 2 < to && !tokens.get(i + 1).initial() && !tokens.get(i + 2).initial();
    }

    /** Words no name holds: the never-words and the words of organisations. */
    private static final int NEVER = NamesLexicon.NEVER_WORD | NamesLexicon.ORG_WORD;

    /** "Major-General", "Secretary-General", "Commander-in-Chief": a hyphenated word that ends in a title. */
    private static boolean isCompoundTitle(String w) {
        int dash = w.lastIndexOf('-');
        return dash > 0 && (NamesLexicon.TITLES.contains(w.substring(dash + 1)) || NamesLexicon.MODIFIERS.contains(w.substring(dash + 1)));
    }

    private boolean isRole(NamesText.Token t) {
        return t.is(NamesLexicon.DESCRIPTOR) || compoundRole(t);
    }

    /** "Geschäftsführerin", "Fahrradhändler", "trafikchef": a role written as one word with what it is a role in. */
    private boolean compoundRole(NamesText.Token t) {
        // the ending's last letter first: most long words are turned away by it, before the gazetteer is asked
        return t.length() >= 7 && NamesLexicon.ROLE_ENDINGS.mayEnd(t.lastLower()) && !t.given(given)
                && NamesLexicon.endsIn(t, NamesLexicon.ROLE_ENDINGS);
    }

    /** The end of the name that starts at i: up to MAX_AFTER_FIRST words, stopping before a word no name holds. */
    private int spanEnd(List<NamesText.Token> tokens, int i, int to) {
        int j = i + 1;
        int words = 0;
        boolean particles = false;
        while (j < to && words < MAX_AFTER_FIRST) {
            int k = afterParticles(tokens, j);
            if (k > j) {
                // "Pieter van den Berg van de Hogeschool Rotterdam": particles that open an organisation's name end the
                // person's, and so does "van" after a name that has its particles ("Ahmed el Idrissi van ProRail")
                if (k < to && organisation(tokens.get(k)) || particles && AFFILIATION.contains(tokens.get(j).text())) break;
                particles = true;
                j = k;
                continue;
            }
            NamesText.Token t = tokens.get(j);
            if (t.is(NEVER) && !functionWordSurname(tokens, j, to)
                    || t.is(NamesLexicon.TITLE | NamesLexicon.MODIFIER) && !t.is(NamesLexicon.TITLE_ALSO_SURNAME)) break;
            j++;
            words++;
            if (t.is(NamesLexicon.SUFFIX)) break;
        }
        return j;
    }

    /**
     * "Benson Otieno Were said": a function word capitalised inside a sentence, last in the run, before a verb of speech
     * or a comma, is a surname; at a sentence start or in a Title Case headline a capital says nothing of it.
     */
    private static boolean functionWordSurname(List<NamesText.Token> tokens, int j, int to) {
        NamesText.Token t = tokens.get(j);
        if (!t.is(NamesLexicon.FUNCTION_WORD) || t.sentenceStart() || j + 1 != to || t.length() < 3) return false;
        if (t.after() == ',') return true;
        return to < tokens.size() && tokens.get(to).joined() && tokens.get(to).lowerCase() && tokens.get(to).is(NamesLexicon.SPEECH_WORD);
    }

    /**
     * A word that names an organisation after the particles that follow a name: a word no name holds, an organisation's
     * compound ("Fietsersbond") or a brand written with a capital inside ("ProRail"; not "McAdam", "MacLeod", "DeShawn").
     */
    private static boolean organisation(NamesText.Token t) {
        if (t.is(NEVER) || NamesLexicon.endsIn(t, NamesLexicon.ORG_ENDINGS)) return true;
        String w = t.text();
        for (int i = 3; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1)) && w.charAt(i - 2) != '-' && w.charAt(i - 1) != '\'') {
                return !w.startsWith("Mc") && !w.startsWith("Mac");
            }
        }
        return false;
    }

    /** "(MRT)": capital initials alone in brackets, as a text defines an acronym. */
    private static boolean definedAcronym(NamesText.Token t) {
        return t.after() == ')' && t.sentenceStart() && !t.joined() && t.capsInitials();
    }

    /** The name from i stops before the run's end at a word a name may hold: the run is longer than a name, and no name. */
    private boolean overlong(List<NamesText.Token> tokens, int i, int to) {
        int j = spanEnd(tokens, i, to);
        return j < to && !tokens.get(j).is(NEVER) && !tokens.get(j).particle();
    }

    /**
     * The first word from k to the run's end that is a given name, a surname written first or a middle part; the run's
     * end if none is.
     */
    private int nextGiven(List<NamesText.Token> tokens, int k, int to) {
        while (k < to && !(tokens.get(k).given(given) || tokens.get(k).is(NamesLexicon.SURNAME_FIRST | NamesLexicon.MIDDLE_NAME))
                || k < to && tokens.get(k).is(NEVER)) k++;
        return k;
    }

    /**
     * A one-word name at {@code at} is a person when a role in apposition or an age follows it, or a verb of speech, and
     * a personal pronoun then refers to it: "Sutrisno, the head of the agency, who ...", "Sutrisno, 52,", "Sutrisno
     * said he ..."; not "Moscow said it ..." nor "Jakarta, the capital". A verb of speech before it and a role after it
     * vouch as much ("dijo Curro, el dueño del quiosco"), and so do a role before it and a verb of speech after it
     * ("The village head, Sutrisno, said"; "Motorista de aplicativo, Zezinho disse"), or telling reporters.
     */
    private static boolean vouchedAlone(List<NamesText.Token> tokens, int at) {
        int next = at + 1;
        // "“…,” kata Suparman.", "“…,” said Okafor.": a verb of speech right after a quotation, and the name ending the
        // sentence, as a speaker's tag is written
        NamesText.Token name = tokens.get(at);
        if (at > 1 && name.joined() && tokens.get(at - 2).endsQuote() && saysBefore(tokens.get(at - 1))
                && (next >= tokens.size() || name.after() == '.')) return true;
        if (next >= tokens.size()) return false;
        NamesText.Token n = tokens.get(next);
        if (name.after() == ',' && (ageAt(tokens, next) || PERSON_COUNTERS.contains(n.lower())) || bracketedAge(n)) return true;
        // "Warsini, penghuni blok C yang bekerja sebagai buruh cuci, mengaku …": an apposition in lower case that names a
        // role, and a verb of speech after its comma
        if (name.after() == ',' && n.lowerCase() && speechAfterApposition(tokens, next)) return true;
        boolean role = name.after() == ',' && appositionNamesRole(tokens, next);
        boolean speech = n.joined() && n.is(NamesLexicon.SPEECH_WORD) && !PERSONAL.contains(n.lower());
        if (role && at > 0 && name.joined() && saysBefore(tokens.get(at - 1))) return true;
        boolean speaks = (speech || name.after() == ',' && n.is(NamesLexicon.SPEECH_WORD))
                && !RELATIVES.contains(n.lower());
        if (speaks && (roleBefore(tokens, at) || n.text().equals("told") && next + 1 < tokens.size()
                && AUDIENCES.contains(tokens.get(next + 1).text()))) return true;
        if (!role && !speech) return false;
        for (int k = next; k < tokens.size() && k <= next + PRONOUN_REACH; k++) {
            if (PERSONAL.contains(tokens.get(k).text())) return true;
        }
        return false;
    }

    /** How many words an apposition may hold before the verb of speech after it. */
    private static final int APPOSITION = 16;

    /** The apposition from {@code from} names a role in lower case and closes with a comma before a verb of speech, within a sentence. */
    private static boolean speechAfterApposition(List<NamesText.Token> tokens, int from) {
        boolean role = tokens.get(from).is(NamesLexicon.DESCRIPTOR);
        for (int k = from + 1; k < tokens.size() && k <= from + APPOSITION; k++) {
            NamesText.Token t = tokens.get(k);
            if (tokens.get(k - 1).after() == ',') return role && saysBefore(t);
            if (!t.joined()) return false;
            role |= t.lowerCase() && t.is(NamesLexicon.DESCRIPTOR);
        }
        return false;
    }

    /** How far after a name a personal pronoun says it is a person's ("Rosa Parks refused to give up her seat"). */
    private static final int NEAR_PRONOUN = 8;

    private static boolean pronounSoonAfter(List<NamesText.Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + NEAR_PRONOUN; k++) {
            if (PERSONAL.contains(tokens.get(k).text())) return true;
        }
        return false;
    }

    /** The personal pronouns of two or more people, English, French, Spanish and German ("they", "ils", "ellos", "beide"). */
    private static final Set<String> PLURAL = WordSets.of("they", "their", "them", "both", "ils", "leur", "leurs", "ellos",
            "ambos", "beide");

    private static boolean pluralSoonAfter(List<NamesText.Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k <= from + PRONOUN_REACH; k++) {
            if (PLURAL.contains(tokens.get(k).text())) return true;
        }
        return false;
    }

    /** A verb of speech written before its speaker ("said Yuli", "a confié Nolwenn"), not a relative pronoun. */
    private static boolean saysBefore(NamesText.Token verb) {
        return verb.lowerCase() && verb.is(NamesLexicon.SPEECH_WORD) && !RELATIVES.contains(verb.text()) && !PERSONAL.contains(verb.text());
    }

    /** How many words the clause that names a role may hold before its comma and the name in apposition. */
    private static final int ROLE_CLAUSE = 8;

    /**
     * The clause before the comma that ends just before {@code at} names a role: "The village head,", "Motorista de
     * aplicativo,", "El presidente de la cooperativa agrícola de Algemesí,". It opens a sentence with the role, in
     * lower case after an article or an adjective; what the role is a role in may be a name. Not a clause that says
     * something ("Senator Ellton explained, “Planned Parenthood's …”").
     */
    private static boolean roleBefore(List<NamesText.Token> tokens, int at) {
        if (at == 0 || tokens.get(at).joined() || tokens.get(at).sentenceStart() || tokens.get(at - 1).after() != ',') return false;
        int start = at - 1;
        while (!tokens.get(start).sentenceStart()) {
            if (start == 0 || start <= at - ROLE_CLAUSE || !tokens.get(start).joined()) return false;
            // "…, a déclaré la secrétaire d'État au Logement, Hanane …": a verb of speech opens the clause of the speaker's role
            if (saysBefore(tokens.get(start))) {
                if (start + 2 >= at) return false;
                start++;
                break;
            }
            start--;
        }
        for (int k = start; k < at && k <= start + 3; k++) {
            NamesText.Token t = tokens.get(k);
            if (t.is(NamesLexicon.DESCRIPTOR)) return true;
            if (k > start && !t.lowerCase()) return false;
        }
        return false;
    }

    /** @param place the name stands right after a preposition of place: its given name vouches for no person */
    private void bodyName(List<NamesText.Token> tokens, int i, int j, int runEnd, boolean first, boolean cued, boolean afterThe,
                          boolean thing, boolean place) {
        NamesText.Token last = tokens.get(j - 1);
        if (last.after() == '/') return;                  // "Presley Ann/Getty Images": a credit
        // "Hospital General Dr. Manuel Gea González", "Eleanor Voss Children's Hospital": the institution's namesake, and
        // so are the first words of it written alone ("moves nurses to Chris Hani Baragwanath")
        if (NamesPlaces.within(tokens, i, j)) {
            for (int p = i + 2; p <= j; p++) institutions.add(NamesPlaces.key(words(tokens, i, p)));
            return;
        }
        // "Alyssa Milano Foundation", or a longer run than a name holds; "Jose Miguel Insulza Monday" is a name
        if (j < runEnd && !tokens.get(j).is(NamesLexicon.NEVER_WORD) && !tokens.get(j).particle()) return;
        // "Van Brienenoordbrug", "Karl-Marx-Straße": a place named after a person, in one word
        if (NamesLexicon.endsIn(last, NamesLexicon.PLACE_ENDINGS)) return;
        NamesText.Token next = runEnd < tokens.size() ? tokens.get(runEnd) : null;
        // "the Rosa Parks station", "the Little Havana neighbourhood": a place noun after it, but "the Biden campaign"
        place |= next != null && next.joined() && next.lowerCase() && next.is(NamesLexicon.ORG_WORD) && !next.is(NamesLexicon.ATTRIBUTIVE_WORD)
                && !last.possessive();
        // "Abhay Rao of Hill School topped the state. … “…,” he said.": the paragraph opens with the name, and the one
        // it then has speak is it
        boolean speech = vouchedAfter(last, tokens, runEnd) || i == 0 && j - i >= 2 && speakerLater(tokens, runEnd);
        Evidence e;
        // the author's line counts only with the surname said again, as it is of a person the story names
        boolean author = i == 0 && j < tokens.size() && authorsLine(tokens, j);
        // a line that is a name and nothing else is an author box's or a credit's ("About the author / Vikram Desai"),
        // and so is one whose name is the first of its fields ("Jordan Reid · CBC News · Posted: Apr 2")
        boolean nameOnly = i == 0 && j > 1 && (j == tokens.size() || last.mark() == '\u00B7' || last.mark() == '\u2022' || last.mark() == '|');
        if (author || nameOnly) e = Evidence.BARE;
        else if (first && !place && (!afterThe || next != null && next.joined() && next.is(NamesLexicon.ATTRIBUTIVE_WORD))) e = Evidence.GIVEN;
        // "Anahera Paki-Moore and her three children": a double surname, with a pronoun of a person after it
        else if (cued || (speech || doubleSurname(last) && pronounSoonAfter(tokens, runEnd)) && !afterThe && !thing && !place) e = Evidence.CUED;
        else e = Evidence.BARE;                           // "the Vienna Philharmonic", "Hartford Courant"
        List<String> name = j - i == 2 ? nominative(tokens.get(i), last) : j - i == 3 ? russianNominative(tokens.get(i), tokens.get(i + 1), last) : null;
        if (name == null) name = words(tokens, i, j);
        // a capital that a sentence start explains says nothing of a name, unless a verb or an apposition then does
        // ("Grace Mensah, a cousin,"); capital initials are capitals wherever they stand
        boolean opening = tokens.get(i).sentenceStart() && !author && !speech && !tokens.get(i).capsInitials();
        mentions.add(new Mention(name, e, opening));
        // "Anna and Marek Nowak", "Ana and Jose dela Rosa": a given name, then a surname that particles may open
        // and "Pádraig and Nuala Ó Floinn": an Irish particle, which is capitalised; the second given name may be one the
        // gazetteer does not know, when what follows vouches for the pair ("…, who have two children,"), and then the
        // given name before "and" is the evidence
        boolean vouched = cued || speech || !place && pronounSoonAfter(tokens, runEnd);
        // and "Carmen y Luis Ortega Salas": two surnames, as Spanish and Portuguese names have them, when the first is no given name
        if ((first || vouched) && !place && (j - i == 2 || tokens.get(i + 1).particle() || j - i == 3 && (GAELIC.contains(tokens.get(i + 1).lower())
                || !tokens.get(i + 1).given(given) && !tokens.get(i + 1).initial()))) {
            sharedSurname(tokens, i, words(tokens, i + 1, j), runEnd, first ? e : Evidence.GIVEN);
        }
        String written = String.join(" ", name);
        if (vouched) {
            vouchedNames.add(written);
            persons.add(name);
        }
        if (place && e == Evidence.BARE) {               // a place, which confirms no name in the headline
            places.add(written);
            return;
        }
        surnames.add(last.text());
        this.written.add(written);
    }

    /** "Paki-Moore", "Dizon-Robles": two capitalised words of two letters or more joined by a hyphen, as double surnames are written. */
    private static boolean doubleSurname(NamesText.Token t) {
        String w = t.text();
        int dash = w.indexOf('-');
        return dash >= 2 && dash <= w.length() - 3 && w.indexOf('-', dash + 1) < 0 && Chars.isUpperCase(w.charAt(0))
                && Chars.isUpperCase(w.charAt(dash + 1)) && Chars.isLowerCase(w.charAt(dash - 1)) && Chars.isLowerCase(w.charAt(w.length() - 1));
    }

    /** The pronouns that a verb of speech has for its subject in a reported quotation ("he said", "said she"). */
    private static final Set<String> SPEAKERS = WordSets.of("he", "she");

    /**
     * From {@code from} on, the paragraph has "he" or "she" say something before it writes another given name inside
     * a sentence: the speaker is the person the paragraph opened with.
     */
    private boolean speakerLater(List<NamesText.Token> tokens, int from) {
        for (int k = from; k + 1 < tokens.size(); k++) {
            NamesText.Token t = tokens.get(k);
            NamesText.Token n = tokens.get(k + 1);
            if (t.capitalised() && !t.sentenceStart() && t.given(given)) return false;
            if (!n.joined()) continue;
            if (SPEAKERS.contains(t.text()) && n.lowerCase() && n.is(NamesLexicon.SPEECH_WORD) && !RELATIVES.contains(n.text())
                    || SPEAKERS.contains(n.text()) && saysBefore(t)) return true;
        }
        return false;
    }

    /**
     * What follows the name ending in {@code last} vouches for a person: a verb of speech ("Kim said"), or after a
     * comma an age or an apposition that names a role ("Park Seoyeon, a safety engineer,").
     */
    private static boolean vouchedAfter(NamesText.Token last, List<NamesText.Token> tokens, int next) {
        if (next >= tokens.size()) return false;
        NamesText.Token n = tokens.get(next);
        return (n.joined() || last.after() == ',') && n.is(NamesLexicon.SPEECH_WORD)
                || last.after() == ',' && (appositionNamesRole(tokens, next) || ageAt(tokens, next))
                || bracketedAge(n);
    }

    /**
     * "KS Bharadwaj", "MS Dhoni", "PJ van der Walt": capital initials and one surname, which particles may open, and no
     * more capitalised words; the index after the surname, or {@code from} if there is no such name. Not "US Army", "MP
     * Anna Nowak" nor "UN Secretary-General": the initials are no word of the lists (but the title "MS") and the surname
     * no title, organisation or never-word.
     */
    private int capsInitialsNameEnd(List<NamesText.Token> tokens, int from) {
        NamesText.Token t = tokens.get(from);
        if (!t.capsInitials() || from + 1 >= tokens.size() || t.is(NamesLexicon.ORG_WORD | NamesLexicon.DESCRIPTOR | NamesLexicon.MODIFIER)
                || t.is(NamesLexicon.NEVER_WORD) && !t.is(NamesLexicon.TITLE)) return from;
        int k = tokens.get(from + 1).joined() ? afterParticles(tokens, from + 1) : from + 1;
        if (k >= tokens.size()) return from;
        NamesText.Token s = tokens.get(k);
        if (!s.joined() || !s.capitalised() || s.tagged() || s.is(NEVER | NamesLexicon.TITLE | NamesLexicon.MODIFIER | NamesLexicon.NOT_FIRST_WORD)
                || isCompoundTitle(s.lower()) || k > from + 1 && organisation(s)) return from;
        if (k + 1 >= tokens.size() || s.possessive()) return k + 1;
        NamesText.Token after = tokens.get(k + 1);
        return !after.joined() || !after.capitalised() && !after.particle() ? k + 1 : from;
    }

    /**
     * "Anna and Marek Nowak", "Anna i Marek Nowak": a given name alone before "and" (in any of the languages) and a
     * given name with a surname is a second person of that surname. Not after a title ("Prince William and Kate Middleton").
     */
    private void sharedSurname(List<NamesText.Token> tokens, int i, List<String> surname, int runEnd, Evidence e) {
        if (i < 2 || !tokens.get(i).joined() || !tokens.get(i - 1).joined() || !AND.contains(tokens.get(i - 1).text())) return;
        NamesText.Token other = tokens.get(i - 2);
        // a given name the gazetteer does not know, when the sentence goes on of the two ("…, who have two children, …
        // when they moved in")
        if (!other.capitalised() || other.possessive() || !other.given(given) && !pluralSoonAfter(tokens, runEnd)
                || other.is(NEVER | NamesLexicon.TITLE | NamesLexicon.NOT_FIRST_WORD)
                || other.sentenceStart() && other.is(NamesLexicon.WORDLIKE_WORD)) return;
        NamesText.Token before = i >= 3 && other.joined() ? tokens.get(i - 3) : null;
        // "KL Rahul and Shubman Gill": initials in capitals open the first name
        // but "Resident Margaret and Colin Pryce": a role opens the phrase of the two
        boolean role = before != null && before.is(NamesLexicon.DESCRIPTOR) && !before.is(NamesLexicon.TITLE);
        if (before != null && !role && (before.capitalised() || Character.isUpperCase(before.first()) || before.is(NamesLexicon.TITLE))) return;
        List<String> name = new ArrayList<>(surname.size() + 1);
        name.add(other.text());
        name.addAll(surname);
        mentions.add(new Mention(name, e, other.sentenceStart()));
    }

    /**
     * ", a former Senate aide,", ", Lukashenko's political adviser,", ", president of ...": an apposition that opens
     * with an article, a possessive or a lower-case role, and names a role within its first words.
     */
    private static boolean appositionNamesRole(List<NamesText.Token> tokens, int from) {
        if (from >= tokens.size()) return false;
        NamesText.Token opening = tokens.get(from);
        // ", a retired engineer who ...": an article or a possessive opens a description, read below
        if (opening.lowerCase() && !APPOSITION_OPENERS.contains(opening.text())) {
            // ", president of the ...", ", executive director of ...", but not ", billionaire investor Gabriel Hargrove scrapped"
            boolean role = false;
            for (int k = from; k < tokens.size() && k < from + 4 && (k == from || tokens.get(k).joined()); k++) {
                String w = tokens.get(k).text();
                if (role && ROLE_LINKS.contains(w)) return true;
                if (!tokens.get(k).lowerCase()) return false;
                role |= tokens.get(k).is(NamesLexicon.DESCRIPTOR);
            }
            return false;
        }
        if (!opening.possessive() && !APPOSITION_OPENERS.contains(opening.text())) return false;
        for (int k = from; k < tokens.size() && k < from + 6 && (k == from || tokens.get(k).joined()); k++) {
            NamesText.Token t = tokens.get(k);
            if (t.lowerCase() && t.is(NamesLexicon.DESCRIPTOR)) return true;
        }
        return false;
    }

    /**
     * "Bhavna Kohli Updated: Feb 6, 2024", "Zanele Mthembu is a senior reporter covering Gauteng", "Jen Albrecht covers
     * Millbrook": a line the name opens that says who wrote the article, whose author is no person of its story.
     */
    private static boolean authorsLine(List<NamesText.Token> tokens, int next) {
        NamesText.Token n = tokens.get(next);
        if (n.is(NamesLexicon.NEVER_WORD) && BYLINE_WORDS.contains(n.lower()) || n.text().equals("covers")) return true;
        if (!n.text().equals("is") && !n.text().equals("was")) return false;
        for (int k = next + 1; k < tokens.size() && k <= next + 4 && tokens.get(k).joined(); k++) {
            if (BYLINE_TRADES.contains(tokens.get(k).text())) return true;
        }
        return false;
    }

    /** Words that follow an age in French, Spanish, Portuguese, German and Italian ("82 ans", "de 68 años", "71 Jahre alt"). */
    private static final Set<String> AGE_WORDS = WordSets.of("ans", "años", "anos", "jahre", "anni");

    /**
     * An age in apposition from {@code k}, after the name's comma: "24," and "82 ans,", "de 68 años,", "71 Jahre alt,".
     */
    private static boolean ageAt(List<NamesText.Token> tokens, int k) {
        NamesText.Token t = tokens.get(k);
        if (isAge(t)) return true;
        if (t.text().equals("de") && k + 1 < tokens.size()) t = tokens.get(++k);
        String w = t.text();
        return w.length() <= 3 && w.chars().allMatch(Character::isDigit) && t.after() == ' ' && k + 1 < tokens.size()
                && AGE_WORDS.contains(tokens.get(k + 1).lower());
    }

    /** "Sutrisno (58)", "Rina Marlina (34)": an age in brackets after the name, as Indonesian news writes it. */
    private static boolean bracketedAge(NamesText.Token t) {
        String w = t.text();
        // an opening bracket before the number makes it open a phrase, with no space alone between it and the name
        return t.sentenceStart() && !t.joined() && t.after() == ')' && w.length() <= 3 && w.chars().allMatch(Character::isDigit);
    }

    /** "Jeerasak Densakul, 24, was arrested": an age after the comma. */
    private static boolean isAge(NamesText.Token t) {
        String w = t.text();
        return t.after() == ',' && w.length() <= 3 && w.chars().allMatch(Character::isDigit);
    }

    /**
     * In a headline, the name from i that the article confirms: the longest one it also wrote elsewhere, else a given
     * name and a surname it wrote ("Maria Chen Backs Voter Turnout" gives "Maria Chen", but "Harmon Slams Nadia
     * Ortega" no "Harmon Slams"). Returns where to read on.
     */
    private int headlineName(List<NamesText.Token> tokens, int i, int j, boolean first) {
        if (!first) return i + 1;
        for (int end = j; end - i >= 2; end--) {
            if (written.contains(String.join(" ", words(tokens, i, end)))) return headlineMention(tokens, i, end);
        }
        String second = tokens.get(i + 1).text();
        return surnames.contains(second) || loneInside.contains(second) ? headlineMention(tokens, i, i + 2) : i + 1;
    }

    private int headlineMention(List<NamesText.Token> tokens, int i, int end) {
        mentions.add(new Mention(words(tokens, i, end), Evidence.GIVEN, true));
        return end;
    }

    private static List<String> words(List<NamesText.Token> tokens, int from, int to) {
        List<String> w = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) w.add(tokens.get(k).text());
        return w;
    }

    /**
     * A Czech or Polish woman's given name and surname declined together, in the nominative ("Kateřiny Novotné" as
     * Kateřina Novotná), and a Russian given name and surname ("Ивана Петрова" as Иван Петров, "с Ириной Котовой"
     * as Ирина Котова) when the written given name is none the gazetteer knows ("Александра Котова" may be either);
     * otherwise null. The gazetteer may know the declined given name too, as it folds diacritics ("Anną" as "anna").
     */
    private List<String> nominative(NamesText.Token first, NamesText.Token surname) {
        String f = first.text();
        String s = surname.text();
        for (String[] c : NamesLexicon.FEMININE_CASES) {
            // "Evy", "Ewę": a short given name keeps two letters before its ending
            if (f.length() <= c[0].length() + 1 || !f.endsWith(c[0])) continue;
            String nominative = f.substring(0, f.length() - c[0].length()) + c[2];
            String family = feminineSurname(s, c, NamesLexicon.SLAVIC_ENDINGS.contains(c[0]));
            if (family != null && given.isGiven(lower(nominative))) return List.of(nominative, family);
        }
        for (String[] c : NamesLexicon.MASCULINE_CASES) {
            if (f.length() <= c[0].length() + 2 || s.length() <= c[1].length() + 2 || !f.endsWith(c[0]) || !s.endsWith(c[1])) continue;
            // the genitive in "-a" of a surname that is not "-ski" reads so in a Polish, Czech or Slovak article only
            // ("Kelana Jaya" is a Malaysian place)
            if ((c[3].endsWith("a") || c[0].equals("a") && c[1].equals("a")) && first.given(given)
                    || c[0].equals("a") && !c[1].endsWith("iego") && !westSlavic
                    // and never of a woman's surname or a feminine adjective in the nominative ("Brama Oliwska")
                    || c[1].equals("a") && (s.endsWith("ska") || s.endsWith("cka") || s.endsWith("zka"))) continue;
            String nominative = f.substring(0, f.length() - c[0].length()) + c[2];
            // "Henrykiem": after "k" and "g" the instrumental's ending is "-iem"
            if (c[0].equals("em") && (nominative.endsWith("ki") || nominative.endsWith("gi"))) nominative = nominative.substring(0, nominative.length() - 1);
            // "Tadeuszem Pękalą": the surname's "-ą" is no nominative's either
            if (given.isGiven(lower(nominative)) || NamesLexicon.MASCULINE_SHARED.contains(c[0])
                    && (s.endsWith(c[0]) || NamesLexicon.SLAVIC_ENDINGS.contains(c[1]))) {
                String family = s.substring(0, s.length() - c[1].length()) + c[3];
                // "Grzegorzem Wróblem" is Grzegorz Wróbel, "Orłem" Orzeł: a vowel drops out of some surnames as they
                // decline, which their ending cannot give back; such a name is kept as written
                return fleetingVowel(family) ? List.of(f, s) : List.of(nominative, family);
            }
        }
        if (first.first() < CYRILLIC || first.given(given)) return null;
        for (String[][] c : NamesLexicon.RUSSIAN_CASES) {
            // with no patronymic, the surname's ending says the case and the gender
            String name = russianGiven(f, c[1]);
            String family = name == null ? null : russianSurname(s, c[2]);
            if (family != null) return List.of(name, family);
        }
        return null;
    }

    /**
     * A woman's surname in the nominative, by one row of {@link NamesLexicon#FEMININE_CASES}, each part of a double
     * surname on its own ("Kowalskiej-Nowak" is Kowalska-Nowak); null if it does not decline so. A part that ends in a
     * consonant does not decline for a woman ("z Haliną Wróbel-Kaczmarek" is Halina Wróbel-Kaczmarek): kept as written
     * when another part declines or the given name's ending is only Polish or Czech ("-ą", "-ę", "-ě"), where "Amy
     * Novak" or "Ewy Nowak" alone would be no evidence. A man's instrumental "-em", "-im" ends in "m" and is no such part.
     */
    private static String feminineSurname(String surname, String[] row, boolean slavicGiven) {
        String[] parts = surname.split("-", -1);
        boolean declined = false;
        boolean kept = false;
        StringBuilder out = new StringBuilder(surname.length() + 1);
        for (String part : parts) {
            if (out.length() > 0) out.append('-');
            if (part.length() > row[1].length() + 2 && part.endsWith(row[1])) {
                out.append(part, 0, part.length() - row[1].length()).append(row[3]);
                declined = true;
            } else if (part.length() >= 2 && consonantEnd(part)) {
                out.append(part);
                kept = true;
            } else {
                return null;
            }
        }
        return declined || kept && slavicGiven ? out.toString() : null;
    }

    /** A Polish surname cut to a consonant and "l", "ł", "r", "n" or "c" after another consonant ("Wróbl", "Orł"), which no nominative is. */
    private static boolean fleetingVowel(String surname) {
        int n = surname.length();
        if (n < 3 || "lłrnc".indexOf(surname.charAt(n - 1)) < 0) return false;
        char before = Character.toLowerCase(surname.charAt(n - 2));
        return Character.isLetter(before) && "aeiouyąęóéáíýěůú".indexOf(before) < 0;
    }

    /** Ends in a consonant other than "m", as no declined form of a Polish or Czech woman's name does. */
    private static boolean consonantEnd(String word) {
        char c = Character.toLowerCase(word.charAt(word.length() - 1));
        return Character.isLetter(c) && "aeiouyąęóéáíýěůú".indexOf(c) < 0 && c != 'm';
    }

    /**
     * A Russian given name, patronymic and surname declined together, in the nominative ("Олега Петровича Гарбера" as
     * Олег Петрович Гарбер); otherwise null. The patronymic says the case and the gender, the gazetteer which
     * nominative the given name has; a surname of no declension is kept as written.
     */
    private List<String> russianNominative(NamesText.Token first, NamesText.Token patronymic, NamesText.Token surname) {
        if (first.first() < CYRILLIC || !patronymic.patronymic()) return null;
        String p = patronymic.text();
        for (String[][] c : NamesLexicon.RUSSIAN_CASES) {
            if (!p.endsWith(c[0][0])) continue;
            String nominative = p.substring(0, p.length() - c[0][0].length()) + c[0][1];
            String name = NamesText.patronymic(nominative) ? russianGiven(first.text(), c[1]) : null;
            if (name == null) continue;
            String family = russianSurname(surname.text(), c[2]);
            return List.of(name, nominative, family == null ? surname.text() : family);
        }
        return null;
    }

    /** The nominative of a declined Russian given name by the endings of one case, if the gazetteer knows it; else null. */
    private String russianGiven(String name, String[] endings) {
        for (int g = 0; g < endings.length; g += 2) {
            if (name.length() <= endings[g].length() + 1 || !name.endsWith(endings[g])) continue;
            String nominative = name.substring(0, name.length() - endings[g].length()) + endings[g + 1];
            if (given.isGiven(lower(nominative))) return nominative;
        }
        return null;
    }

    /** The nominative of a declined Russian surname by the endings of one case; null if it ends in none of them. */
    private static String russianSurname(String surname, String[] endings) {
        for (int k = 0; k < endings.length; k += 2) {
            if (surname.length() > endings[k].length() + 2 && surname.endsWith(endings[k])) {
                return surname.substring(0, surname.length() - endings[k].length()) + endings[k + 1];
            }
        }
        return null;
    }

    /** The article's people: canonical full names, sorted. */
    List<String> people() {
        for (List<NamesText.Token> h : headlines) runs(h, true);
        for (List<String> name : surnameBefore) {
            if (loneInside.contains(name.get(0))) mentions.add(new Mention(name, Evidence.GIVEN, false));
        }
        for (List<String> name : titleOrGiven) {
            if (titlesAlone.contains(name.get(0))) mentions.add(new Mention(name, Evidence.GIVEN, false));
        }
        // one entry per first and last word, holding the fullest form written ("Christine Blasey Ford", not "Christine Ford")
        // and one entry for "Jürgen Klopp" and "Jurgen Klopp", holding the form with the diacritics
        Map<String, Mention> byEnds = new LinkedHashMap<>();
        for (Mention m : mentions) {
            byEnds.merge(NamesGazetteer.fold(m.first()) + ' ' + NamesGazetteer.fold(m.last()), m, (a, b) -> new Mention(fuller(a.words(), b.words()),
                    a.evidence().compareTo(b.evidence()) <= 0 ? a.evidence() : b.evidence(), a.opening() && b.opening()));
        }
        Map<String, Set<String>> firstsByLast = new HashMap<>();
        Set<String> firstWords = new HashSet<>();
        Tails tails = new Tails();
        for (Mention m : byEnds.values()) {
            firstsByLast.computeIfAbsent(m.last(), k -> new HashSet<>()).add(m.first());
            firstWords.add(m.first());
            tails.add(m.words());
        }
        // "Menurut Ahmad Faizal" beside "Ahmad Faizal bin Ismail": Malay and Arabic names are said without the patronymic
        Set<String> beforePatronymic = new HashSet<>();
        for (Mention m : byEnds.values()) {
            for (int k = 1; k < m.words().size(); k++) {
                if (PATRONYMICS.contains(m.words().get(k))) beforePatronymic.add(String.join(" ", m.words().subList(0, k)));
            }
        }
        // "Ana Beatriz" after "Ana Beatriz Nogueira Lima": given names alone that open a longer name are that person
        Set<String> heads = new HashSet<>();
        for (Mention m : byEnds.values()) {
            for (int k = 2; k < m.words().size(); k++) heads.add(String.join(" ", m.words().subList(0, k)));
        }
        Set<String> personKeys = new HashSet<>();
        if (!institutions.isEmpty()) for (List<String> p : persons) personKeys.add(NamesPlaces.key(p));
        Set<String> names = new HashSet<>();
        NamesPersonhood personhood = new NamesPersonhood(given, prose, language);
        for (Mention m : byEnds.values()) {
            // a pair nothing vouches for counts when its surname recurs alone, unless it only ever opened a sentence
            // ("Initially Poland", "Add Men"), where any word is capitalised
            if (m.evidence() == Evidence.BARE && (m.opening() || !lone.contains(m.last()))) continue;
            if (tails.ofAnother(m.words())) continue;
            // "Little Havana riders" in a headline read as prose is the place the text names after "in"; but "a swipe
            // at Joe Biden" is a person when "Biden" recurs alone
            String name = String.join(" ", m.words());
            if (beforePatronymic.contains(name) || acronyms.contains(m.first())) continue;
            if (heads.contains(name) && m.words().stream().allMatch(w -> given.isGiven(lower(w)))) continue;
            if (places.contains(name) && !vouchedNames.contains(name) && (!lone.contains(m.last()) || namedPlaces.contains(name))) continue;
            if (!institutions.isEmpty() && institutions.contains(NamesPlaces.key(m.words())) && !personKeys.contains(NamesPlaces.key(m.words()))) continue;
            if (!locatives.isEmpty() && NamesPlaces.declined(m.words(), locatives) && !NamesPlaces.declined(m.words(), persons)) continue;
            // "Will Biden run?" beside "Joe Biden", "Loyal Bernie bros" beside "Bernie Sanders": an everyday word that
            // only opened sentences, before a word another name holds; and anywhere before the given name that opens
            // another ("dijo Don Ernesto" beside "Ernesto Salgado Pérez": the Spanish "Don" of respect, no given name there)
            if ((m.opening() || m.words().size() == 2 && firstWords.contains(m.last())) && NamesLexicon.WORDLIKE.contains(lower(m.first()))
                    && (firstsByLast.get(m.last()).size() > 1 || firstWords.contains(m.last()))) continue;
            if (!personhood.person(m.words(), m.evidence() == Evidence.CUED || vouchedNames.contains(name))) continue;
            names.add(name);
        }
        // "dijo Ortega" beside "Manuel Ortega Ruiz": any word of a longer name is that person's back-reference
        Set<String> nameWords = new HashSet<>();
        for (Mention m : byEnds.values()) nameWords.addAll(m.words());
        for (String m : vouched) {
            if (!nameWords.contains(m) && personhood.person(List.of(m), true)) names.add(m);
        }
        for (String m : mononyms) {
            // a word of a longer name is that person's back-reference ("Milano"), never a second person
            if ((given.isGiven(lower(m)) || loneAgain.contains(m)) && !firstWords.contains(m) && !firstsByLast.containsKey(m)) names.add(m);
        }
        names.addAll(scriptNames);
        return List.copyOf(aliases.apply(names, keysWritten, lone));
    }

    /**
     * The names read backwards, word by word, as a tree: "Luther King" is the tail of "Martin Luther King", and "Blasey
     * Ford" of "Christine Blasey Ford", because a longer name goes on before it. Looking a name up costs its words,
     * where comparing it with every other name cost a list of thousands of names the square of its length.
     */
    private static final class Tails {
        private Map<String, Tails> before;

        void add(List<String> words) {
            Tails t = this;
            for (int i = words.size() - 1; i >= 0; i--) {
                if (t.before == null) t.before = new HashMap<>(4);
                t = t.before.computeIfAbsent(key(words.get(i)), k -> new Tails());
            }
        }

        boolean ofAnother(List<String> words) {
            Tails t = this;
            for (int i = words.size() - 1; i >= 0 && t != null; i--) t = t.before == null ? null : t.before.get(key(words.get(i)));
            return t != null && t.before != null;
        }

        /** "Van der Linden" opening a sentence is the tail of "Jan-Willem van der Linden": particles compare in lower case. */
        private static String key(String word) {
            String lower = lower(word);
            return NamesLexicon.PARTICLES.contains(lower) ? lower : word;
        }
    }

    /** The longer of two forms of one name, or of two as long the one written with diacritics ("Jürgen", not "Jurgen"). */
    private static List<String> fuller(List<String> a, List<String> b) {
        if (a.size() != b.size()) return b.size() > a.size() ? b : a;
        return String.join(" ", a).equals(NamesGazetteer.fold(String.join(" ", a))) ? b : a;
    }
}
