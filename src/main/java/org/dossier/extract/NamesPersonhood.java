package org.dossier.extract;

import static org.dossier.extract.NamesLexicon.lower;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an article treats a name the scan found as a person's, weighed over the whole article: every place it writes
 * the name, and its last word alone, is one entity, and each kind of evidence for or against a person counts once, by
 * its weight. A person's name opens with a given name, or a title, a role, a verb of speech or a pronoun vouches for
 * it; an organisation's or a place's holds or is followed by an organisation's word ("der Mieterbund Neukölln", "the
 * Tenants' Union", "Immobilien Schröder GmbH"), follows one ("the Ministry of Housing", "le foyer Marcel Vidal", "la
 * Ciudad de Santa Fe"), stands after a preposition of place ("in Little Havana"), in a firm's "&" ("Pemberton &
 * Hale"), or is cut from a longer run of capitals. A name whose weights sum below zero is no person; a title before it
 * outweighs any one kind of evidence against, as the rules before this were sure of it.
 *
 * <p>Used by one thread for one article, after the scan has read all of it.
 */
final class NamesPersonhood {
    /** The kinds of evidence, each with its weight: for a person above zero, against below. */
    enum Kind {
        /** a given name the gazetteer knows opens it */
        GIVEN(2),
        /** a role, a verb of speech, an age or a pronoun vouched for it where the scan read it */
        VOUCHED(2),
        /** a person's kin or circle in its possessive ("Roe's mother", "Ruiz's lawyer") */
        KIN(2),
        /** its last word stands alone elsewhere, with no article nor preposition of place before it ("Biden did not respond") */
        BACK_REFERENCE(1),
        /** a title or a role right before it ("Mr Roe", "tenant Ana Ruiz", "The mayor, Ana Ruiz"): outweighs any one kind against */
        TITLED(5),
        /** one of its words is an organisation's ("Mieterbund", "Lettings") */
        ORG_INSIDE(-4),
        /** an organisation's word or a company's form right after it ("Tenants' Union", "Schröder GmbH") */
        ORG_AFTER(-3),
        /** it is what an organisation or a place is of ("Ministry of …", "Ciudad de …") */
        ORG_BEFORE(-3),
        /** a firm's ampersand beside it ("Pemberton & Hale") */
        FIRM(-3),
        /** a preposition of place before it or its surname ("in Neukölln", "near …", "en la …") */
        LOCATIVE(-2),
        /** a longer run of capitalised words goes on past it ("Ciudad de Santa" in "la Ciudad de Santa Fe") */
        CUT(-2),
        /** a definite article right before it, which a person's name seldom takes ("der Mieterbund") */
        ARTICLE(-1);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    /** The definite articles, lower case, that open the names of things and not of people. */
    private static final Set<String> ARTICLES = WordSets.of("the", "der", "die", "das", "dem", "den", "la", "le", "el", "il", "lo", "het");

    /** Prepositions of place, which no article needs to follow ("in", "near", "dans", "em", "ở"). */
    private static final Set<String> LOCATIVES = WordSets.of("in", "at", "near", "outside", "inside", "beside", "im", "nel", "nella",
            "dans", "em", "ở", "tại", "w", "we", "v", "ve");
    /** Prepositions of place that are another word too unless an article follows ("en la Ciudad": Dutch "en" is "and"). */
    private static final Set<String> LOCATIVES_BEFORE_ARTICLE = WordSets.of("en", "à");
    /**
     * Prepositions of place in one language only, where another language writes the word for something else: Spanish
     * and French "en" (Dutch "and"), Portuguese "no", "na" ("in the"; English "no"), Indonesian and Malay "di" (Italian
     * "of"), Swedish, Norwegian and Danish "i" (Polish "and").
     */
    private static final Map<String, Set<String>> LOCATIVES_OF = Map.of("es", WordSets.of("en"), "fr", WordSets.of("en"),
            "pt", WordSets.of("no", "na", "nos", "nas"), "id", WordSets.of("di"), "ms", WordSets.of("di"), "sv", WordSets.of("i"),
            "no", WordSets.of("i"), "da", WordSets.of("i"));

    /** Words that say what an organisation or a place is of, between its noun and the name ("Ministry of", "Ciudad de"). */
    private static final Set<String> OF = WordSets.of("of", "for", "de", "del", "des", "du", "di", "della", "do", "da", "für", "voor");

    /**
     * Nouns of places and of the bodies named after them, which in lower case before "of" make the name after it a
     * place's ("the city of …", "do metrô de Belo Horizonte", "la comune di …"). Not "government", "gobierno": a
     * government is also a person's ("el gobierno de Pedro Sánchez"), and a case, a trial or a party too.
     */
    private static final Set<String> OF_PLACE = WordSets.of("city", "town", "village", "county", "province", "district", "region",
            "municipality", "metro", "metrô", "ciudad", "cidade", "città", "ville", "stadt", "prefeitura", "ayuntamiento", "comune",
            "municipio", "município", "alcaldía", "mairie", "provincia", "província", "departamento", "región", "região", "regione",
            "bairro", "barrio", "quartier", "estado");

    /**
     * Prepositions that follow the name of a shelter, a firm or a foundation to say where it is ("le foyer … dans le 7e",
     * "il dormitorio … di via Ghedini", "de nachtopvang … aan de Catharijnesingel").
     */
    private static final Set<String> PREPOSITIONS = WordSets.of("of", "in", "on", "at", "near", "di", "de", "da", "do", "del", "della",
            "du", "des", "dans", "en", "em", "no", "na", "aan", "op", "bij", "am", "an", "im", "w", "przy", "på", "vid", "i", "nel", "nella",
            "sul", "à", "au", "para", "for");

    /** Whom only a person has, after a possessive ("Ana Ruiz's mother", "Roe's lawyer"). */
    private static final Set<String> KIN = WordSets.of("mother", "father", "wife", "husband", "son", "daughter", "sons", "daughters",
            "brother", "sister", "children", "parents", "family", "partner", "girlfriend", "boyfriend", "widow", "lawyer",
            "friend", "friends", "grandmother", "grandfather", "niece", "nephew");

    /**
     * Nouns of organisations that stand in lower case before the name they go by ("il dormitorio Casa Teresa …", "le
     * foyer Marcel Vidal", "the charity Anna's Place", "la empresa Ruiz Hermanos"); the organisation's noun before a
     * name in the languages that write it first is {@link NamesLexicon#ORG_FIRST}, in one word with it
     * {@link NamesLexicon#ORG_ENDINGS} ("de nachtopvang …").
     */
    private static final Set<String> NAMED_BY = WordSets.of("shelter", "hostel", "charity", "foundation", "trust", "agency", "firm",
            "company", "developer", "group", "foyer", "agence", "société", "fondation", "association", "albergue", "refugio",
            "empresa", "fundación", "inmobiliaria", "abrigo", "fundação", "imobiliária", "dormitorio", "agenzia", "azienda",
            "fondazione", "società", "immobiliare", "stiftung", "firma", "hausverwaltung", "stichting", "makelaar", "yayasan",
            "schronisko", "fundacja", "spółka", "stiftelsen", "bolaget");

    /**
     * What ministries, departments and housing bodies are of, which end their names ("the Ministry of Social
     * Development", "Kāinga Tahi Housing"). Not words of {@link NamesLexicon#ORG_WORDS}: after a title they are its
     * portfolio, before the name the title vouches for ("Minister for Housing Jane Roe").
     */
    private static final Set<String> PORTFOLIOS = WordSets.of("housing", "development", "affairs", "welfare", "planning",
            "infrastructure", "vivienda", "habitação", "logement", "wohnen", "huisvesting", "mieszkalnictwa", "perumahan");

    /**
     * A company's legal form, written in capitals after its name ("Okafor Residential Ltd", "Schröder GmbH") or
     * before it as Indonesian does ("Perum Bulog", "PT Kereta Api").
     */
    private static final Set<String> COMPANY_FORMS = WordSets.of("reit", "plc", "llc", "llp", "ltd", "inc", "gmbh", "ag", "sa", "sas",
            "sarl", "spa", "srl", "bv", "nv", "asa", "oy", "tbk", "bhd", "kg", "ohg", "ug", "sl", "perum", "persero", "pt", "cv");

    private final NamesGazetteer given;
    private final List<List<NamesText.Token>> texts;
    /** The prepositions of place of the article's language, beside those of every language. */
    private final Set<String> locatives;
    /** Where each capitalised word stands: text number and word number, packed; made on the first question. */
    private Map<String, List<Long>> at;

    /** @param language the article's language as its stopwords tell it (an ISO 639-1 code), or empty when they do not */
    NamesPersonhood(NamesGazetteer given, List<List<NamesText.Token>> texts, Optional<String> language) {
        this.given = given;
        this.texts = texts;
        this.locatives = language.map(LOCATIVES_OF::get).orElse(Set.of());
    }

    /** @param vouched a role, a verb of speech, an age or a pronoun vouched for the name where the scan read it */
    boolean person(List<String> name, boolean vouched) {
        Evidence e = new Evidence();
        int sum = score(name, vouched, e);
        // evidence for and against that weigh the same leave a place or a firm ("in Rio Grande", "at Tim Hortons")
        return sum > 0 || e.seen.isEmpty();
    }

    /** The weights of the evidence found for and against the name, each kind once, added into {@code e}. */
    private int score(List<String> name, boolean vouched, Evidence e) {
        if (given.isGiven(lower(name.get(0)))) e.add(Kind.GIVEN);
        if (vouched) e.add(Kind.VOUCHED);
        for (NamesText.Token w : wordsOf(name)) {
            if (w.is(NamesLexicon.ORG_WORD) && !w.given(given) && !w.is(NamesLexicon.SURNAME_FIRST)
                    || NamesLexicon.endsIn(w, NamesLexicon.ORG_ENDINGS) || COMPANY_FORMS.contains(w.lower()) || PORTFOLIOS.contains(w.lower())) {
                e.add(Kind.ORG_INSIDE);
            }
        }
        String last = name.get(name.size() - 1);
        for (long p : positions(name.get(0))) {
            List<NamesText.Token> t = texts.get((int) (p >>> 32));
            int i = (int) p;
            int j = i + name.size();
            if (j > t.size() || !matches(t, i, name)) continue;
            around(t, i, j, e, true);
        }
        if (name.size() > 1) {
            for (long p : positions(last)) {
                List<NamesText.Token> t = texts.get((int) (p >>> 32));
                int i = (int) p;
                if (alone(t, i)) around(t, i, i + 1, e, false);
            }
        }
        return e.sum;
    }

    /** The evidence around one place the name (full) or its surname alone stands, from i to j. */
    private void around(List<NamesText.Token> t, int i, int j, Evidence e, boolean full) {
        NamesText.Token before = i > 0 && t.get(i).joined() ? t.get(i - 1) : null;
        if (before != null && (before.is(NamesLexicon.TITLE | NamesLexicon.ROYAL_TITLE) || before.lowerCase() && before.is(NamesLexicon.DESCRIPTOR))
                || i > 0 && t.get(i - 1).after() == ',' && t.get(i - 1).lowerCase() && t.get(i - 1).is(NamesLexicon.DESCRIPTOR)) {
            e.add(Kind.TITLED);
        }
        // where the run of capitals that holds it starts: "Karl-Marx-Allee Weber" is one
        int start = i;
        while (start > 0 && t.get(start).joined() && Character.isUpperCase(t.get(start - 1).first()) && !t.get(start - 1).possessive()
                && !t.get(start - 1).is(NamesLexicon.TITLE | NamesLexicon.DESCRIPTOR | NamesLexicon.ROYAL_TITLE)) start--;
        // a name of one word: the capitals before it may be its own name's, which a name of more words would hold
        if (full && start < i && j - i == 1) e.add(Kind.CUT);
        NamesText.Token lead = start > 0 && t.get(start).joined() ? t.get(start - 1) : null;
        if (lead != null && lead.mark() == '&' || t.get(j - 1).mark() == '&' && j < t.size() && t.get(j).capitalised()) e.add(Kind.FIRM);
        boolean article = false;
        boolean locative = false;
        if (lead != null) {
            article = ARTICLES.contains(lead.lower()) && (lead.lowerCase() || lead.sentenceStart());
            // "il dormitorio Casa Teresa …", "le foyer Marcel Vidal", "de nachtopvang …": an organisation's noun in lower
            // case names it; not the members a group is of ("tenants Ana and Luis Ruiz")
            // but not "the charity Tom Reyes founded": a clause with its subject, as English writes one without "that"
            if (full && lead.lowerCase() && (NAMED_BY.contains(lead.text()) || NamesLexicon.ORG_FIRST.contains(lead.text())
                    || NamesLexicon.endsIn(lead, NamesLexicon.ORG_ENDINGS)) && !clauseAfter(t, j)) {
                e.add(Kind.ORG_BEFORE);
            }
            if (full && article) e.add(Kind.ARTICLE);
            int p = article && start > 1 && lead.joined() ? start - 2 : start - 1;
            NamesText.Token prep = p < start - 1 || lead.lowerCase() ? t.get(p) : null;
            // but "in Anna Nowak's view": someone's, in a place
            locative = prep != null && prep.lowerCase() && !t.get(j - 1).possessive() && (LOCATIVES.contains(prep.text())
                    || locatives.contains(prep.text()) || p < start - 1 && LOCATIVES_BEFORE_ARTICLE.contains(prep.text()));
            if (locative) e.add(Kind.LOCATIVE);
            // "the Ministry of …", "Ciudad de …", "do metrô de …"; not "the trial of …", "the case of …"
            if (full && lead.lowerCase() && OF.contains(lead.text()) && start > 1 && lead.joined()) {
                NamesText.Token noun = t.get(start - 2);
                if (noun.lowerCase() ? OF_PLACE.contains(noun.text()) : noun.is(NamesLexicon.ORG_WORD | NamesLexicon.PLACE_NOUN | NamesLexicon.NOT_FIRST_WORD)
                        && !noun.is(NamesLexicon.TITLE | NamesLexicon.DESCRIPTOR) || NamesLexicon.endsIn(noun, NamesLexicon.ORG_ENDINGS)) {
                    e.add(Kind.ORG_BEFORE);
                }
            }
        }
        if (t.get(j - 1).possessive() && j < t.size() && t.get(j).joined() && KIN.contains(t.get(j).text())) e.add(Kind.KIN);
        // "… a swipe at Joe Biden. Biden did not respond.": the surname alone, as a person is referred back to
        if (!full && !article && !locative) e.add(Kind.BACK_REFERENCE);
        if (!full || j >= t.size()) return;
        NamesText.Token next = t.get(j);
        if (COMPANY_FORMS.contains(next.lower()) && !next.lowerCase()) e.add(Kind.ORG_AFTER);
        if (!next.joined()) return;
        if (next.capitalised() && next.is(NamesLexicon.ORG_WORD) && !next.is(NamesLexicon.ATTRIBUTIVE_WORD)) e.add(Kind.ORG_AFTER);
        else if (next.capitalised() && !t.get(j - 1).possessive() && !next.is(NamesLexicon.TITLE | NamesLexicon.SUFFIX)) e.add(Kind.CUT);
    }

    /** What follows the name from j is a clause it is the subject of: a word in lower case that is no preposition. */
    private static boolean clauseAfter(List<NamesText.Token> t, int j) {
        return j < t.size() && t.get(j).joined() && t.get(j).lowerCase() && !PREPOSITIONS.contains(t.get(j).text());
    }

    /** The surname written alone at i: no capitalised word joins it on either side. */
    private static boolean alone(List<NamesText.Token> t, int i) {
        // "Grande do Sul": a particle before it joins it to a longer name
        if (i > 0 && t.get(i).joined() && (Character.isUpperCase(t.get(i - 1).first()) && !t.get(i - 1).is(NamesLexicon.TITLE)
                || t.get(i - 1).particle())) return false;
        return i + 1 >= t.size() || !t.get(i + 1).joined() || !t.get(i + 1).capitalised();
    }

    private static boolean matches(List<NamesText.Token> t, int i, List<String> name) {
        for (int k = 1; k < name.size(); k++) {
            if (!t.get(i + k).text().equals(name.get(k)) || !t.get(i + k).joined()) return false;
        }
        return true;
    }

    /** The name's words as tokens, as they stand in the text (none when the text writes the name in another case). */
    private List<NamesText.Token> wordsOf(List<String> name) {
        List<NamesText.Token> words = new ArrayList<>(name.size());
        for (String w : name) {
            List<Long> p = positions(w);
            if (!p.isEmpty()) words.add(texts.get((int) (p.get(0) >>> 32)).get((int) (long) p.get(0)));
        }
        return words;
    }

    private List<Long> positions(String word) {
        if (at == null) {
            at = new HashMap<>();
            for (int n = 0; n < texts.size(); n++) {
                List<NamesText.Token> t = texts.get(n);
                for (int i = 0; i < t.size(); i++) {
                    if (Character.isUpperCase(t.get(i).first())) at.computeIfAbsent(t.get(i).text(), k -> new ArrayList<>(2)).add((long) n << 32 | i);
                }
            }
        }
        return at.getOrDefault(word, List.of());
    }

    /** The sum of the weights of the kinds of evidence found, each kind counted once. */
    private static final class Evidence {
        private final Set<Kind> seen = EnumSet.noneOf(Kind.class);
        int sum;

        void add(Kind kind) {
            if (seen.add(kind)) sum += kind.weight;
        }
    }
}
