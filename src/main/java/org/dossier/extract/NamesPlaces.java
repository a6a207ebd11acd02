package org.dossier.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Hospitals, wards, schools, streets, bridges, airports and prizes named after people: the phrase of an institution or
 * a place that a name stands in, in the languages of the word lists. "Hospital General Dr. Manuel Gea González",
 * "Szpitalu Wojewódzkim im. Jana Pawła II", "RSUD Dr. Soetomo", "Bệnh viện Hữu nghị Việt Đức", "centre hospitalier
 * Yves-Le Foll" (a noun of the institution before the name, with its qualifiers, a namesake's honorific or "im." in
 * between); "Eleanor Voss Children's Hospital", "Florence Nightingale Wing", "Szent János Kórház", "Dr. Behçet Uz Çocuk
 * Hastanesi" (the noun after it, with capitalised qualifiers in between); "Behçet Uz'da" (a Turkish ending of place,
 * "at"). A name read only in such phrases, or as the bare namesake of one (a headline's "moves nurses to Chris Hani
 * Baragwanath"), is no person; one that a role, an age or a verb of speech vouches for elsewhere stays one. The place
 * nouns of {@link NamesLexicon#PLACE_NOUNS} open such phrases too, and so do the places and bodies that only look
 * named after someone: a creek, a river meadow or a district after the name ("Walker Creek", "the Clare Callows"), the
 * noun of a river or a village before it ("sông Thu Bồn", "Desa Sri Mulyo"), a word of the compass ("Doğu Anadolu",
 * "Rejo Wetan"), a public body's last word ("Food Standards Scotland"), and a Slavic "in" before a town, whose
 * nominative elsewhere it declines ("w Kazimierzu Dolnym", "Kazimierz Dolny:"). Stateless.
 */
final class NamesPlaces {
    private NamesPlaces() {}

    /**
     * Nouns of institutions and places written before their namesake, with the case forms a name follows them in: the
     * hospital, clinic, health centre, school, university, airport, stadium, foundation and prize of English, French,
     * Spanish, Portuguese, Italian, German, Dutch, Polish, Czech, Russian, Indonesian, Vietnamese and Tagalog (the
     * Philippine "barangay", a village or ward, and "sitio", "purok", its parts).
     */
    static final Set<String> BEFORE = WordSets.of(
            "hospital", "hospitais", "hospitales", "clinic", "clinique", "clínica", "clinica", "policlinico", "policlínica",
            "sanatorio", "sanatório", "centre", "centro", "chu", "chr", "chru", "ehpad", "institut", "istituto", "université",
            "universidad", "universidade", "università", "universitas", "universität", "uniwersytet", "univerzita", "escuela",
            "escola", "scuola", "schule", "aéroport", "aeropuerto", "aeroporto", "flughafen", "lotnisko", "letiště", "bandara",
            "estadio", "estádio", "stadio", "stadion", "fondation", "fundación", "fundação", "fondazione", "stiftung",
            "fundacja", "nadace", "yayasan", "prix", "premio", "prêmio", "prémio", "preis", "nagroda", "nagrodę",
            "krankenhaus", "klinik", "klinika", "ziekenhuis",
            // Polish and Czech cases of hospital, school and university ("w Szpitalu Wojewódzkim im. …")
            "szpitalu", "szpitalem", "szkoła", "szkole", "szkołę", "liceum", "nemocnici", "nemocnicí", "škola", "školy", "škole",
            "gymnázium", "gymnázia",
            // Russian and Ukrainian: hospital, research institute, centre, school, university, airport, in their cases
            "больница", "больнице", "больницу", "больницей", "госпиталь", "госпитале", "нии", "центр", "центре", "институт",
            "институте", "школа", "школе", "гимназия", "университет", "университете", "аэропорт", "аэропорту", "лікарня",
            // Indonesian and Malay hospitals and health centres ("RSUD Dr. Soetomo", "Rumah Sakit Umum …")
            "rsud", "rsup", "rsu", "rs", "rsia", "sakit", "puskesmas", "sekolah",
            // Vietnamese hospital, institute, school, university, airport ("Bệnh viện Bạch Mai", "trường Chu Văn An")
            "viện", "trường", "học",
            "barangay", "brgy.", "brgy", "sitio", "purok",
            // the Indonesian and Malay village, ward, district and regency, whose names are often a given name's
            // ("Desa Sri Mulyo", "Dusun Rejo Wetan", "Kabupaten Bantul"), and the Polish commune and county
            "kelurahan", "kecamatan", "kabupaten", "desa", "dusun", "provinsi", "gmina", "gminie", "gminy", "powiat", "powiecie");

    /**
     * Nouns of rivers and streams, villages and communes, written in lower case before their name, in the languages of
     * the word lists ("rivière Sèvre", "río Martín", "fiume Santerno", "rzeka Wisła", "řeka Morava", "реке Урал", "sông Thu
     * Bồn", "селе Ивановка"): the name after one is a place's, and so is the same word alone ("в реке Урал" beside "Орске
     * Урал"). In lower case only, since "Rio" also opens a person's name ("Rio Ferdinand").
     */
    private static final Set<String> FEATURES = WordSets.of("river", "creek", "rivière", "fleuve", "río", "rio", "fiume",
            "torrente", "fluss", "rzeka", "rzeki", "rzece", "rzekę", "rzeką", "řeka", "řeky", "řece", "řekou", "река", "реки",
            "реке", "реку", "рекой", "річка", "річки", "річці", "sungai", "kali", "sông", "suối", "kênh", "село", "селе", "посёлок",
            "посёлке", "поселок", "поселке", "деревня", "деревне", "obec", "obci", "wieś", "wsi");

    /**
     * Nouns of institutions and places written after their namesake, in any case: the English wing and ward of a
     * hospital, the Turkish, Hungarian and Finnish hospital, university, school, street, square and bridge ("Dr. Behçet
     * Uz Çocuk Hastanesi", "Semmelweis Egyetem", "Baross utca"), and what else is named after people.
     */
    static final Set<String> AFTER = WordSets.of(
            "hospital", "hospitals", "infirmary", "clinic", "hospice", "school", "academy", "college", "university", "institute",
            "library", "museum", "stadium", "arena", "airport", "bridge", "street", "road", "avenue", "square", "park",
            "memorial", "prize", "award", "medal", "trophy", "fellowship", "scholarship", "foundation", "centre", "center",
            "hastanesi", "hastane", "üniversitesi", "okulu", "lisesi", "caddesi", "sokak", "sokağı", "köprüsü", "havalimanı",
            "stadyumu", "vakfı", "ödülü", "parkı", "meydanı", "bulvarı",
            "kórház", "kórházban", "kórházba", "kórházat", "kórházból", "egyetem", "egyetemen", "egyetemre", "egyetemi",
            "klinika", "klinikán", "iskola", "iskolában", "gimnázium", "utca", "utcai", "utcában", "utcán", "utcától", "út",
            "úton", "úti", "tér", "téren", "téri", "híd", "hídon", "díj", "díjat", "alapítvány", "repülőtér",
            "sairaala", "sairaalan", "sairaalassa", "koulu", "katu", "kadulla", "silta",
            // the Hungarian museum, theatre, library, college and church, in their cases ("Munkácsy Mihály Múzeum")
            "múzeum", "múzeumban", "múzeumba", "múzeumot", "színház", "színházban", "könyvtár", "könyvtárban", "főiskola",
            "főiskolán", "templom", "templomban", "művelődési",
            // and the rivers, streams, meadows and valleys, and the districts, named as people are ("Walker Creek", "the
            // Clare Callows", "the Alfred Nzo district", "Mariager Fjord", "Murat Nehri", "Munzur Vadisi")
            "creek", "river", "stream", "callows", "valley", "estuary", "canal", "reservoir", "wetlands", "marshes",
            "fjord", "fjorden", "municipality", "district", "county", "province", "region", "regency", "prefecture",
            "oblast", "deresi", "çayı", "nehri", "ırmağı", "gölü", "dağı", "dağları", "vadisi", "ovası", "bölgesi", "ilçesi");

    /**
     * English nouns after a name that are surnames too ("Sarah Ward"): a wing or ward only after a name of three words,
     * or after a title ("Queen Adelaide Ward").
     */
    static final Set<String> AFTER_IF_NAMED = WordSets.of("ward", "wing", "hall", "pavilion", "hill", "lake", "bay", "marsh", "glen",
            "brook", "shire");

    /**
     * Words of the compass that open the name of a region ("Doğu Anadolu", Eastern Anatolia; "Süd Tirol", "Nord
     * Jylland", "Zuid Holland"), where English writes "North" and "East", which never open a name (see
     * {@link NamesLexicon#NOT_FIRST}): where one opens the name, a person is named only where something vouches for one.
     */
    private static final Set<String> COMPASS_FIRST = WordSets.of("doğu", "batı", "kuzey", "güney", "orta", "nord", "süd", "ost",
            "noord", "zuid", "oost", "syd", "øst", "vest", "norra", "södra", "östra", "västra");

    /**
     * Words of the compass and the middle that end the name of a place in Indonesian, Malay and Javanese ("Sari Asih
     * Utara", "Jawa Tengah", "Rejo Wetan", "Kebon Kulon").
     */
    private static final Set<String> COMPASS_LAST = WordSets.of("utara", "selatan", "timur", "barat", "tengah", "wetan", "kulon",
            "kidul", "lor");

    /**
     * Capitalised nouns that end the name of a public body after words that could be a name ("Coal Authority",
     * "Water Services Board", "Environment Protection Agency"): the words before one are the body's, here and wherever they stand alone.
     */
    private static final Set<String> BODIES = WordSets.of("agency", "authority", "board", "council", "trust", "service", "services",
            "ministry", "commission", "inspectorate", "directorate");

    /**
     * Countries that end the name of a public body written as what it does and where ("Food Standards Scotland",
     * "Historic Environment Scotland", "Historic England", "Sport Ireland"), when the run of capitalised words ends with one.
     */
    private static final Set<String> BODY_COUNTRIES = WordSets.of("wales", "scotland", "england", "ireland", "cymru", "britain",
            "australia", "canada", "zealand");

    /**
     * The same nouns in the Polish and Russian genitive, which a role's name follows rather than a namesake's ("dyrektor
     * szpitala dr Anna Nowak", "главный врач больницы Ирина …"), but which "im." may join to one ("do szpitala im. Jana
     * Pawła II"). Czech writes the namesake after the genitive ("studenti Gymnázia Jana Keplera"): those are above.
     */
    private static final Set<String> GENITIVES = WordSets.of("szpitala", "szkoły", "uniwersytetu", "nagrody", "больницы", "госпиталя", "центра", "института", "школы", "университета", "аэропорта", "лікарні");

    /** Words that join an institution's noun to its namesake's genitive: Polish "im." and Russian "им.", "имени". */
    private static final Set<String> NAMED_AFTER = WordSets.of("im", "им", "имени", "імені");

    /**
     * Words that qualify an institution between its noun and its namesake ("Hospital General", "centre hospitalier",
     * "centre de santé", "Bệnh viện Hữu nghị", "НИИ скорой помощи имени"), lower case as French, Vietnamese and Russian
     * write them.
     */
    private static final Set<String> QUALIFIERS = WordSets.of("general", "geral", "generale", "universitario", "universitário",
            "regional", "central", "municipal", "provincial", "infantil", "hospitalier", "hospitalière", "universitaire",
            "santé", "salud", "saúde", "de", "del", "do", "da", "di", "du", "des", "la", "le", "hữu", "nghị", "đa", "khoa",
            "скорой", "помощи", "umum", "daerah", "pusat", "ibu", "dan", "anak", "đại", "sân",
            // and the kinds of school ("liceo scientifico …", "lycée professionnel …", "colegio público …", "escola estadual …")
            "classico", "scientifico", "linguistico", "statale", "comprensivo", "tecnico", "professionale", "primaire",
            "maternelle", "élémentaire", "professionnel", "agricole", "público", "pública", "privado", "primaria",
            "secundaria", "estadual", "técnica", "técnico", "particular", "negeri", "swasta");

    /** Honorifics of a namesake, between an institution's noun and the name ("RSUD Dr. Soetomo", "Szent János"). */
    private static final Set<String> HONORIFICS = WordSets.of("dr", "dr.", "prof", "prof.", "saint", "st", "st.", "ste", "sainte",
            "szent", "san", "santa", "são", "santo", "sankt", "sv.", "św.", "queen", "king", "prince", "princess", "sir", "lady",
            "presidente", "general", "doctor", "doutor", "doktor", "dokter", "ks.", "bapak", "ir.", "h.");

    /** Turkish endings of place, "at" and "from", which an apostrophe joins to a name ("Behçet Uz'da", "Ankara'dan"). */
    private static final Set<String> LOCATIVE_ENDINGS = WordSets.of("da", "de", "ta", "te", "nda", "nde", "dan", "den", "tan",
            "ten", "ndan", "nden");

    /** How many qualifiers, honorifics and capitalised words may stand between the noun and the name. */
    private static final int REACH = 4;

    /**
     * Whether the name from i to j stands in the name of an institution or a place: a noun of one before it or after it
     * (see the class), or a Turkish ending of place on its last word.
     */
    static boolean within(List<NamesText.Token> tokens, int i, int j) {
        // "Barangay Taculing", "O Prémio Sofia Albuquerque": the noun may stand in the run of capitalised words
        for (int p = i; p < j - 1; p++) if (BEFORE.contains(bare(tokens.get(p)))) return true;
        return before(tokens, i) || after(tokens, i, j) || locative(tokens.get(j - 1).text())
                || COMPASS_FIRST.contains(tokens.get(i).lower()) || COMPASS_LAST.contains(tokens.get(j - 1).lower());
    }

    /** Capitalised nouns of places and their governments that "of" joins to the place's name ("Rural Municipality of Wallace"). */
    private static final Set<String> OF_PLACE = WordSets.of("municipality", "county", "city", "town", "village", "district",
            "province", "region", "republic", "kingdom", "township", "parish", "borough", "state", "commonwealth", "shire");

    /** The run at {@code from} follows "of" and a noun of a place ("the Rural Municipality of Wallace", "the County of Grey"). */
    static boolean ofPlace(List<NamesText.Token> tokens, int from) {
        if (from < 2 || !tokens.get(from).joined() || !tokens.get(from - 1).joined()) return false;
        NamesText.Token noun = tokens.get(from - 2);
        return tokens.get(from - 1).text().equals("of") && noun.capitalised() && OF_PLACE.contains(noun.lower());
    }

    /** "in" of Polish, Czech, Slovak, Russian and Ukrainian, after which a place stands in the locative ("w Kazimierzu Dolnym"). */
    private static final Set<String> SLAVIC_IN = WordSets.of("w", "we", "v", "ve", "в", "во");

    /**
     * Where the place opens that a Slavic "in" puts the run from {@code from} to {@code to} in ("w Kazimierzu Dolnym", "В
     * Орске Урал", "V Jablonci"), the "in" in the run when it opens a sentence; -1 if none does. A capital letter
     * before a given name is an initial ("V Ramesh").
     */
    static int locative(List<NamesText.Token> tokens, int from, int to, NamesGazetteer given) {
        // the words' strings only for words of two letters: most runs follow a longer word
        NamesText.Token first = tokens.get(from);
        NamesText.Token before = from > 0 ? tokens.get(from - 1) : null;
        if (before != null && before.length() <= 2 && first.joined() && before.lowerCase() && SLAVIC_IN.contains(before.text())) return from;
        return to - from >= 2 && first.length() <= 2 && SLAVIC_IN.contains(first.lower()) && tokens.get(from + 1).joined()
                && !tokens.get(from + 1).given(given) ? from + 1 : -1;
    }

    /**
     * Whether one of the names written names the same as {@code words} in another case: the first words alike and the
     * last words alike, as declension leaves them ("Kazimierz Dolny" and "Kazimierzu Dolnym", "Jan" and "Jana").
     */
    static boolean declined(List<String> words, List<List<String>> names) {
        for (List<String> n : names) {
            if (alike(words.get(0), n.get(0)) && alike(words.get(words.size() - 1), n.get(n.size() - 1))) return true;
        }
        return false;
    }

    /** Two words that share all but the last two letters of the shorter, and three letters at least. */
    private static boolean alike(String a, String b) {
        String x = NamesGazetteer.fold(a.toLowerCase(Locale.ROOT));
        String y = NamesGazetteer.fold(b.toLowerCase(Locale.ROOT));
        int common = 0;
        while (common < x.length() && common < y.length() && x.charAt(common) == y.charAt(common)) common++;
        return common >= Math.max(3, Math.min(x.length(), y.length()) - 2);
    }

    /** The one word at i stands after the noun of a river or a village in lower case ("реке Урал"): a place, no back-reference. */
    static boolean feature(List<NamesText.Token> tokens, int i) {
        if (i == 0 || !tokens.get(i).joined()) return false;
        NamesText.Token noun = tokens.get(i - 1);
        return noun.lowerCase() && FEATURES.contains(noun.lower());
    }

    private static boolean before(List<NamesText.Token> tokens, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 1 - REACH; k--) {
            NamesText.Token t = tokens.get(k);
            String w = bare(t);
            // "имени" says it whole, but not in "от имени" ("on behalf of"); "im." and "им." are pronouns too ("pomogli im."),
            // and abbreviate "named after" only after the institution's name, capitalised or numbered ("Szkoła nr 5 im.")
            NamesText.Token previous = k > 0 && t.joined() ? tokens.get(k - 1) : null;
            boolean named = NAMED_AFTER.contains(w) && (w.length() > 2 ? previous == null || !previous.lower().equals("от")
                    : t.after() == '.' && previous != null && (Character.isUpperCase(previous.first()) || Character.isDigit(previous.first())
                    || BEFORE.contains(bare(previous)) || GENITIVES.contains(previous.lower())));
            // "im." breaks the run of words with its full stop; any other punctuation ends the phrase
            if (!tokens.get(k + 1).joined() && !(k == i - 1 && named)) return false;
            // "ředitel nemocnice Jan Novák": a role of the institution names its holder, no namesake
            if (named || BEFORE.contains(w) || t.is(NamesLexicon.PLACE_NOUN) || t.lowerCase() && FEATURES.contains(w)) {
                return named || !roleOf(tokens, k);
            }
            if (t.possessive()) return false;
            if (QUALIFIERS.contains(w) || HONORIFICS.contains(w)) continue;
            // "Szpitalu Wojewódzkim", "Hospital Regional", "trường THPT": a capitalised qualifier or an acronym, but no
            // role ("Hospital Director")
            if (!t.capitalised() && !acronym(t) || t.is(NamesLexicon.DESCRIPTOR | NamesLexicon.TITLE)) return false;
        }
        return false;
    }

    private static boolean acronym(NamesText.Token t) {
        if (t.length() < 2 || t.length() > 5) return false;
        String w = t.text();
        for (int k = 0; k < w.length(); k++) if (!Character.isUpperCase(w.charAt(k))) return false;
        return true;
    }

    /** A role in lower case, or opening the sentence, right before the institution's noun at k ("director of the hospital"). */
    static boolean roleOf(List<NamesText.Token> tokens, int k) {
        if (k == 0 || !tokens.get(k).joined()) return false;
        NamesText.Token role = tokens.get(k - 1);
        return (role.lowerCase() || role.sentenceStart()) && role.is(NamesLexicon.DESCRIPTOR | NamesLexicon.TITLE);
    }

    private static boolean after(List<NamesText.Token> tokens, int i, int j) {
        // "Probation Service", "Licensing Board": a public body named by what it does, whose noun ends the run
        for (int k = i + 1; k < j; k++) if (AFTER.contains(bare(tokens.get(k))) || k == j - 1 && BODIES.contains(tokens.get(k).lower())) return true;
        String last = bare(tokens.get(j - 1));
        if (AFTER_IF_NAMED.contains(last) && (j - i >= 3 || i > 0 && tokens.get(i).joined() && HONORIFICS.contains(bare(tokens.get(i - 1))))) {
            return true;
        }
        for (int k = j; k < tokens.size() && k <= j + REACH; k++) {
            NamesText.Token t = tokens.get(k);
            if (!t.joined() || k > j && tokens.get(k - 1).possessive()) return false;
            if (AFTER.contains(bare(t)) || t.capitalised() && BODIES.contains(t.lower())) return true;
            // "Food Standards Scotland said": a country that ends the run right after the name
            if (k == j && t.capitalised() && BODY_COUNTRIES.contains(t.lower())
                    && (k + 1 == tokens.size() || !tokens.get(k + 1).joined() || !tokens.get(k + 1).capitalised())) return true;
            // "Children's Hospital", "Johannesburg Academic Hospital", "Çocuk Hastanesi": capitalised qualifiers
            if (!t.capitalised()) return false;
        }
        return false;
    }

    /** "Uz'da", "Kadıköy'den": a Turkish ending of place after an apostrophe. */
    private static boolean locative(String w) {
        int a = Math.max(w.lastIndexOf('\''), w.lastIndexOf('\u2019'));
        return a >= 2 && LOCATIVE_ENDINGS.contains(w.substring(a + 1));
    }

    /**
     * The word in lower case without an elided article before it ("l'hôpital") or a Turkish case ending after it
     * ("Hastanesi'nin").
     */
    static String bare(NamesText.Token t) {
        String w = t.lower();
        int a = w.indexOf('\'');
        if (a < 0) a = w.indexOf('\u2019');
        if (a < 0) return w;
        if (a <= 4 && a < w.length() - 3) return w.substring(a + 1);
        return a >= 2 && w.length() - a <= 6 ? w.substring(0, a) : w;
    }

    /** What names the same person or place in an article: its first and last words, without diacritics or case ending. */
    static String key(List<String> words) {
        String last = words.get(words.size() - 1);
        int a = Math.max(last.lastIndexOf('\''), last.lastIndexOf('\u2019'));
        if (a >= 2 && last.length() - a <= 6 && last.substring(a + 1).chars().allMatch(Character::isLowerCase)) last = last.substring(0, a);
        return NamesGazetteer.fold(words.get(0).toLowerCase(Locale.ROOT)) + ' ' + NamesGazetteer.fold(last.toLowerCase(Locale.ROOT));
    }
}
