package org.dossier.extract;

import org.dossier.ingest.Chars;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Splits one text into word tokens for the people finder: keeps initials ("C.") and title abbreviations ("Sen.")
 * whole, strips possessives, skips links, and records what separates each token from the one before it, which is
 * all the finder needs to know about punctuation.
 */
final class NamesText {
    /** Abbreviations whose period belongs to the word, so "Sen. Warren" is not read as a sentence end. */
    private static final Set<String> ABBREVIATIONS = WordSets.of("sen", "sens", "rep", "reps", "gov", "govs", "dr", "mr", "mrs", "ms",
            "mx", "jr", "sr", "st", "lt", "gen", "col", "sgt", "capt", "cpt", "cmdr", "adm", "maj", "prof", "rev", "hon", "pres",
            "atty", "supt", "det", "insp", "cpl", "pvt", "amb", "del", "gens", "messrs", "mmes", "fr", "sec", "secy", "smt",
            // the short given names of South Asia and the Philippines ("Md. Ashraful Haque", "Ma. Cristina Reyes"), and the
            // titles of Spanish and Turkish ("Sra. Gómez", "Dra. Ruiz", "Doç. Dr. Ayşe Kaya", "Uzm. Dr.", "Op. Dr.", the
            // lawyer's "Av. Mehmet Kaya")
            "md", "mohd", "muhd", "ma", "sra", "srta", "dra", "dña", "doç", "uzm", "op", "av",
            // and the Philippine village before its name ("Brgy. Mandalagan")
            "brgy",
            // and the short given names of Indonesia ("Muh. Ridwan", "Moh. Hatta") and of old English records ("Wm.", "Chas.")
            "muh", "moh", "mhd", "wm", "chas", "thos", "jas");

    /**
     * One word of the text. Most words are lower case and far from any name, and no one asks for their letters: a
     * token makes its strings on first use only.
     */
    static final class Token {
        private final char[] chars;
        private final int start;
        private final int end;
        private final boolean joined;
        private final boolean sentenceStart;
        private final boolean possessive;
        private final boolean tagged;
        private final char after;
        private String text;
        private String lower;
        private int kinds = -1;
        private Boolean given;

        Token(char[] chars, int start, int end, boolean joined, boolean sentenceStart, boolean possessive, boolean tagged, char after) {
            this.chars = chars;
            this.start = start;
            this.end = end;
            this.joined = joined;
            this.sentenceStart = sentenceStart;
            this.possessive = possessive;
            this.tagged = tagged;
            this.after = after;
        }

        /** The word as written, without a possessive ending. */
        String text() {
            if (text == null) text = new String(chars, start, end - start);
            return text;
        }

        /** The word in lower case, for the word lists. */
        String lower() {
            if (lower == null) lower = text().toLowerCase(Locale.ROOT);
            return lower;
        }

        /** The last character of {@link #lower}, without making the strings for a word that ends in ASCII. */
        char lastLower() {
            char last = chars[end - 1];
            return last < 128 ? Chars.toLowerCase(last) : lower().charAt(lower().length() - 1);
        }

        /** Whether one of the given {@link NamesLexicon} lists holds the word in lower case. */
        boolean is(int kinds) {
            if (this.kinds < 0) {
                this.kinds = ascii() ? NamesLexicon.kinds(chars, start, end) : NamesLexicon.kinds(lower());
                if (this.kinds == 0) this.kinds = beforeCaseEnding();
                if (this.kinds == 0) this.kinds = afterElision();
            }
            return (this.kinds & kinds) != 0;
        }

        /**
         * The lists of the word before a Turkish case ending, which an apostrophe joins to a name ("Atatürk Caddesi'ne",
         * "Cemal Gürsel Caddesi'nde"): a short lower-case ending after a word of three letters or more.
         */
        private int beforeCaseEnding() {
            for (int i = end - 2; i >= start + 3 && i >= end - 6; i--) {
                if (chars[i] != '\'' && chars[i] != '\u2019') continue;
                for (int k = i + 1; k < end; k++) if (!Chars.isLetter(chars[k]) || Chars.isUpperCase(chars[k])) return 0;
                return NamesLexicon.kinds(lower().substring(0, i - start));
            }
            return 0;
        }

        /**
         * The lists of the word after an elided French or Italian article or preposition ("L'assessora", "dell'assessore",
         * "l'adjointe"): up to four letters and an apostrophe, then a word of three letters or more.
         */
        private int afterElision() {
            for (int i = start + 1; i <= start + 4 && i < end - 3; i++) {
                if (chars[i] == '\'' || chars[i] == '\u2019') return NamesLexicon.kinds(lower().substring(i + 1 - start));
                if (!Chars.isLetter(chars[i])) return 0;
            }
            return 0;
        }

        /** "L'ingegnere", "dell'assessore": an article or a preposition elided before the word, as French and Italian write it. */
        boolean elided() {
            for (int i = start + 1; i <= start + 4 && i < end - 3; i++) {
                if (chars[i] == '\'' || chars[i] == '\u2019') return true;
                if (!Chars.isLetter(chars[i])) return false;
            }
            return false;
        }

        /** Whether the gazetteer knows the word as a given name; asked once per token, as the word and as the next one. */
        boolean given(NamesGazetteer gazetteer) {
            if (given == null) given = ascii() && !hyphenated() ? gazetteer.isGiven(chars, start, end) : gazetteer.isGiven(lower());
            return given;
        }

        /** Most words are: then the word lists are asked without making the word's strings. */
        private boolean ascii() {
            return WordTable.ascii(chars, start, end);
        }

        private boolean hyphenated() {
            for (int i = start; i < end; i++) if (chars[i] == '-') return true;
            return false;
        }

        /** Written in lower case, as the word lists are. */
        boolean lowerCase() {
            return text().equals(lower());
        }

        /** A name particle as written ("de", "van"; not "De"). */
        boolean particle() {
            return is(NamesLexicon.PARTICLE) && lowerCase();
        }

        int length() {
            return end - start;
        }

        char first() {
            return chars[start];
        }

        /** Only spaces (no punctuation, no line break) separate it from the previous token. */
        boolean joined() {
            return joined;
        }

        /** It opens a sentence, a quotation or the text. */
        boolean sentenceStart() {
            return sentenceStart;
        }

        /** It was written with "'s" or a trailing apostrophe. */
        boolean possessive() {
            return possessive;
        }

        /** It follows '#', '@' or '/' (hashtag, handle, credit line or path), or a '©' before it, so it is no name. */
        boolean tagged() {
            return tagged;
        }

        /** The character right after the token (after the possessive), or 0 at the end. */
        char after() {
            return after;
        }

        /** A quotation closes right after the token ("…far,” kata", "…late.\" said"): what follows may name its speaker. */
        boolean endsQuote() {
            for (int k = end; k < chars.length && chars[k] != ' ' && chars[k] != '\u00A0'; k++) {
                char c = chars[k];
                if (c == '"' || c == '\u201D' || c == '\u00BB' || c == '\u201C' || c == '\u00AB') return true;
            }
            return false;
        }

        /** The first character after the token that is no space ("·" in "Jordan Reid · CBC News"), or 0 at the end. */
        char mark() {
            int k = end;
            while (k < chars.length && (chars[k] == ' ' || chars[k] == '\u00A0')) k++;
            return k < chars.length ? chars[k] : 0;
        }

        /** Capitalised like a name: an upper-case first letter, no digits, not all capitals unless an initial. */
        boolean capitalised() {
            // "al-Sisi", "el-Sayed": the Arabic article is written in lower case before the capital, and so is the
            // French and Italian elided "de" ("Giscard d'Estaing", "Jean-Pierre d'Alençon")
            int from = end - start > 3 && (chars[start] == 'a' || chars[start] == 'e') && chars[start + 1] == 'l' && chars[start + 2] == '-'
                    ? start + 3 : end - start > 2 && chars[start] == 'd' && (chars[start + 1] == '\'' || chars[start + 1] == '\u2019')
                    ? start + 2 : start;
            if (!Chars.isUpperCase(chars[from])) return false;
            if (initial()) return true;
            // "GDRs", "MPs", "CEOs": an acronym's plural, not a name ("McAllister", "DeShawn" have a lower second letter)
            if (end - from > 1 && Chars.isUpperCase(chars[from + 1])) return false;
            boolean lower = false;
            boolean partStart = true;
            for (int i = from; i < end; i++) {
                char c = chars[i];
                if (Chars.isDigit(c)) return false;
                if (c == '-' || c == '\u2010') {
                    partStart = true;
                    continue;
                }
                // "Sanders-supporting" is an adjective, "Ocasio-Cortez" a name, and so is "Moon Jae-in"
                if (partStart && Chars.isLetter(c) && !Chars.isUpperCase(c)) return syllables();
                partStart = false;
                if (Chars.isLowerCase(c)) lower = true;
            }
            return lower;
        }

        /**
         * "Jae-in", "Ji-sung", "Jong-un": a Korean given name, two romanised syllables joined by a hyphen, the second in
         * lower case. Words so written that are no Korean syllables ("Kyiv-based", "Ex-wife", "Anti-war") are not.
         */
        boolean syllables() {
            return Chars.isUpperCase(chars[start]) && KOREAN_GIVEN.matcher(lower()).matches();
        }

        /**
         * "KS", "MS", "KL": initials written in capitals without full stops, as South Asian news writes them before a
         * surname ("KS Bharadwaj"); the same shape as an acronym ("BBC"), which only what follows tells apart.
         */
        boolean capsInitials() {
            if (end - start < 2 || end - start > 3) return false;
            for (int i = start; i < end; i++) if (chars[i] < 'A' || chars[i] > 'Z') return false;
            return true;
        }

        /**
         * "Жумабекович", "Сергеевна", "Vladimirovich", "Жумабекұлы": a patronymic, which stands between a given name and
         * a surname (or after both, in the order of forms) and so vouches for the person.
         */
        boolean patronymic() {
            if (!Chars.isUpperCase(chars[start])) return false;
            // read in place: every word of every run is asked, and a name's letters after the first are lower case
            for (String e : PATRONYMIC_CASE_ENDINGS) {
                int from = end - e.length();
                if (from < start + 3) continue;
                int k = 0;
                while (k < e.length() && chars[from + k] == e.charAt(k)) k++;
                if (k == e.length()) return true;
            }
            return false;
        }

        /** "C.", "J.K." or the "D" of "D Y Chandrachud": an initial (or several), kept as written in a name. */
        boolean initial() {
            // a Russian initial takes its full stop, and a capital alone is a word ("В Казани": "in Kazan")
            if (end - start == 1) return Chars.isUpperCase(chars[start]) && chars[start] < CYRILLIC;
            if (chars[end - 1] != '.') return false;
            for (int i = start; i < end; i += 2) {
                if (!Chars.isUpperCase(chars[i]) || i + 1 >= end || chars[i + 1] != '.') return false;
            }
            return true;
        }
    }

    /** The endings of Russian, Ukrainian and Kazakh patronymics, in Cyrillic and as English news spells them. */
    private static final List<String> PATRONYMIC_ENDINGS = List.of("ович", "евич", "ьич", "овна", "евна", "ична", "ұлы", "қызы",
            "улы", "кызы", "ovich", "evich", "ovna", "evna", "yevich", "ovych", "ivna", "uly", "kyzy");

    /** Those endings, and a Russian patronymic's in the oblique cases ("Петровича", "Олеговной"; see NamesLexicon.RUSSIAN_CASES). */
    private static final List<String> PATRONYMIC_CASE_ENDINGS = Stream.concat(PATRONYMIC_ENDINGS.stream(),
            Stream.of("вича", "вичу", "вичем", "виче", "ьича", "ьичу", "ьичем", "ьиче", "вны", "вне", "вну", "вной", "чны", "чне", "чну",
                    "чной")).toList();

    /** "Петрович", "Олеговна": a patronymic in the nominative. */
    static boolean patronymic(String word) {
        for (String e : PATRONYMIC_ENDINGS) if (word.length() >= e.length() + 3 && word.endsWith(e)) return true;
        return false;
    }

    /** The first letter of the Cyrillic block. */
    private static final char CYRILLIC = '\u0400';

    /** Two syllables of romanised Korean or Chinese: an onset, a vowel (with its glide) and a final that Korean allows. */
    private static final Pattern KOREAN_GIVEN;

    static {
        // with the onsets and vowels of Mandarin and Cantonese too ("Yu-ting", "Wing-sze", "Xiao-ming"), and of the
        // Wade-Giles spelling Taiwan writes ("Chih-hao", "Hsiao-wen", "Chieh-yu")
        String syllable = "(?:kk|tt|pp|ss|jj|ch|sz|ts|zh|sh|hs|[gkndtrlmbpsjhzxqcf])?[wy]?"
                + "(?:iao|ieh|uei|uai|ae|eo|eu|ui|oe|ee|oo|ou|ai|ao|ei|ia|ie|ih|io|iu|ua|uo|a|e|i|o|u)(?:ng|[knltmp])?";
        KOREAN_GIVEN = Pattern.compile(syllable + "-" + syllable);
    }

    private static final int ABBREVIATION_LONGEST = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    private NamesText() {}

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5);
        // The scanning loops read an array: under C1 (see BoundedHeap) each charAt is a call with its own bounds check.
        char[] chars = text.toCharArray();
        int n = chars.length;
        int i = 0;
        boolean joined = false;       // only spaces since the previous token
        boolean opens = true;         // a sentence, quotation or the text starts here
        boolean credit = false;       // after "©", up to the next punctuation: a photo credit's words
        while (i < n) {
            char c = chars[i];
            if (c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F') {
                i++;
                continue;
            }
            // Lifeguard Sipho "Sparks" Zungu: a nickname in quotes between two words of a name leaves them one name
            if (joined && (c == '"' || c == '\u201C')) {
                int after = nicknameEnd(chars, i, out.get(out.size() - 1));
                if (after > i) {
                    i = after;
                    continue;
                }
            }
            credit = c == '\u00A9' || credit && Chars.isLetterOrDigit(c);
            // "Wouter van 't Hoog", "Jan in 't Veld": the Dutch article elided to "'t" is a particle of the name
            int elided = joined ? elidedArticleEnd(chars, i, out.get(out.size() - 1)) : i;
            if (elided > i) {
                out.add(new Token(chars, i, elided, true, false, false, false, elided < n ? chars[elided] : 0));
                i = elided;
                continue;
            }
            if (!Chars.isLetterOrDigit(c)) {
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\n' || c == '\r' || c == '\u201C' || c == '"'
                        || c == '\u2018' || c == '(' || c == '[' || c == '\u2014' || c == '\u2013' || c == '\u2026') opens = true;
                joined = false;
                i++;
                continue;
            }
            // Links start with h, p or w: most words need no closer look.
            if ((c == 'h' || c == 'p' || c == 'w') && isLink(text, i)) {
                while (i < n && !Chars.isWhitespace(chars[i])) i++;
                joined = false;
                opens = false;
                continue;
            }
            int start = i;
            // "Ganesan s/o Pillai", "Kavitha d/o Raman", "Suresh a/l Krishnan": "son of", "daughter of", as Singapore
            // and Malaysia write an Indian name, one particle and no credit line's slash
            i = kinshipEnd(chars, i);
            if (i == start) i = wordEnd(chars, i);
            boolean possessive = false;
            int end = i;
            if (i + 1 < n && isApostrophe(chars[i]) && (chars[i + 1] == 's' || chars[i + 1] == 'S')
                    && (i + 2 >= n || !Chars.isLetterOrDigit(chars[i + 2]))) {
                possessive = true;
                i += 2;
            } else if (i < n && isApostrophe(chars[i]) && chars[i - 1] == 's'
                    && (i + 1 >= n || !Chars.isLetterOrDigit(chars[i + 1]))) {
                possessive = true;
                i += 1;
            } else if (i < n && chars[i] == '.' && keepsPeriod(text, start, i)) {
                i = end = initialsEnd(text, i);
            }
            char before = start > 0 ? chars[start - 1] : 0;
            boolean tagged = before == '#' || before == '@' || before == '/' || credit;
            char after = i < n ? chars[i] : 0;
            out.add(new Token(chars, start, end, joined && !out.isEmpty(), opens, possessive, tagged, after));
            joined = true;
            opens = false;
        }
        return out;
    }

    /**
     * Where the name goes on after a nickname that opens at {@code quote}: one capitalised word in quotes, written
     * after a capitalised word and before one ("Sipho \"Sparks\" Zungu", "Mary “Molly” Brown"); {@code quote} if none.
     */
    private static int nicknameEnd(char[] chars, int quote, Token previous) {
        if (!Chars.isUpperCase(previous.first())) return quote;
        int start = quote + 1;
        if (start >= chars.length || !Chars.isUpperCase(chars[start])) return quote;
        int end = wordEnd(chars, start);
        if (end >= chars.length || chars[end] != (chars[quote] == '"' ? '"' : '\u201D')) return quote;
        int next = end + 1;
        if (next + 1 >= chars.length || chars[next] != ' ' || !Chars.isUpperCase(chars[next + 1])) return quote;
        return next;
    }

    /** The end of "s/o", "d/o", "a/l" or "a/p" written as a word at {@code i}; {@code i} if none is there. */
    private static int kinshipEnd(char[] chars, int i) {
        int n = chars.length;
        if (i + 2 >= n || chars[i + 1] != '/' || i > 0 && Chars.isLetterOrDigit(chars[i - 1])
                || i + 3 < n && Chars.isLetterOrDigit(chars[i + 3])) return i;
        char a = chars[i];
        char b = chars[i + 2];
        return (a == 's' || a == 'd') && b == 'o' || a == 'a' && (b == 'l' || b == 'p') ? i + 3 : i;
    }

    /**
     * The end of "'t" at {@code i} after "van" or "in", the Dutch article elided as names keep it; {@code i} if it is not
     * there. Any other apostrophe before a letter opens a quotation.
     */
    private static int elidedArticleEnd(char[] chars, int i, Token previous) {
        int n = chars.length;
        if (!isApostrophe(chars[i]) || i + 1 >= n || chars[i + 1] != 't' || i + 2 < n && Chars.isLetterOrDigit(chars[i + 2])) return i;
        String p = previous.text();
        return p.equals("van") || p.equals("in") ? i + 2 : i;
    }

    /** Letters and digits, with inner hyphens and apostrophes ("O'Rourke", "Ocasio-Cortez"). */
    private static int wordEnd(char[] text, int i) {
        int n = text.length;
        while (i < n) {
            char c = text[i];
            if (Chars.isWordPart(c)) i++;
            else if ((c == '-' || c == '\u2010' || c == '\'' || c == '\u2019') && i + 1 < n && Chars.isLetter(text[i + 1])
                    && !(isApostrophe(c) && (text[i + 1] == 's' || text[i + 1] == 'S')
                    && (i + 2 >= n || !Chars.isLetterOrDigit(text[i + 2])))) i++;
            else break;
        }
        return i;
    }

    /** A single capital ("C.") or a known abbreviation ("Sen.") keeps its period. */
    private static boolean keepsPeriod(String text, int start, int dot) {
        if (dot - start == 1 && Chars.isUpperCase(text.charAt(start))) return true;
        // every sentence ends in a word and a period: only a short word can be an abbreviation
        return dot - start <= ABBREVIATION_LONGEST && ABBREVIATIONS.contains(text.substring(start, dot).toLowerCase(Locale.ROOT));
    }

    /** After "J." also takes "K." in "J.K." and "P.J." in "A.P.J."; returns the index after the last period taken. */
    private static int initialsEnd(String text, int dot) {
        int i = dot + 1;
        while (i + 1 < text.length() && Character.isUpperCase(text.charAt(i)) && text.charAt(i + 1) == '.'
                && (i + 2 >= text.length() || !Character.isLetter(text.charAt(i + 2)) || isInitial(text, i + 2))) i += 2;
        return i;
    }

    private static boolean isInitial(String text, int i) {
        return i + 1 < text.length() && Character.isUpperCase(text.charAt(i)) && text.charAt(i + 1) == '.';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isLink(String text, int i) {
        return text.startsWith("http", i) && text.startsWith("://", text.startsWith("https", i) ? i + 5 : i + 4)
                || text.startsWith("pic.twitter.com", i) || text.startsWith("www.", i);
    }
}
