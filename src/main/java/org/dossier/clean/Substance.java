package org.dossier.clean;

import org.dossier.ingest.Chars;
import org.dossier.ingest.Seed;
import org.dossier.report.Removals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Judges whether a cleaned seed holds an article, and when it does not, says what it is instead: a cookie-consent
 * wall, a login page, a subscription wall, an error or search page, a list of other stories' headlines (an author's,
 * tag's or section's archive), a page of navigation, or a page with no text left. Length alone decides
 * nothing: a news brief of a headline and one sentence is an article, and a consent wall of a hundred words is not.
 *
 * <p>Each line (the headline, the kept blocks, and the lines cleaning took out as page furniture) is classed by its
 * shape and words: a <em>wall</em> line is dense with consent, sign-in or subscribe language (English, French,
 * German, Spanish, Russian, and for consent also Italian, Portuguese, Dutch, Polish and the Scandinavian languages); a <em>menu</em> line is a row of links or a label of a few words; a <em>prose</em> line is
 * anything else, and a <em>sentence</em> when it is at least six words ending as sentences end. A seed whose lines are
 * mostly wall and menu, with less prose than a brief, is rejected with the reason.
 */
final class Substance {
    /** Fewer words than this, and no headline with a sentence under it, is no article. */
    static final int MIN_WORDS = 20;
    /** A line with at least one of its words in {@link Wall} per this many words is a wall's line, not prose. */
    private static final int WORDS_PER_CUE = 8;
    /** Lines shorter than this that are no sentence are menu items or labels. */
    private static final int MENU_ITEM_WORDS = 4;
    private static final int SENTENCE_WORDS = 6;
    /**
     * A teaser is the headline, a standfirst's sentence or two and the text's first sentence cut short: an article cut
     * at its wall has no more.
     */
    private static final int TEASER_WORDS = 80, TEASER_SENTENCES = 2;
    /** Wall lines enough, with no sentence that reports, to make a page the wall. */
    private static final int SILENT_WALL_LINES = 2;
    /** Kinds of removal whose text was on the page as the reader saw it: they count towards what the page is. */
    private static final Set<String> PAGE_KINDS = Set.of("cookie", "newsletter", "social", "ad", "read-more", "copyright",
            "navigation", "section-label", "site-name", "boilerplate-block", "recurring-line", "wall");

    /** What a wall asks of the reader, with the words that ask it and the reason given when they fill the page. */
    enum Wall {
        CONSENT("cookie-consent wall", "ask to accept cookies or tracking", "save the page again after answering the consent prompt",
                "cookie\\p{L}*|куки|consent\\p{L}*|privacy|partners?|personali[sz]\\p{L}*|advertis\\p{L}*|tracking|trackers?|"
                        + "accept(?: all)?|reject(?: all)?|preferences?|settings|vendors?|legitimate interests?|devices?|"
                        + "measurement|data protection|opt[- ]out|"
                        + "consentement|accepter|acceptez|refuser|témoins|confidentialité|vie privée|partenaires|paramètres|préférences|traceurs?|"
                        + "publicités?|personnalis\\p{L}*|données personnelles|"
                        + "einwilligung\\p{L}*|zustimm\\p{L}*|einverstanden|akzeptieren|ablehnen|datenschutz\\p{L}*|privatsphäre|einstellungen|"
                        + "werbung|"
                        + "consentimiento|aceptar|rechazar|privacidad|socios|configuración|preferencias|publicidad|"
                        + "datos personales|"
                        + "согласи\\p{L}*|принять|принимаю|отклонить|конфиденциальност\\p{L}*|персональн\\p{L}* данн\\p{L}*|"
                        + "настройк\\p{L}*|партн[её]р\\p{L}*|реклам\\p{L}*|"
                        + "consenso|acconsent\\p{L}*|accetta|accetto|accettare|rifiuta|rifiutare|impostazioni|preferenze|pubblicit\\p{L}*|annunci|"
                        + "informativa|tracciamento|dati personali|"
                        + "aceitar|aceito|aceite|rejeitar|recusar|parceiros|preferências|configurações|privacidade|dados pessoais|"
                        + "toestemming|accepteren|weigeren|instellingen|voorkeuren|advertenties|persoonsgegevens|akkoord|"
                        + "ciasteczk\\p{L}*|zgoda|zgodę|zgody|zgodzie|akceptuj\\p{L}*|odrzuć|odrzucam|ustawienia|ustawień|preferencj\\p{L}*|partnerzy|partnerów|"
                        + "prywatnoś\\p{L}*|reklam\\p{L}*|dane osobowe|danych osobowych|"
                        + "godkänn\\p{L}*|avvisa|samtyck\\p{L}*|samtykke|inställningar|indstillinger|innstillinger|integritetspolicy|integritetsskydd|"
                        + "annons\\p{L}*|personuppgifter|personvern|privatlivs\\p{L}*|godkend\\p{L}*|godta"),
        LOGIN("login page", "ask to sign in", "save the article while signed in",
                "sign[- ]?in|log[- ]?in|log on|password|username|user name|e-?mail(?: address)?|remember me|forgot\\p{L}*|"
                        + "accounts?|register|registration|sign[- ]?up|"
                        + "se connecter|connectez-vous|connexion|mot de passe|identifiant|créer un compte|compte|s'inscrire|"
                        + "inscription|adresse e-?mail|oublié|"
                        + "anmelden|anmeldung|angemeldet|einloggen|passwort|kennwort|benutzername|registrieren|konto|e-?mail-adresse|vergessen|"
                        + "iniciar sesión|inicia sesión|contraseña|usuario|registrarse|regístrate|cuenta|correo electrónico|olvidaste|"
                        + "войти|вход|пароль|логин|регистрац\\p{L}*|зарегистр\\p{L}*|уч[её]тн\\p{L}* запис\\p{L}*|аккаунт|"
                        + "электронн\\p{L}* почт\\p{L}*|забыли|"
                        + "accedi|registrati|registrazione|iniciar sessão|senha|cadastr\\p{L}*|inloggen|wachtwoord|registreren|"
                        + "zaloguj\\p{L}*|hasło|hasła|zarejestruj\\p{L}*|logga in|lösenord|registrera"),
        SUBSCRIBE("subscription wall", "ask to subscribe", "save the article with a subscriber's access",
                "subscri\\p{L}*|premium|unlimited|paywall|free trial|per (?:month|week)|a (?:month|week)|newsletters?|"
                        + "abonn\\p{L}*|accès illimité|sans engagement|par mois|"
                        + "abos?|zugang|unbegrenzt\\p{L}*|im monat|pro monat|"
                        + "suscri\\p{L}*|acceso ilimitado|al mes|abbona\\p{L}*|assinante\\p{L}*|assinatura|"
                        + "подпис\\p{L}*|оформит\\p{L}*|безлимит\\p{L}*|в месяц|"
                        // Swedish and Polish: "bli prenumerant", "wykup prenumeratę"
                        + "prenumer\\p{L}*");

        final String what, asks, fix, words;

        Wall(String what, String asks, String fix, String words) {
            this.what = what;
            this.asks = asks;
            this.fix = fix;
            this.words = words;
        }
    }

    private static final Wall[] WALLS = Wall.values();
    /**
     * Every wall's words in one pattern, a group for each wall, tried only where a word starts in the line in lower
     * case: a pattern per wall with case folding, tried at every character, cost most of the clean stage's time.
     */
    private static final Pattern CUES = Pattern.compile("(?:"
            + String.join("|", Arrays.stream(WALLS).map(w -> "(" + w.words + ")").toList()) + ")(?![\\p{L}])");
    /** The literal start of every cue, by its first letter: a word that starts none is not tried against {@link #CUES}. */
    private static final Map<Character, List<String>> CUE_STARTS = new HashMap<>();

    static {
        for (Wall w : WALLS) {
            for (String cue : alternatives(w.words)) {
                String start = literalStart(cue);
                if (start.isEmpty()) throw new IllegalStateException("a cue must start with a letter: " + cue);
                CUE_STARTS.computeIfAbsent(start.charAt(0), c -> new ArrayList<>()).add(start);
            }
        }
    }

    private Substance() {}

    /** Why the seed holds no article, or empty when it holds one. */
    static Optional<String> lacking(CleanedSeed cleaned) {
        Evidence ev = cleaned.evidence();
        Tally t = new Tally(ev.headline().orElse(""));
        boolean titled = ev.headline().isPresent() && t.add(ev.headline().get(), false);
        for (Block b : cleaned.blocks()) {
            t.add(b.text(), false);
            // Three sentences and a brief's worth of prose: nothing that follows can make it a wall.
            if (t.proseWords >= MIN_WORDS && t.sentences > 2) break;
        }
        if (t.proseWords < MIN_WORDS || t.sentences <= 2) {
            cleaned.removals().byKind().forEach((kind, removed) -> {
                if (PAGE_KINDS.contains(kind)) removed.forEach(line -> t.add(line, true));
            });
        }
        // A page built around its own password form is its sign-in, in whatever language, unless an article's prose is left.
        List<String> form = cleaned.removals().byKind().getOrDefault("login-form", List.of());
        if (!form.isEmpty() && t.sentences <= 2) {
            return Optional.of(Wall.LOGIN.what + ", not an article (its own form asks for a password, with "
                    + sentences(t.sentences) + " of text beside it; "
                    + Wall.LOGIN.fix + ")");
        }
        // A site's error page says under its title that the page is gone: its sentences are about the page, not the world.
        Optional<String> error = t.sentences <= 2 ? titles(cleaned).filter(Substance::isErrorTitle).findFirst() : Optional.empty();
        if (error.isPresent()) {
            return Optional.of("error page, not an article (its title says \"" + error.get() + "\"; save the article's own page)");
        }
        // A search page, an author's or a tag's archive: headlines over teasers, no story's paragraphs
        Optional<String> listed = listing(cleaned);
        Optional<String> search = t.sentences <= 2 || listed.isPresent()
                ? titles(cleaned).filter(l -> SEARCH.matcher(l).find() && words(l) <= SEARCH_TITLE_WORDS).findFirst() : Optional.empty();
        if (search.isPresent()) {
            return Optional.of("search results page, not an article (its title says \"" + search.get() + "\"; save the article's own page)");
        }
        if (listed.isPresent()) return listed;
        // A saved page that declares itself an author's, a tag's or a search's page, with no story's paragraphs
        Optional<String> declared = t.sentences <= 2 && t.proseWords < TEASER_WORDS ? ev.listing() : Optional.empty();
        if (declared.isPresent()) {
            return Optional.of("list of headlines, no article (the page declares itself a " + declared.get() + ", with "
                    + sentences(t.sentences) + " of text; save the article's own page)");
        }
        // A teaser over a wall that says the article is for subscribers, or that subscribing reads on ("Subscribe to
        // continue reading", "Abonnez-vous pour lire la suite"), is the article's first lines, not the article. The
        // wall's box may be kept as text or taken out as a wall or a pitch.
        if (t.proseWords < TEASER_WORDS && t.sentences <= TEASER_SENTENCES) {
            Optional<String> locked = Stream.of(cleaned.removals().byKind().getOrDefault("wall", List.of()).stream()
                            .filter(line -> THIS_ARTICLE.matcher(line.toLowerCase(Locale.ROOT)).find()),
                    cleaned.removals().byKind().getOrDefault("newsletter", List.of()).stream().filter(Substance::readsOnBySubscribing),
                    cleaned.blocks().stream().map(Block::text).filter(Substance::readsOnBySubscribing))
                    .flatMap(lines -> lines).findFirst();
            if (locked.isPresent()) {
                return Optional.of(Wall.SUBSCRIBE.what + ", not an article (a teaser of " + t.proseWords + " words over \"" + locked.get()
                        + "\"; " + Wall.SUBSCRIBE.fix + ")");
            }
            // With no word of reading on, the text itself shows the cut: it breaks off in mid-sentence where the page
            // put its subscription's box ("… for the first time in…", then "Get unlimited access from $3 a week").
            Optional<String> box = brokenOff(cleaned.blocks()) ? subscriptionBox(cleaned) : Optional.empty();
            if (box.isPresent()) {
                return Optional.of(Wall.SUBSCRIBE.what + ", not an article (a teaser of " + t.proseWords + " words that breaks off in "
                        + "mid-sentence over \"" + box.get() + "\"; " + Wall.SUBSCRIBE.fix + ")");
            }
        }
        int words = 0;
        for (int i = 0; i < cleaned.blocks().size() && words < MIN_WORDS; i++) words += scriptWords(cleaned.blocks().get(i).text());
        boolean brief = (titled || ev.date().isPresent()) && t.sentences >= 1;
        // a page where no sentence reports and walls do the talking is the wall, whatever its list of a subscription's perks
        boolean silent = t.reports == 0 && t.wallLines >= SILENT_WALL_LINES;
        boolean furniture = t.proseWords < MIN_WORDS && t.sentences <= 2 && t.junkLines() >= 3
                && (t.junkWords() >= 2 * t.proseWords || silent);
        // A headline of its own over a sentence that reports is a brief, whatever surrounds it; a date alone does not
        // outweigh a wall, nor does a sentence that asks the reader ("Antes de continuar, necesitamos tu permiso.").
        Optional<String> what = furniture && !(titled && t.reports >= 1) ? t.reason(silent) : Optional.empty();
        if (what.isPresent()) return what;
        if (!cleaned.blocks().isEmpty() && (words >= MIN_WORDS || brief)) return Optional.empty();
        // Nothing left at all, or nothing that reports beside a wall's lines, and what cleaning took out as the page's
        // furniture spoke to the reader as a wall does: a consent dialog over an empty page is that wall, whatever took
        // out which of its lines.
        boolean walled = t.reports == 0 && t.wallLines > 0;
        Optional<Wall> asked = words == 0 || walled ? askedBy(cleaned.removals()) : Optional.empty();
        if (asked.isPresent()) {
            return Optional.of(asked.get().what + ", not an article (" + (words == 0 ? "no text left after cleaning but what "
                    : "no sentence that reports left after cleaning, only what ") + asked.get().asks.replaceFirst("^ask", "asks")
                    + "; " + asked.get().fix + ")");
        }
        return Optional.of("no article text found (" + words + " words left after cleaning"
                + (cleaned.removals().total() > 0 ? ", " + cleaned.removals().total() + " boilerplate lines removed" : "") + ")");
    }

    /** A teaser's last paragraph is cut where the wall begins: a long run of words with no sentence's end. */
    private static final int CUT_WORDS = 12;

    /**
     * Whether the text's last paragraph of prose breaks off: the last one long enough to be prose and no subscription's
     * line (the box's heading and pitch may follow it) ends in no sentence's mark.
     */
    private static boolean brokenOff(List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            String l = blocks.get(i).text().strip();
            if (!(blocks.get(i) instanceof Block.Paragraph) || words(l) < CUT_WORDS || subscribeCues(l) > 0) continue;
            return !Sentences.endsLikeSentence(l);
        }
        return false;
    }

    /**
     * The first line, kept or taken out as the page's furniture, that is a subscription's box: its words are mostly a
     * subscription's ("Get unlimited access from $3 a week. Already a subscriber? Log in"), more than one of them.
     */
    private static Optional<String> subscriptionBox(CleanedSeed cleaned) {
        return Stream.concat(cleaned.blocks().stream().map(Block::text), cleaned.removals().byKind().values().stream().flatMap(List::stream))
                .filter(l -> subscribeCues(l) >= 2).findFirst();
    }

    /** How many of the line's wall words are a subscription's, when those are its wall's most and dense enough for a wall's line; else 0. */
    private static int subscribeCues(String line) {
        if (!mentionsSubscribing(line)) return 0;
        int[] hits = new int[WALLS.length];
        int total = wallCues(line, hits);
        int subscribe = hits[Wall.SUBSCRIBE.ordinal()];
        for (int h : hits) if (h > subscribe) return 0;
        return total * WORDS_PER_CUE >= scriptWords(line) || addressesReader(line) ? subscribe : 0;
    }

    /** "no sentence", "one sentence", "two sentences": a count of at most two, as a reason says it. */
    private static String sentences(int n) {
        return n == 0 ? "no sentence" : n == 1 ? "one sentence" : "two sentences";
    }

    /** The wall whose words the removed lines that speak to the reader use most, or empty when none does. */
    private static Optional<Wall> askedBy(Removals removals) {
        int[] cues = new int[WALLS.length];
        for (List<String> lines : removals.byKind().values()) {
            for (String line : lines) {
                int[] hits = new int[WALLS.length];
                if (wallCues(line, hits) > 0 && addressesReader(line)) for (int i = 0; i < hits.length; i++) cues[i] += hits[i];
            }
        }
        Wall most = null;
        for (Wall w : WALLS) if (cues[w.ordinal()] > 0 && (most == null || cues[w.ordinal()] > cues[most.ordinal()])) most = w;
        return Optional.ofNullable(most);
    }

    /**
     * The title a site gives the page it serves for an address it does not have, in the languages read: no feature of
     * the few sentences under it tells them from a brief's. It is the whole title, or one part of it beside the site's
     * name: a headline that reports something not found ("Missing yacht not found after search") says more.
     */
    private static final Pattern NOT_FOUND = Pattern.compile("\\b(?:page not found|page introuvable|page non trouvée|"
            + "seite nicht gefunden|(?:diese )?seite existiert nicht|página no encontrada|(?:esta )?página no existe|"
            + "страница не найдена|страница не существует|pagina non trovata|(?:la )?pagina non esiste|página não encontrada|"
            + "página não existe|pagina niet gevonden|(?:deze )?pagina bestaat niet|nie znaleziono strony|strona nie istnieje|"
            + "sidan hittades inte|sidan finns inte|siden blev ikke fundet|siden finnes ikke|stránka nenalezena|"
            + "сторінку не знайдено)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** An error's code as a title of its own: "404", "Error 404", "Erro 404", "Fehler 404", "Ошибка 404". */
    private static final Pattern ERROR_CODE = Pattern.compile("(?:(?:error|erro|errore|erreur|fehler|fout|błąd|ошибка|fel|fejl|feil)\\s*)?"
            + "404(?:\\s*(?:error|not found))?[.!]?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The parts of a title: "404 – Page not found | The Courier". */
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[|–—·-]\\s+|:\\s+");
    /** Words beside an error's title in its part: an "Oops!" or "Hoppla!". */
    private static final int ERROR_TITLE_EXTRA_WORDS = 1;

    /** Whether the line is an error page's title: one of its parts is the error's code, or says no more than the page is not found. */
    private static boolean isErrorTitle(String line) {
        for (String part : TITLE_PARTS.split(line.strip())) {
            String p = part.strip();
            if (ERROR_CODE.matcher(p).matches()) return true;
            Matcher m = NOT_FOUND.matcher(p);
            if (m.find() && words(p) - words(m.group()) <= ERROR_TITLE_EXTRA_WORDS) return true;
        }
        return false;
    }

    /** The title of a site's search page over its results, in the languages read. */
    private static final Pattern SEARCH = Pattern.compile("\\b(?:search results?|résultats? de (?:la )?recherche|suchergebnisse?|"
            + "resultados? de (?:la )?búsqueda|risultati (?:della )?ricerca|resultados? da pesquisa|zoekresultaten|"
            + "wyniki wyszukiwania|результаты поиска|sökresultat|søgeresultater|søkeresultater|výsledky hledání)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A search page's title holds the query beside its label, a few words. */
    private static final int SEARCH_TITLE_WORDS = 8;
    /** Lines shorter than this that cleaning took out may be the page's own title. */
    private static final int TITLE_WORDS = 8;

    /**
     * The lines that may be the page's own title: the headline, and the short lines among its kept blocks and what
     * cleaning took out as furniture ("Erro 404" over a page of menus).
     */
    private static Stream<String> titles(CleanedSeed cleaned) {
        return Stream.of(cleaned.evidence().headline().stream(),
                        cleaned.blocks().stream().map(Block::text),
                        cleaned.removals().byKind().values().stream().flatMap(List::stream))
                .flatMap(s -> s).filter(l -> words(l, TITLE_WORDS + 1) <= TITLE_WORDS);
    }

    /** A list's entry: a headline-shaped line over a teaser line. Fewer entries than this make a related list, not a page of them. */
    private static final int LIST_ENTRIES = 3;
    /** A teaser is a standfirst's sentence; a paragraph of a story runs longer. */
    private static final int TEASER_LINE_WORDS = 30;
    private static final int HEADLINE_WORDS = 3, HEADLINE_MAX_WORDS = 16;

    /**
     * Why the kept text is a list of other stories (an author's, a tag's or a section's archive saved as text), or empty
     * when it is not: its lines alternate a headline of a few words and no sentence's end with one short teaser sentence,
     * at least {@link #LIST_ENTRIES} times, and no two sentences ever follow each other as a story's paragraphs do; or it
     * is headlines alone, no sentence among them, under at least as many dates, which cleaning took out as datelines. A live
     * blog's entries are paragraphs under times, not under headlines; a story's related list has no teasers under it.
     */
    private static Optional<String> listing(CleanedSeed cleaned) {
        // a saved page's list is links, which its cleaning weighs as such (the Tally's headlines), unless each link
        // kept its date beside it as the archive's text; a text scrape lost them
        boolean text = cleaned.seed().kind() == Seed.Kind.TEXT;
        int entries = 0, teasers = 0, headlines = 0, datedHeadlines = 0;
        String teaser = "";
        boolean afterHeadline = false, afterProse = false;
        for (Block b : cleaned.blocks()) {
            String l = b.text().strip();
            int n = words(l);
            boolean sentence = Sentences.endsLikeSentence(l);
            if (sentence) {
                // a teaser opens its entry with the story's date when the headline above it went as a link
                boolean dated = Datelines.hasDate(l);
                // two sentences in a row, or a long one, are a story's paragraphs
                if (afterProse && !dated || n > TEASER_LINE_WORDS || hasTwoSentences(l)) return Optional.empty();
                teasers++;
                teaser = l;
                if (afterHeadline || dated) entries++;
            }
            afterProse = sentence;
            // a headline is one phrase: a paragraph that ends in a link's words ("… the office said. Read the plan") is no headline
            afterHeadline = !sentence && n >= HEADLINE_WORDS && n <= HEADLINE_MAX_WORDS && !hasTwoSentences(l) && !Headlines.isMenu(l);
            if (afterHeadline) headlines++;
            if (!sentence && isDatedHeadline(l, n)) datedHeadlines++;
        }
        // headlines with no teasers, each under its date: the datelines cleaning took out, one per story
        int dated = cleaned.removals().byKind().getOrDefault("dateline", List.of()).size();
        if (text && teasers == 0 && dated >= LIST_ENTRIES && headlines >= LIST_ENTRIES) {
            return Optional.of("list of headlines, no article (" + headlines + " headlines under " + dated + " dates, and no sentence of a "
                    + "story; save the article's own page)");
        }
        // or, in a saved page, each beside its date as an archive's links keep them, in the text or taken out as the
        // page's furniture; a sentence above them under a title of a name or a tag describes the archive or its
        // author ("Reporter, covers farming since 2011"), as a brief's sentence, sharing words with its headline, does not
        String title = cleaned.evidence().headline().orElse("");
        boolean described = teasers == 1 && words(title) <= MENU_ITEM_WORDS && !sharesWord(teaser, title);
        if (!text && (teasers == 0 || described)) {
            for (Map.Entry<String, List<String>> removed : cleaned.removals().byKind().entrySet()) {
                for (String l : removed.getValue()) if (!Sentences.endsLikeSentence(l) && isDatedHeadline(l, words(l))) datedHeadlines++;
            }
            if (datedHeadlines >= LIST_ENTRIES) {
                return Optional.of("list of headlines, no article (" + datedHeadlines + " headlines each beside its date, and "
                        + (teasers == 0 ? "no sentence" : "one sentence about the list") + "; save the article's own page)");
            }
        }
        if (!text || entries < LIST_ENTRIES || entries * 2 < teasers) return Optional.empty();
        return Optional.of("list of headlines, no article (" + entries + " headlines each over a teaser line, and no paragraph of a "
                + "story; save the article's own page)");
    }

    /**
     * Whether a line of {@code n} words that ends no sentence is a headline with its date beside it ("Latte, il prezzo
     * alla stalla scende 12 marzo 2024"): one phrase once the date's words are counted out, and no dateline.
     */
    private static boolean isDatedHeadline(String l, int n) {
        return n - DATE_WORDS >= HEADLINE_WORDS && n - DATE_WORDS <= HEADLINE_MAX_WORDS && Datelines.hasDate(l) && !Datelines.is(l)
                && !hasTwoSentences(l) && !Headlines.isMenu(l);
    }

    /** The words a date beside a headline takes at most: "12 marzo 2024", "March 12, 2024". */
    private static final int DATE_WORDS = 3;
    /**
     * Whether the two lines share a word of content, no stopword, by its first letters ("fines" and "finest" do), as
     * the classifier asks whether a label speaks of the article ({@link BlockClassifier#contentWords}).
     */
    private static boolean sharesWord(String a, String b) {
        Set<String> words = BlockClassifier.contentWords(a);
        for (String w : BlockClassifier.contentWords(b)) if (words.contains(w)) return true;
        return false;
    }

    /**
     * Whether a second sentence starts in the line: "… retard. Les riverains …". The point of a day written as an
     * ordinal ("2. Mai 2024") ends none.
     */
    private static boolean hasTwoSentences(String line) {
        for (int i = 1; i + 1 < line.length(); i++) {
            if (".!?".indexOf(line.charAt(i - 1)) >= 0 && line.charAt(i) == ' ' && Character.isUpperCase(line.charAt(i + 1))
                    && !isOrdinalDay(line, i - 1)) return true;
        }
        return false;
    }

    /** Whether the point at {@code dot} follows a day of one or two figures standing alone: "2." in "2. Mai". */
    private static boolean isOrdinalDay(String line, int dot) {
        int digits = 0;
        while (dot - digits - 1 >= 0 && Chars.isDigit(line.charAt(dot - digits - 1))) digits++;
        return digits >= 1 && digits <= 2 && (dot - digits == 0 || line.charAt(dot - digits - 1) == ' ');
    }

    /**
     * Whether the line is a pitch for a subscription set into the text: it tells the reader a price by the month or
     * week and what it buys ("For only R75 per month, you have access …"), or that this article is for subscribers ("Cet article est
     * réservé aux abonnés. Il vous reste 60% à découvrir."). A report on a service's prices speaks of its customers,
     * not to the reader, and of no article.
     */
    static boolean isSubscriptionPitch(String line) {
        if (!mentionsSubscribing(line) || scriptWords(line) > PITCH_WORDS) return false;
        int[] hits = new int[WALLS.length];
        wallCues(line, hits);
        if (hits[Wall.SUBSCRIBE.ordinal()] == 0) return false;
        String lower = line.toLowerCase(Locale.ROOT);
        return THIS_ARTICLE.matcher(lower).find() || addressesReader(line) && PRICE.matcher(line).find() && OFFER.matcher(lower).find();
    }

    /** What a pitch offers at its price, access, or says of the price: only. A household's rent "im Monat" offers nothing. */
    private static final Pattern OFFER = Pattern.compile("\\b(?:access|only|just|accès|seulement|zugang|nur|acceso|solo|sólo|acesso|"
            + "apenas|accesso|toegang|slechts|tilgang|bare|доступ|всего)\\b", Pattern.UNICODE_CHARACTER_CLASS);

    private static final int PITCH_WORDS = 60;

    /**
     * Whether the line holds the middle of a word for subscribing ("Abonnenten", "subscribers", "suscriptores",
     * "abbonati", "assinantes", "подписка") or a price: a few scans for plain substrings and signs, which spare almost
     * every line of prose the walls' pattern, asked of every line the cleaning reads.
     */
    private static boolean mentionsSubscribing(String line) {
        // one pass, looking further only where a middle or a price can start
        char[] chars = line.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if ((c < 128 ? ASCII_SUBSCRIBING_STARTS[c] : SUBSCRIBING_STARTS.indexOf(c) >= 0) && cueAt(line, chars, i)) return true;
        }
        return false;
    }

    private static boolean cueAt(String line, char[] chars, int i) {
        // a price: a currency's sign, or the rand's R before its figure
        if (PRICE_SIGNS.indexOf(chars[i]) >= 0 || chars[i] == 'R' && i + 1 < chars.length && Chars.isDigit(chars[i + 1])) return true;
        for (String middle : SUBSCRIBING) if (line.startsWith(middle, i)) return true;
        return false;
    }

    private static final String[] SUBSCRIBING = {"bonn", "ubscri", "uscri", "bbona", "ssinant", "одпис", "renumer", "Abo"};
    private static final String PRICE_SIGNS = "€$£₹₽";
    /** The characters a cue of {@link #mentionsSubscribing} starts with, and those of them in ASCII by their code. */
    private static final String SUBSCRIBING_STARTS = PRICE_SIGNS + "R" + Arrays.stream(SUBSCRIBING).map(m -> m.substring(0, 1)).collect(Collectors.joining());
    private static final boolean[] ASCII_SUBSCRIBING_STARTS = new boolean[128];

    static {
        SUBSCRIBING_STARTS.chars().filter(c -> c < 128).forEach(c -> ASCII_SUBSCRIBING_STARTS[c] = true);
    }

    /** The page speaking of itself: "this article", "cet article", "dieser Artikel", "este contenido". */
    private static final Pattern THIS_ARTICLE = Pattern.compile("\\b(?:this (?:article|story|content)|cet article|ce contenu|"
            + "dieser (?:artikel|beitrag)|diesen (?:artikel|beitrag)|este (?:artículo|contenido|artigo|conteúdo)|esta (?:nota|matéria)|"
            + "questo (?:articolo|contenuto)|dit artikel|denne artikkelen|den här artikeln|этот материал|эта статья)\\b");
    /**
     * "Subscribe to keep reading", "Jetzt abonnieren und weiterlesen": a wall's few words that make subscribing the way
     * to the rest of the article. A newsletter's pitch to keep reading the day's stories names its newsletter.
     */
    private static boolean readsOnBySubscribing(String line) {
        if (line.length() > READ_ON_CHARS || !mentionsSubscribing(line)) return false;
        String lower = line.toLowerCase(Locale.ROOT);
        return READ_ON.matcher(lower).find() && !lower.contains("newsletter");
    }

    private static final int READ_ON_CHARS = 120;
    /** Reading on, in the languages read: "continue reading", "lire la suite", "weiterlesen", "seguir leyendo". */
    private static final Pattern READ_ON = Pattern.compile("\\b(?:continue reading|keep reading|read on|read the (?:full|whole|rest)|"
            + "lire la suite|continuer (?:à|a) lire|weiterlesen|weiter zu lesen|seguir leyendo|continuar leyendo|"
            + "continuare a leggere|continuar (?:a )?l(?:endo|er)|continue lendo|verder lezen|czytaj dalej|číst dál|čtěte dál|"
            + "продолжить чтение|читать дальше|читать далее|дочитать|"
            // the whole article, which the subscription opens: "Læs hele artiklen med et abonnement", "Lesen Sie den ganzen Artikel"
            + "læs hele|les hele|läs hela|lees het hele|den (?:ganzen|vollständigen|kompletten) artikel|"
            + "lire l['’]article (?:en entier|complet)|lire l['’]intégralité|leer (?:el artículo|la nota) complet[ao]|"
            + "leggi l['’]articolo completo|ler (?:o artigo|a matéria) complet[ao]|leia (?:o artigo|a matéria) complet[ao]|"
            + "czytaj całość|przeczytaj całość|читать полностью|прочитать (?:статью )?полностью)");

    /** A price by the period: "R75 per month", "1 € par mois", "4,99 € im Monat", "$2 a week". */
    private static final Pattern PRICE = Pattern.compile("(?:[€$£₹₽]\\s?\\d|\\b(?:R|kr|CHF|zł|Kč|Ft|lei)\\s?\\d|\\d\\s?(?:€|\\$|£|kr|zł|Kč|Ft|lei|euros?|₽|руб))"
            + "[^.!?]{0,30}?\\b(?:per (?:month|week|year|maand|week|jaar)|a (?:month|week|year)|par (?:mois|semaine|an)|pro (?:monat|woche|jahr)|"
            + "im monat|al (?:mes|mese|año|anno)|por (?:mes|mês|semana|ano)|в месяц|в неделю|i måneden|pe lună|havonta|mjesečno)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The lines of a page by class, with their words. */
    private static final class Tally {
        int proseWords, sentences, reports, menuLines, menuWords, wallLines, wallWords, lines, headlines;
        final int[] cues = new int[WALLS.length];
        private final String headline;
        /** Whether the last line added was a wall's. */
        private boolean afterWall;

        Tally(String headline) {
            this.headline = headline;
        }

        /** Classes one line; true when it is prose. A line cleaning removed is furniture: a wall's or a menu's. */
        boolean add(String line, boolean removed) {
            String l = line.strip();
            if (l.isEmpty()) return false;
            lines++;
            int n = scriptWords(l);
            boolean walled = afterWall;
            afterWall = false;
            if (Headlines.isMenu(l)) {
                menuLines++;
                menuWords += n;
                return false;
            }
            int[] hits = new int[cues.length];
            int total = wallCues(l, hits);
            // a wall speaks to its reader of what it does with their data, however many other words it uses to say so;
            // a sentence with a wall's word after a wall's line, sharing no word with the page's headline, is the
            // wall's own too, though not dense with its words ("También puede leer … sin anuncios con la suscripción
            // Plus."): a brief's sentence reports its headline's news
            if (total > 0 && (total * WORDS_PER_CUE >= n || addressesReader(l) || walled && isUnrelatedSentence(l))) {
                afterWall = true;
                wallLines++;
                wallWords += n;
                for (int i = 0; i < hits.length; i++) cues[i] += hits[i];
                return false;
            }
            boolean sentence = Sentences.endsLikeSentence(l) && hasSentenceOf(l, SENTENCE_WORDS);
            if (removed || n <= MENU_ITEM_WORDS && !sentence) {
                menuLines++;
                menuWords += n;
                // other stories' headlines, as a section front lists them: a phrase of a few words, no sentence
                // or a headline with its date and teaser, as an archive lists them
                if (removed && n >= MENU_ITEM_WORDS && (!Sentences.endsLikeSentence(l) || Datelines.hasDate(l))) headlines++;
                return false;
            }
            proseWords += n;
            if (sentence) sentences++;
            if (sentence && !addressesReader(l)) reports++;
            return true;
        }

        private boolean isUnrelatedSentence(String line) {
            return !headline.isEmpty() && Sentences.endsLikeSentence(line) && !sharesWord(line, headline);
        }

        int junkLines() {
            return menuLines + wallLines;
        }

        int junkWords() {
            return menuWords + wallWords;
        }

        /**
         * What the page is, when walls or menus fill at least half its words, or walls speak where nothing reports
         * ({@code silent}); else nothing more than what is left says.
         */
        Optional<String> reason(boolean silent) {
            int all = proseWords + menuWords + wallWords;
            if ((wallWords * 2 >= all || silent) && wallWords >= menuWords) {
                Wall most = Wall.CONSENT;
                for (Wall w : WALLS) if (cues[w.ordinal()] > cues[most.ordinal()]) most = w;
                return Optional.of(most.what + ", not an article (" + wallLines + " of " + lines + " lines " + most.asks + "; " + most.fix + ")");
            }
            if (menuWords * 2 >= all && headlines * 2 > menuLines) {
                return Optional.of("list of headlines, no article (" + headlines + " of " + lines
                        + " lines are other stories' headlines; save the article's own page)");
            }
            if (menuWords * 2 >= all) {
                return Optional.of("page of navigation links, not an article (" + menuLines + " of " + lines
                        + " lines are menu items or section names; save the article's own page)");
            }
            return Optional.empty();
        }
    }

    /**
     * Whether the line asks the reader to accept cookies, sign in or subscribe, in any of the languages: a wall's line,
     * dense with the walls' words and speaking to the reader ("we use cookies", "vous pouvez", "вы соглашаетесь"). An
     * article on privacy rules speaks the walls' words too, but of others: the regulator, the company.
     */
    static boolean isWallLine(String line) {
        String l = line.strip();
        int total = wallCues(l, new int[WALLS.length]);
        return total > 0 && total * WORDS_PER_CUE >= scriptWords(l) && hasReaderWord(l);
    }

    /**
     * Whether the line speaks to the reader of cookies or consent with two of the consent wall's words or more, however
     * long its sentence: a consent notice's text where its place tells it, over the notice's buttons or policy link.
     */
    static boolean isConsentText(String line) {
        int[] hits = new int[WALLS.length];
        wallCues(line.strip(), hits);
        return hits[Wall.CONSENT.ordinal()] >= 2 && hasReaderWord(line);
    }

    /**
     * Whether the line speaks to its reader in its own voice ("we", "your", "nos", "вы"), outside what it quotes: a
     * wall does; a report quotes those who do (“We accept the ruling,” the minister said).
     */
    private static boolean addressesReader(String line) {
        String own = line.indexOf('"') < 0 && line.indexOf('“') < 0 && line.indexOf('«') < 0 && line.indexOf('„') < 0 ? line
                : QUOTED.matcher(line).replaceAll(" ");
        return hasReaderWord(own) || own.contains("Sie") && FORMAL_YOU.matcher(own).find();
    }

    /**
     * German's formal "you", told from "sie" (she, they) by its capital inside a sentence: "Alternativ können Sie …
     * lesen", "willigen Sie ein". At a sentence's start it may be either, so it says nothing there.
     */
    private static final Pattern FORMAL_YOU = Pattern.compile("(?<=[\\p{L}\\d,]\\s)Sie(?!\\p{L})");

    /**
     * Whether one of the {@link #READER} words is a word of the text in lower case, a word being a run of letters. Read
     * in place: splitting every sentence of the archive with a regular expression took a hundredth of a build.
     */
    private static boolean hasReaderWord(String text) {
        String l = text.toLowerCase(Locale.ROOT);
        int start = 0;
        for (int i = 0, n = l.length(); i <= n; ) {
            int c = i < n ? l.codePointAt(i) : ' ';
            if (!isLetter(c)) {
                if (i - start <= READER_LONGEST && i > start && READER.contains(l.substring(start, i))) return true;
                start = i + Character.charCount(c);
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** {@code \p{L}}, as the split these words were once taken with matched it. */
    private static boolean isLetter(int c) {
        return c < 128 ? Chars.isLetter((char) c) : Character.isLetter(c);
    }

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”|«[^»]*»|„[^“”]*[“”]");

    /** The words a page uses to speak to its reader about itself, in the languages read. */
    private static final Set<String> READER = Set.of("we", "you", "your", "our", "us", "nous", "vous", "votre", "vos", "notre", "nos",
            "wir", "ihre", "ihr", "ihrer", "ihren", "ihrem", "ihnen", "unsere", "unser", "unserer", "unseren", "unserem", "uns", "usted", "ustedes", "utilizamos", "nuestro", "nuestra", "nuestros", "tu", "tus",
            "мы", "вы", "ваш", "ваши", "наш", "нас", "вас", "вам", "нам", "noi", "nós",
            "utilizziamo", "tuo", "tua", "tue", "tuoi", "nostro", "nostra", "nostri", "nostre", "você", "vocês", "nosso", "nossa",
            "nossos", "nossas", "wij", "uw", "onze", "ons", "jouw", "używamy", "twoje", "twoja", "twoją", "twoich", "twój", "nasi",
            "nasze", "naszych", "vi", "du", "dig", "ditt", "dina", "dine", "vår", "våra", "vårt", "vores", "deg");
    private static final int READER_LONGEST = READER.stream().mapToInt(String::length).max().orElse(0);

    /** How many of the walls' words the line holds, adding each to its wall's count in {@code hits}. */
    private static int wallCues(String line, int[] hits) {
        int total = 0;
        String lower = line.toLowerCase(Locale.ROOT);
        Matcher m = CUES.matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < lower.length(); i++) {
            if (!Character.isLetter(lower.charAt(i)) || i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1))) continue;
            if (!startsCue(lower, i) || !m.region(i, lower.length()).lookingAt()) continue;
            for (int g = 0; g < WALLS.length; g++) {
                if (m.start(g + 1) >= 0) {
                    hits[g]++;
                    break;
                }
            }
            total++;
            i = m.end() - 1;
        }
        return total;
    }

    /**
     * Whether a sentence of the line has at least {@code min} words: "Thanks for contacting us. We've received it." has
     * none of six. Sentences end at . ! ? … before a space, and after 。！？; words are counted as {@link #scriptWords}.
     */
    private static boolean hasSentenceOf(String line, int min) {
        int words = 0, unspaced = 0;
        boolean inWord = false;
        for (int i = 0, n = line.length(); i < n; i++) {
            char c = line.charAt(i);
            boolean space = Chars.isWhitespace(c);
            if (space && i > 0 && ".!?…".indexOf(line.charAt(i - 1)) >= 0) words = unspaced = 0;
            if (!space && !inWord) words++;
            if (c >= '\u2e80' && isUnspaced(c)) unspaced++;
            if (words + unspaced / 2 >= min) return true;
            inWord = !space;
            if ("。！？".indexOf(c) >= 0) {
                words = unspaced = 0;
                inWord = false;
            }
        }
        return false;
    }

    private static boolean startsCue(String lower, int at) {
        List<String> starts = CUE_STARTS.get(lower.charAt(at));
        if (starts == null) return false;
        for (String start : starts) if (lower.startsWith(start, at)) return true;
        return false;
    }

    /** The top-level alternatives of a cue list: "cookie\\p{L}*|accept(?: all)?" gives two. */
    private static List<String> alternatives(String cues) {
        List<String> all = new ArrayList<>();
        int depth = 0, from = 0;
        for (int i = 0; i < cues.length(); i++) {
            char c = cues.charAt(i);
            if (c == '\\') i++;
            else if (c == '(' || c == '[') depth++;
            else if (c == ')' || c == ']') depth--;
            else if (c == '|' && depth == 0) {
                all.add(cues.substring(from, i));
                from = i + 1;
            }
        }
        all.add(cues.substring(from));
        return all;
    }

    /** The letters a cue surely starts with: "sign[- ]?in" starts "sign", "e-?mail" starts "e". */
    private static String literalStart(String cue) {
        int end = 0;
        while (end < cue.length() && "\\()[]{}.*+?^$|".indexOf(cue.charAt(end)) < 0) end++;
        if (end < cue.length() && "?*{".indexOf(cue.charAt(end)) >= 0) end--;
        return cue.substring(0, Math.max(end, 0));
    }


    /**
     * Words as a reader counts them: in Han and kana, which put no space between words, about one per two characters;
     * in Thai, which spaces phrases only, about one per five letters and marks.
     */
    static int scriptWords(String text) {
        int unspaced = 0, thai = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u2e80') {
                if (isUnspaced(c)) unspaced++;
            } else if (c >= '\u0e01' && c <= '\u0e5b') {
                thai++;
            }
        }
        return words(text) + unspaced / 2 + thai / 5;
    }

    /** Han and kana, which put no space between words; all lie at or above U+2E80. */
    private static boolean isUnspaced(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }

    static int words(String text) {
        return words(text, Integer.MAX_VALUE);
    }

    /** {@link #words}, counted no further than {@code enough}: a paragraph is long enough at its first words. */
    static int words(String text, int enough) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0, n = text.length(); i < n && words < enough; i++) {
            boolean space = Chars.isWhitespace(text.charAt(i));
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
