package org.dossier.clean;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines that are notes about the page, not its story, each told by what it speaks of rather than by one outlet's words:
 * <ul>
 *   <li>{@code correction}: a correction's label, then a sentence about the article's earlier version ("Correction: An
 *       earlier version of this article said …", "Rectificatif : une version précédente …", "Поправка: в
 *       первоначальной версии материала …"). The archive keeps the version it was given; the outlet's note on what an
 *       earlier one said is about a page the archive does not hold.</li>
 *   <li>{@code funding}: a sentence whose subject is the story itself and which says who supported or paid for it
 *       ("This story was produced with support from …", "Dieser Beitrag entstand mit Unterstützung …", "Материал
 *       подготовлен при поддержке …").</li>
 *   <li>{@code save-prompt}: a prompt to sign in so as to save the article for later ("Log in, register or subscribe
 *       to save articles for later.", "Inicia sesión para guardar este artículo"), or a save button's label
 *       ("Artikel merken").</li>
 * </ul>
 * An editor's note stays: it tells the article's reader something about the text they read (that it was updated, what
 * it leaves out, who its author is), and the public benchmark's hand-made gold keeps it as the article's text too.
 * Each note is read in English, French, German, Spanish, Russian, Italian, Portuguese and Dutch.
 *
 * <pre>{@code PageNotes.kind("Correction: An earlier version of this article misstated the date.")  // Optional[correction]}</pre>
 */
final class PageNotes {
    /** A note is a sentence or two; a longer paragraph that opens so is the story's (an article about corrections). */
    private static final int MAX_LENGTH = 400, BUTTON_WORDS = 4, PROMPT_LENGTH = 200, PROMPT_WORDS = 20;

    /** The first word of a correction's label, lower case: a line opening with none of them is no correction. */
    private static final Set<String> CORRECTION_OPENERS = Set.of("correction", "corrections", "clarification", "rectificatif",
            "rectification", "erratum", "errata", "korrektur", "berichtigung", "richtigstellung", "corrección", "correccion", "fe",
            "aclaración", "поправка", "исправление", "уточнение", "correzione", "rettifica", "precisazione", "correção", "correcção",
            "retificação", "correctie", "rectificatie", "herstel");
    /** The label, a colon or dash after it, then the note: "Correction:", "Rectificatif :", "Fe de erratas:", "Correction —". */
    private static final Pattern CORRECTION = Pattern.compile("(?:\\p{L}+(?: de erratas| appended)?)\\s*(?::|[—–-]|\\.)\\s+\\S.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** What a correction speaks of: the article, its earlier version, what it got wrong. */
    private static final Pattern ABOUT_THE_ARTICLE = Pattern.compile("earlier version|previous version|original version|"
            + "this (?:article|story|report|piece)|originally|misstated|incorrectly|misidentified|misspelled|wrongly|"
            + "version précédente|précédente version|première version|cet article|ce reportage|par erreur|erronément|"
            + "früheren version|vorherigen version|ursprünglichen version|dieses (?:artikels|beitrags|textes)|fälschlich|irrtümlich|"
            + "versión anterior|versión original|esta nota|este artículo|esta información|por error|erróneamente|"
            + "версии|ранее|ошибочно|в материале|"
            + "versione precedente|questo articolo|erroneamente|per errore|"
            + "versão anterior|desta reportagem|deste texto|desta matéria|deste artigo|"
            + "eerdere versie|vorige versie|dit artikel|abusievelijk|ten onrechte",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The first word of a sentence about the story itself: a demonstrative, or the Russian noun that stands for one. */
    private static final Set<String> FUNDING_OPENERS = Set.of("this", "cet", "ce", "cette", "dieser", "diese", "dieses", "este", "esta",
            "questo", "questa", "dit", "deze", "материал", "публикация", "статья", "репортаж");
    /**
     * The story named as the subject with a demonstrative ("this story", "cet article", "dieser Beitrag", "esta
     * reportagem"; not "the project", which a story reports on), then within the sentence a word saying someone
     * supported or paid for it. Russian names the story ("Материал подготовлен при поддержке …") and says it was made.
     */
    private static final Pattern FUNDING = Pattern.compile("(?:(?:this|cet|ce|cette|dieser|diese|dieses|este|esta|questo|questa|dit|deze)"
            + "\\s+(?:story|article|report|reporting|coverage|content|series|piece|investigation|feature|podcast|episode|reportage|"
            + "contenu|enquête|série|beitrag|artikel|text|bericht|recherche|serie|reportaje|artículo|nota|contenido|investigación|crónica|"
            + "articolo|servizio|contenuto|inchiesta|reportagem|matéria|conteúdo|texto|artigo|verhaal|stuk|productie)"
            + "|(?:материал|публикация|статья|репортаж)\\s+(?:подготовлен|создан|выпущен|реализован|опубликован)\\p{L}*)\\b[^.!?]{0,160}?"
            + "(?:support|funding|funded|grant|made possible|in partnership|soutien|financ|partenariat|unterstützung|gefördert|"
            + "förderung|finanziert|apoyo|colaboración|поддержк|финансир|грант|sostegno|supporto|contributo|apoio|steun|"
            + "gefinancierd|mogelijk gemaakt)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Asking the reader to sign in, register or subscribe. */
    private static final Pattern SIGN_IN = Pattern.compile("log ?in|sign ?in|sign up|register|subscribe|create an account|"
            + "connecte|identifie|inscri|abonne|anmeld|melden sie sich|registrier|einlogg|inicia|iniciar|regístra|registra|suscr|"
            + "войд|войти|авториз|зарегистр|accedi|abbona|entre|faça login|cadastr|assine|inlogg|registreer|abonneer|meld je aan",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Keeping the article to read later: the verb, or the list it goes to. */
    private static final Pattern SAVE = Pattern.compile("save|bookmark|reading list|read (?:it )?later|sauvegard|enregistr|favoris|"
            + "plus tard|speicher|merken|merkliste|später lesen|guardar|favoritos|más tarde|сохран|закладк|salva|preferiti|"
            + "mais tarde|opslaan|bewaren|leeslijst|later lezen", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** What a save button keeps: the article. */
    private static final Pattern ARTICLE = Pattern.compile("article|story|artikel|artículo|articolo|artigo|статью|материал|later|"
            + "plus tard|später|más tarde|mais tarde", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PageNotes() {}

    /** The kind of note the line is, or empty for a line that may be the story's. */
    static Optional<String> kind(String line) {
        if (line.length() > MAX_LENGTH) return Optional.empty();
        String first = firstWord(line);
        if (first.isEmpty()) return Optional.empty();
        if (CORRECTION_OPENERS.contains(first) && CORRECTION.matcher(line).matches() && ABOUT_THE_ARTICLE.matcher(line).find()) {
            return Optional.of("correction");
        }
        if (FUNDING_OPENERS.contains(first) && FUNDING.matcher(line).lookingAt()) return Optional.of("funding");
        if (line.length() <= PROMPT_LENGTH && isSavePrompt(line)) return Optional.of("save-prompt");
        return Optional.empty();
    }

    /**
     * "Log in, register or subscribe to save articles for later", "To save this article, sign in": a short request that
     * opens with signing in or saving and holds both, and what is saved. Or a button of a few words: "Save article",
     * "Artikel merken". A story's sentence that happens to hold the words opens otherwise.
     */
    private static boolean isSavePrompt(String line) {
        // most lines are longer than a button: spaces counted, not words, to tell
        int spaces = 0;
        for (int i = 0; i < line.length() && spaces < BUTTON_WORDS; i++) if (line.charAt(i) == ' ') spaces++;
        if (spaces < BUTTON_WORDS) return !Sentences.endsLikeSentence(line) && SAVE.matcher(line).find() && ARTICLE.matcher(line).find();
        boolean opensWithSave = SAVE.matcher(line).lookingAt() || line.startsWith("To ") && SAVE.matcher(line).region(3, line.length()).lookingAt();
        if (!opensWithSave && !SIGN_IN.matcher(line).lookingAt()) return false;
        if (Substance.words(line) > PROMPT_WORDS || !ARTICLE.matcher(line).find()) return false;
        return (opensWithSave || SAVE.matcher(line).find()) && SIGN_IN.matcher(line).find();
    }

    /** The line's first word in lower case, letters of any script. */
    private static String firstWord(String line) {
        int end = 0;
        while (end < line.length() && end < 24 && Character.isLetter(line.charAt(end))) end++;
        return line.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
