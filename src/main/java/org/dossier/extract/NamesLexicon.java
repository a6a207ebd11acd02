package org.dossier.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The closed word lists the people finder reads names with: words that announce a name, words that can never be
 * part of one, and words that say the capitalised phrase is an organisation or a place. All lower case.
 */
final class NamesLexicon {
    private NamesLexicon() {}

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }


    /** Titles and roles written before a name ("Vermont Senator Bernie Sanders"): evidence, dropped from the name. */
    static final Set<String> TITLES = WordSets.of("sen.", "sens.", "senator", "rep.", "reps.", "representative",
            "congressman", "congresswoman", "congressmember", "gov.", "governor", "lt.", "lieutenant", "president",
            "pres.", "mayor", "judge", "justice", "dr.", "dr", "doctor", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "mx.",
            "miss", "prof.", "professor", "rev.", "reverend", "pastor", "bishop", "cardinal", "pope", "rabbi", "imam",
            "sheikh", "sir", "dame", "lord", "lady", "queen", "princess", "duchess", "king", "prince", "emperor",
            "empress", "sultan", "emir", "archbishop", "ayatollah", "brigadier", "marshal", "gen.", "general", "col.",
            "colonel", "capt.", "captain", "sgt.", "sergeant", "adm.", "admiral", "maj.", "cmdr.", "commander",
            "officer", "detective", "det.", "sheriff", "secretary", "minister", "chancellor", "premier", "ambassador",
            "amb.", "commissioner", "attorney", "speaker", "leader", "chairman", "chairwoman", "chair", "chairperson",
            "ceo", "assemblyman", "assemblywoman", "assemblymember", "councilman", "councilwoman", "councilmember",
            "alderman", "delegate", "del.", "hon.", "honorable", "atty.", "supt.", "superintendent", "coach",
            "principal", "saint", "st.", "comptroller", "treasurer", "auditor", "magistrate", "trooper", "nurse",
            "sister", "brother", "father", "mother", "uncle", "aunt", "grandma", "grandpa", "counsel", "director",
            "founder", "co-founder", "candidate", "nominee", "hopeful", "actress", "actor", "star", "rapper", "singer",
            "comedian", "host", "anchor", "reporter", "correspondent", "columnist", "author", "activist",
            // honorifics of West Africa, Malaysia and South Asia ("Alhaji Aliko Dangote", "Datuk Seri Anwar Ibrahim")
            "alhaji", "alhaja", "hajiya", "haji", "mallam", "datuk", "dato", "datin", "tun", "shri", "smt.", "smt",
            "ustaz", "mufti", "maulana", "swami", "pandit",
            // elected and civic offices of the Commonwealth ("Councillor S Anbarasan", "Corporator Swati Joshi"), and
            // forms of address of Singapore, France, Germany and Spain ("Madam Lim Hui Shan", "Frau Keller")
            "councillor", "councilor", "cllr", "corporator", "madam", "madame", "mme", "mlle", "herr", "frau", "señor",
            "señora",
            // Burmese and Thai honorifics ("Daw Khin Myo Thant", "U Zaw Min Htet", "Khun Somchai")
            "daw", "u", "khun",
            // Vietnamese forms of address ("Ông Lê Văn Thành", "Bà Phạm Thị Hoa")
            "ông", "bà",
            // the second word of Malay honorifics ("Datuk Seri Anwar Ibrahim"; not "Sri", a given name too), and offices
            // written capitalised before a name in Indonesian, Malay, Dutch, Polish, Czech, Turkish and Italian ("Kepala
            // Dinas …", "Wethouder Vincent Kortekaas", "Rzecznik ZTP Michał Pyrzak", "Belediye Başkanı …", "L'assessora …")
            "seri", "kepala", "direktur", "gubernur", "menteri", "bupati", "walikota", "ketua", "pengarah",
            "wethouder", "burgemeester", "rzecznik", "rzeczniczka", "radna", "radny", "prezydent", "burmistrz", "wojewoda",
            "mluvčí", "náměstek", "náměstkyně", "primátor", "primátorka", "starosta", "starostka", "hejtman",
            "başkan", "başkanı", "vali", "bakan", "bakanı", "müdürü", "yardımcısı", "assessore", "assessora", "sindaco",
            "vereador", "vereadora", "advocate", "wali",
            // forms of address: Polish and Czech "Mr", "Mrs" ("Pan Jerzy Malinowski", "Paní Věra Kučerová"), Vietnamese
            // for a younger man or woman ("Anh Lê Quang Huy"); "Pan" is a Chinese surname too (see NamesScan)
            "pan", "pani", "paní", "pan.", "anh", "chị",
            // and Malay ("Encik Ramli bin Osman", "Puan Siti Khadijah")
            "encik", "puan", "cik",
            // "Prof" without its full stop, as British news writes it ("Prof Whitcombe said"), Spanish forms of respect
            // and the doctor's title of Spanish and Portuguese ("Doña Rosa Tapia", "Sra. Gómez", "Dra. Ana Ruiz"), and the
            // Turkish chain of office and academic rank before a doctor's name ("Başhekim Doç. Dr. ...", "Uzm. Dr.", "Op. Dr.")
            // and the lawyer's "Av."
            "prof", "doña", "dña", "dña.", "sra", "sra.", "srta", "srta.", "dra", "dra.", "başhekim", "başhekimi", "doç",
            "doç.", "uzm.", "op.", "av.",
            // heads of rural municipalities and wardens of Canada, Indonesian and Malay forms of address and the women's
            // Haji ("Pak Joko", "Bu Sri Wahyuni", "Hj. Siti Aminah", "Ustazah …"), and Ewe chiefs of Ghana ("Togbe Afede")
            "reeve", "warden", "pak", "bapak", "bu", "ibu", "hj.", "hj", "hjh.", "hjh", "hajjah", "hajah", "ustazah",
            "togbe", "togbui",
            // elders of a church, a congregation or a First Nation, whose title is written before the name ("Elder Ruth
            // Moosomin"), and the Māori elders, whose role English writes as a title ("Kaumātua Wiremu …")
            "elder", "kaumātua", "kaumatua", "kuia",
            // and the Philippine village's councillor and captain in Filipino ("Kagawad Jose …", "Kapitan …")
            "kagawad", "kapitan");

    /**
     * Words that qualify a title ("Former Vice President", "U.S. Sen.", "State Rep."): skipped before a name, but no
     * evidence by themselves ("the U.S. Labor Day weekend").
     */
    static final Set<String> MODIFIERS = WordSets.of("vice", "former", "first", "acting", "interim", "state", "u.s.", "us",
            "district", "federal", "senior", "junior", "freshman", "ranking", "majority", "minority", "prime",
            "foreign", "defense", "defence", "press", "special", "executive", "presidential", "deputy", "chief",
            "crown", "assistant", "associate", "national", "incoming", "outgoing", "then", "late", "retired",
            // Turkish "general" and "director" before the word of an office ("Genel Müdürü", "Genel Müdür Yardımcısı")
            "genel", "müdür");

    /**
     * Titles that are also surnames ("Mike Judge", "Billie Jean King's coach"): they open a name but do not end one.
     * Every other title stops a name ("Vermont Senator Bernie Sanders" is no "Vermont Senator").
     */
    static final Set<String> TITLES_ALSO_SURNAMES = WordSets.of("judge", "justice", "bishop", "cardinal", "pope", "lord",
            "lady", "dame", "sir", "queen", "king", "prince", "marshal", "general", "sheriff", "speaker", "leader",
            "coach", "principal", "saint", "nurse", "brother", "father", "mother", "sister", "host", "chief", "deputy",
            "officer", "chancellor", "captain", "sergeant", "doctor", "star", "senior", "junior", "special", "director",
            "founder", "author", "press", "first", "prime", "foreign", "defense", "federal", "state", "district",
            "acting", "interim", "chair", "crown", "late", "anh", "chị", "reeve", "warden", "elder");

    /**
     * Lower-case words that, right before a capitalised pair, say it is a person ("actress Alyssa Milano",
     * "former Senate aide Tara Reade"). Evidence for pairs whose first word is not a known given name.
     */
    static final Set<String> DESCRIPTORS = WordSets.of("actress", "actor", "activist", "aide", "adviser", "advisor", "lawyer",
            "attorney", "senator", "congressman", "congresswoman", "governor", "mayor", "judge", "justice", "president",
            "spokesperson", "spokesman", "spokeswoman", "director", "executive", "founder", "co-founder", "host",
            "anchor", "columnist", "reporter", "journalist", "writer", "author", "novelist", "poet", "singer", "rapper",
            "musician", "comedian", "star", "player", "coach", "quarterback", "candidate", "nominee", "secretary",
            "minister", "chairman", "chairwoman", "leader", "strategist", "organizer", "organiser", "expert",
            "specialist", "professor", "doctor", "entrepreneur", "investor", "billionaire", "businessman",
            "businesswoman", "producer", "director", "model", "officer", "official", "staffer", "accuser", "wife",
            "advocate", "solicitor", "barrister", "mp", "mps", "mep", "mla", "pm",
            // everyday occupations and roles that introduce ordinary people in news ("Trucker Rodelio Bautista",
            // "farmer Kwame Asante"); not those that are given names or surnames too (Baker, Cook, Shepherd)
            "farmer", "driver", "trucker", "commuter", "resident", "shopkeeper", "vendor", "fisherman", "worker",
            "labourer", "laborer", "engineer", "accountant", "mechanic", "electrician", "plumber", "pilot", "paramedic",
            "firefighter", "policeman", "policewoman", "cleaner", "waiter", "waitress", "pharmacist", "dentist",
            "surgeon", "physician", "midwife", "grower", "rancher", "herder", "welder", "retiree", "pensioner",
            "shopper", "passenger", "tourist", "pilgrim", "refugee", "migrant", "villager", "homeowner", "volunteer",
            "spinner", "opener", "paceman", "seamer", "wicketkeeper", "all-rounder", "colleague", "coxswain", "helmsman",
            "lecturer", "academic", "graduate", "cashier", "clerk", "barber", "hairdresser", "photographer",
            "architect", "curator", "librarian", "monk", "nun", "nurse",
            "husband", "daughter", "son", "mother", "father", "sister", "brother", "cousin", "friend", "partner",
            "girlfriend", "boyfriend", "fiancé", "fiancee", "widow", "victim", "survivor", "witness", "defendant",
            "plaintiff", "student", "teacher", "researcher", "scientist", "economist", "analyst", "historian",
            "commentator", "pundit", "podcaster", "influencer", "youtuber", "ceo", "chief", "representative", "rep.",
            "sen.", "gov.", "dr.", "mr.", "mrs.", "ms.", "lawmaker", "legislator", "prosecutor", "detective", "sheriff",
            "commissioner", "ambassador", "envoy", "diplomat", "general", "colonel", "captain", "sergeant", "soldier",
            "veteran", "pastor", "priest", "rabbi", "imam", "bishop", "filmmaker", "designer", "chef", "athlete",
            "champion", "medalist", "golfer", "boxer", "wrestler", "swimmer", "runner", "pitcher", "striker",
            "goalkeeper", "manager", "owner", "president-elect", "premier", "chancellor", "monarch", "king", "queen",
            "prince", "princess", "duke", "duchess", "heiress", "socialite", "personality", "celebrity", "hopeful",
            "challenger", "incumbent", "contender", "rival", "opponent", "ally", "critic", "supporter", "donor",
            "protester", "whistleblower", "inmate", "suspect", "named", "called", "dubbed", "editor", "dissident",
            "opposition", "rebel", "militant", "broker", "dealer", "trader", "banker", "chief", "lieutenant", "marshal",
            "emperor", "empress", "sultan", "emir", "sheikh", "ayatollah", "archbishop", "cleric", "playmaker",
            "midfielder", "defender", "forward", "striker", "batsman", "bowler", "skipper", "captain", "manager",
            "artist", "head", "convener", "convenor", "councillor", "councilor", "corporator", "advocate", "sculptor",
            "painter", "translator", "mp", "hawker", "trader", "owner", "presenter",
            // founders in the languages of the word lists, whom a foundation or a prize is named after ("Elena Paz,
            // fundadora de la organización, explicó")
            "fondateur", "fondatrice", "fundador", "fundadora", "gründer", "gründerin", "fondatore", "oprichter", "oprichtster",
            "założyciel", "założycielka", "zakladatel", "zakladatelka", "основатель", "основательница", "kurucu", "alapító",
            "pendiri",
            // the same in Russian, French, German and Spanish ("житель Ринат Галиев", "le maire Jean Dupont")
            "житель", "жительница", "директор", "глава", "мэр", "губернатор", "министр", "депутат", "президент",
            "заместитель", "председатель", "представитель", "эксперт", "профессор", "врач", "водитель", "пенсионер",
            "пенсионерка", "студент", "студентка", "учитель", "учительница", "активист", "адвокат", "судья",
            "maire", "ministre", "député", "députée", "adjoint", "adjointe", "porte-parole", "directeur", "directrice",
            "habitant", "habitante", "président", "présidente", "avocat", "avocate", "bürgermeister", "bürgermeisterin",
            "sprecher", "sprecherin", "anrainerin", "anrainer", "anwohner", "anwohnerin", "alcalde", "alcaldesa",
            "ministro", "ministra", "portavoz", "portaveu", "presidente", "presidenta", "vecino", "vecina", "director", "directora",
            // trades and everyday roles glued before a name at a sentence start ("Builder Tom Hart", "Winzerin Leonie
            // …", "Der Landwirt Sepp …"), or in an apposition ("dijo Curro, el dueño del quiosco"); not those that
            // are common surnames too (Baker, Carpenter, Bauer, Fischer, Boulanger)
            "builder", "roofer", "bricklayer", "stonemason", "locksmith", "decorator", "tiler",
            "publican", "stationmaster", "landwirt", "landwirtin", "winzer",
            "winzerin", "bäcker", "bäckerin", "wirt", "wirtin", "gastwirt", "gastwirtin", "händler", "händlerin",
            "rentner", "rentnerin", "lehrer", "lehrerin", "pfarrer", "pfarrerin", "unternehmer", "unternehmerin",
            "agriculteur", "agricultrice", "boulangère", "pêcheur", "commerçant", "commerçante", "viticulteur",
            "éleveur", "retraité", "retraitée", "riverain", "riveraine", "cliente", "voisin", "voisine",
            "pescador", "pescadora", "agricultor", "agricultora", "comerciante", "taxista", "jubilado", "jubilada",
            "dueño", "dueña", "propietario", "propietaria", "ingeniero", "ingeniera", "concejal", "concejala",
            "consejero", "consejera", "motorista", "diarista", "vendedor", "vendedora", "aposentado", "aposentada",
            "morador", "moradora", "vizinho", "vizinha", "biologist", "biólogo", "bióloga", "científico", "científica",
            "investigador", "investigadora", "médico", "médica", "médecin", "chercheur", "chercheuse", "forscher",
            "forscherin", "ärztin", "tassista", "pescatore", "ingegnere", "ingegnera", "geologo", "geologa", "titolare", "negoziante", "assessore", "assessora", "sindaco",
            "pensionato", "pensionata", "deputado", "deputada", "vereador", "vereadora", "prefeito",
            "prefeita", "engenheiro", "engenheira", "superintendente", "wethouder", "burgemeester", "loodgieter",
            // and in Indonesian and Malay, Dutch, Swedish, Polish, Czech and Turkish ("Pedagang kopi keliling, Suharyanto,",
            // "trafikchef Erik …", "emekli öğretmen Hüseyin …"), the Indian village head, and Russian heads of offices
            "pedagang", "peniaga", "warga", "penduduk", "penumpang", "sopir", "pengemudi", "petani", "nelayan", "guru",
            "direktur", "kepala", "gubernur", "menteri", "ketua", "pengarah", "woordvoerder", "woordvoerster", "voorzitter",
            "directeur", "bewoner", "bewoonster", "eigenaar", "eigenaresse", "deskundige", "ordförande", "talesperson",
            "chef", "rzecznik", "radna", "radny", "mieszkanka", "mieszkaniec", "kierowca", "mluvčí", "majitel", "majitelka", "načelnik", "načelnica",
            "náměstek", "öğretmen", "esnaf", "emekli", "sarpanch", "руководитель", "начальник",
            // and Norwegian and Danish, and Hungarian, whose role after a name takes the possessive ending ("Kovács
            // Anna, a cég igazgatója": "its director"), and Russian and Kazakh heads of districts and deputies
            "ordfører", "varaordfører", "rådmann", "byråd", "fylkesråd", "statsråd", "leder", "talsperson", "borgmester", "beboer",
            "innbygger", "sjåfør", "bussjåfør", "lærer", "pensjonist", "polgármester", "alpolgármester", "igazgató",
            "igazgatója", "vezérigazgató", "vezérigazgatója", "vezető", "vezetője", "szóvivő", "szóvivője", "elnök",
            "elnöke", "képviselő", "képviselője", "lakos", "lakója", "sofőr", "tanár", "nyugdíjas", "szakértő", "szakértője",
            "gazda", "gazdálkodó", "termelő", "tenyésztő", "tulajdonos", "tulajdonosa", "elemző", "elemzője", "kutató", "orvos",
            "аким", "акима", "заместителя", "мешканець", "мешканка",
            // and Russian roles in the genitive, which "по словам" ("according to") puts before a name in the genitive too
            "главврач", "главврача", "врача", "министра", "директора", "главы", "мэра", "губернатора", "председателя",
            "руководителя", "начальника", "депутата", "представителя", "президента",
            // and the Māori elders and helpers that New Zealand English names by their role ("Kaumātua Wiremu …")
            "kaumātua", "kaumatua", "kuia", "kaiāwhina", "kaiawhina",
            // and the pupils, teachers and heads of school and exam stories ("a Grade 12 learner, …", "la
            // alumna …", "siswi …", "la preside …", "le proviseur …", "Schulleiterin …")
            "learner", "pupil", "schoolgirl", "schoolboy", "alumna", "alumno", "aluna", "aluno", "élève", "lycéen", "lycéenne",
            "schüler", "schülerin", "studente", "studentessa", "leerling", "siswa", "siswi", "murid", "pelajar", "uczeń",
            "uczennica", "žák", "žákyně", "öğrenci", "headteacher", "headmaster", "headmistress", "profesor", "profesora",
            "maestra", "maestro", "professora", "preside", "dirigente", "insegnante", "docente", "proviseur", "proviseure",
            "professeur", "professeure", "enseignant", "enseignante", "schulleiter", "schulleiterin", "rektor", "rektorin",
            "leraar", "lerares",
            // and secretaries of state, the officers and residents of Indonesian associations and housing ("Pengurus
            // paguyuban, …", "buruh pabrik …"), and Hungarian activists and mayors in the possessive
            "secrétaire", "secretario", "secretaria", "secretário", "secretária", "segretario", "segretaria", "sekretarz",
            "staatssekretär", "staatssekretärin", "pengurus", "buruh", "karyawan", "aktivis", "aktivista", "aktivistája",
            "polgármestere", "alpolgármestere",
            // and the less common English roles of housing and care stories ("Chaplain Euan …", "Lifeguard Siosaia …"; not
            // "caretaker", which a government or a club manager may be)
            "chaplain", "janitor", "verger", "curate", "deacon", "lifeguard", "carer", "caregiver", "widower",
            "grandmother", "grandfather", "landlady", "stallholder", "concierge", "handyman");

    /**
     * Verbs of speech, and a few others only people do, right after a name ("Flores said", "Dhingra voted"), and the
     * relative pronouns that open a description of a person: evidence like a descriptor.
     */
    static final Set<String> SPEECH = WordSets.of("said", "says", "told", "tweeted", "wrote", "writes", "added", "adds",
            "noted", "notes", "argued", "argues", "claimed", "claims", "explained", "explains", "stressed", "insisted",
            "acknowledged", "countered", "asked", "asks", "replied", "posted", "announced", "stated", "responded",
            "recalled", "testified", "alleged", "alleges", "admitted", "warned", "declared", "confirmed", "denied",
            "denies", "tells", "recalls", "continued", "concluded", "shared", "retweeted", "suggested", "urged", "who",
            "whose", "herself", "himself", "resigned", "apologised", "apologized", "testified", "pleaded", "died",
            "married", "smiled", "laughed", "shrugged", "thinks", "believes", "believed", "feels", "felt", "voted",
            // the same in Russian, French, German and Spanish, after the name ("Соколов сообщил", "Gruber sagte")
            "сказал", "сказала", "заявил", "заявила", "сообщил", "сообщила", "рассказал", "рассказала", "отметил",
            "отметила", "уточнил", "уточнила", "добавил", "добавила", "пояснил", "пояснила", "подчеркнул",
            "подчеркнула", "считает", "который", "которая", "explique", "expliqué", "déclare", "déclaré", "affirme",
            "estime", "ajoute", "souligne", "qui", "sagte", "sagt", "erklärte", "erklärt", "betonte", "meint", "meinte",
            "fürchtet", "spricht", "der", "die", "dijo", "afirmó", "explicó", "señaló", "aseguró", "declaró", "quien",
            // and in Portuguese, and the verbs of telling that French and Spanish put before the speaker ("a confié
            // Nolwenn", "contó Curro")
            "disse", "afirmou", "declarou", "explicou", "contou", "ressaltou", "destacou", "diz", "confié", "raconté",
            "indiqué", "précisé", "assuré", "contó", "relató", "comentó",
            // and Italian, after "ha" ("ha detto", "ha raccontato Gennaro")
            "detto", "spiegato", "raccontato", "dichiarato", "aggiunto", "affermato",
            // and Indonesian and Malay ("kata Hendra", "ujar Suharyanto"), Dutch, Swedish, Polish, Czech, Turkish and
            // Russian, after the name or before it
            "mengatakan", "kata", "ujar", "ujarnya", "menambahkan", "menjelaskan", "mengaku", "tutur", "ucap", "berkata",
            "zei", "zegt", "aldus", "vertelt", "vertelde", "sade", "säger", "berättar", "berättade", "powiedział",
            "powiedziała", "dodał", "dodała", "mówi", "řekl", "řekla", "uvedl", "uvedla", "dodal", "dodala", "dedi", "söyledi",
            "anlattı", "belirtti", "говорит", "рассказывает", "словам",
            // and Norwegian and Danish ("sier ordfører …"), and Hungarian ("– mondta …"), with their relative pronouns
            // ("Kari Lund, som bor …", "Nagy Anna, aki …")
            "sier", "forteller", "fortalte", "uttaler", "siger", "som", "mondta", "közölte", "nyilatkozta",
            "hangsúlyozta", "mondja", "szerint", "aki", "akinek", "akit", "akivel", "akiről", "akitől",
            // and Croatian, Serbian and Bosnian, before "je" and the speaker ("rekao je Ante …", "izjavila je …")
            "rekao", "rekla", "izjavio", "izjavila", "kaže", "istaknuo", "istaknula");

    /**
     * English function words and pronouns, capitalised only at a sentence start or in a headline: never-words there,
     * but one capitalised inside a sentence after a name is a surname ("County Commissioner Benson Otieno Were said").
     */
    static final Set<String> FUNCTION_WORDS = WordSets.of(
            "the", "a", "an", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with",
            "as", "into", "over", "after", "before", "amid", "against", "about", "than", "then", "if", "is", "was",
            "are", "were", "be", "been", "has", "had", "have", "do", "does", "did", "not", "no", "yes", "this", "that",
            "these", "those", "it", "its", "he", "she", "they", "we", "you", "i", "me", "him", "her", "his", "hers",
            "their", "our", "your", "my", "who", "what", "when", "where", "why", "how", "which", "while", "all", "some",
            "any", "every", "each", "many", "much", "more", "most", "other", "others", "such", "also", "just", "only",
            "even", "still", "now", "here", "there", "so", "yet", "via", "per", "vs", "vs.", "versus", "re", "ok",
            "okay");

    /**
     * Capitalised words that are never part of a person's name: besides the function words above, interjections,
     * days, parties, nationalities and countries. A name span stops before them.
     */
    static final Set<String> NEVER = WordSets.of(
            "oh", "hey", "hi", "dear", "please", "thanks", "thank", "sorry", "wow", "lol", "omg", "breaking",
            "exclusive", "update", "updated", "posted", "published", "watch", "read", "opinion", "analysis", "editorial", "photo", "photos", "video",
            "videos", "image", "images", "credit", "getty", "afp", "reuters", "ap", "wireimage", "source", "sources",
            "instead", "meanwhile", "however", "although", "though", "because", "since", "until", "unless", "whether",
            "despite", "during", "among", "between", "without", "within", "under", "above", "below", "across", "along",
            "around", "behind", "beyond", "near", "off", "out", "up", "down", "again", "once", "twice", "like",
            "unlike", "both", "either", "neither", "few", "several", "last", "next", "new", "old", "first", "second",
            "third", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "mr", "mrs", "ms",
            // days and times
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight",
            "yesterday", "tomorrow", "christmas", "easter", "thanksgiving", "halloween", "ramadan", "hanukkah",
            "passover",
            // parties, nationalities, movements
            "democratic", "democrat", "democrats", "republican", "republicans", "gop", "dems", "libertarian",
            "independent", "progressive", "progressives", "conservative", "conservatives", "liberal", "liberals",
            "centrist", "centrists", "american", "americans", "british", "english", "french", "german", "russian",
            "russians", "chinese", "mexican", "canadian", "israeli", "palestinian", "ukrainian", "iranian", "african",
            "asian", "european", "latino", "latina", "latinx", "hispanic", "australian", "australians", "indian",
            "pakistani", "afghan", "iraqi", "syrian", "lebanese", "saudi", "egyptian", "turkish", "kurdish", "kurd",
            "kurds", "greek", "italian", "spanish", "portuguese", "dutch", "belgian", "swiss", "austrian", "swedish",
            "norwegian", "danish", "finnish", "polish", "czech", "slovak", "hungarian", "romanian", "bulgarian",
            "serbian", "serb", "serbs", "croatian", "croat", "bosnian", "albanian", "belarusian", "georgian",
            "armenian", "japanese", "korean", "vietnamese", "thai", "indonesian", "filipino", "malaysian", "brazilian",
            "argentine", "argentinian", "chilean", "colombian", "venezuelan", "cuban", "peruvian", "nigerian", "kenyan",
            "ethiopian", "somali", "sudanese", "south", "northern", "southern", "eastern", "western", "roman",
            "scottish", "welsh", "irish", "moslem", "moslems", "islamic", "arabic", "hindu", "sikh", "buddhist",
            "soviet", "yankees",
            // prepositions of French, Spanish, Portuguese and German, capitalised where they open a sentence ("À
            // Quimper, …", "Según Ronaldo", "Im Ortsteil …"); "À" would otherwise read as an initial
            "à", "é", "en", "au", "aux", "dans", "sur", "avec", "según", "para", "con", "em", "na", "nas", "nos", "com",
            "im", "am", "für", "mit", "bei", "nach", "vom", "zum", "zur", "beim",
            // countries and regions, which end no person's name (not those that are given names too, like Jordan)
            "america", "canada", "mexico", "brazil", "argentina", "britain", "england", "scotland", "wales", "ireland",
            "france", "germany", "spain", "italy", "portugal", "netherlands", "belgium", "switzerland", "austria",
            "sweden", "norway", "denmark", "finland", "poland", "russia", "ukraine", "belarus", "chechnya", "lithuania",
            "latvia", "estonia", "hungary", "romania", "bulgaria", "serbia", "croatia", "bosnia", "albania", "greece",
            "turkey", "iran", "iraq", "syria", "lebanon", "palestine", "gaza", "egypt", "libya", "tunisia", "algeria",
            "morocco", "nigeria", "ethiopia", "somalia", "sudan", "afghanistan", "pakistan", "bangladesh", "japan",
            "korea", "vietnam", "thailand", "indonesia", "philippines", "malaysia", "singapore", "taiwan", "australia",
            "zealand", "europe", "asia", "africa", "antarctica", "kosovo", "crimea", "venezuela", "colombia", "peru",
            "chile", "cuba", "haiti", "yemen", "qatar", "kuwait", "oman", "muslim", "muslims", "jewish", "catholic",
            "evangelical", "left", "right", "bro", "bros", "stans", "fans", "supporters", "voters", "critics",
            "twitter", "facebook", "instagram", "tiktok", "youtube", "reddit", "google", "amazon", "apple", "microsoft",
            "netflix", "hulu", "spotify", "snapchat", "linkedin", "whatsapp", "tweet", "tweets", "metoo", "blm", "maga",
            "covid", "coronavirus", "internet", "web", "online", "god", "lord", "allah",
            // more countries and capitals, and the last words of places whose first word may be a name ("Hong Kong",
            // "Sierra Leone"); not those that are given names too (Kenya, Cairo)
            "ghana", "uganda", "tanzania", "rwanda", "zimbabwe", "zambia", "senegal", "cameroon", "myanmar", "cambodia",
            "laos", "nepal", "mongolia", "kazakhstan", "uzbekistan", "ecuador", "paraguay", "uruguay", "panama",
            "honduras", "guatemala", "nicaragua", "angola", "mozambique", "namibia", "botswana", "malawi", "slovenia",
            "slovakia", "moldova", "azerbaijan", "cyprus", "iceland", "luxembourg", "bahrain", "emirates", "beijing",
            "shanghai", "delhi", "mumbai", "hanoi", "seoul", "tokyo", "jakarta", "manila", "bangkok", "lagos", "moscow",
            "kyiv", "kiev", "warsaw", "istanbul", "ankara", "tehran", "baghdad", "riyadh", "dubai", "karachi", "lahore",
            "dhaka", "kolkata", "chennai", "bengaluru", "bangalore", "hyderabad", "pyongyang", "taipei", "saigon",
            "busan", "abuja", "accra", "johannesburg", "kampala", "kinshasa", "dakar", "brussels", "madrid", "kong",
            "lumpur", "lanka", "leone", "janeiro", "aires", "dhabi", "aviv", "penh", "salaam", "nội",
            // amounts and currencies, which German writes capitalised after a number ("94 Millionen Euro") and other
            // languages before a place or a firm ("Euro 2024")
            "euro", "euros", "millionen", "milliarden", "million", "milliarde", "mio.", "mrd.", "prozent", "reais",
            "ringgit", "rupiah", "kronor", "kronen", "rubel", "złotych", "korun",
            // acronyms of rail and bus systems, which open the names of their lines and stations ("MRT Putrajaya")
            "mrt", "lrt", "brt", "krl", "ktm", "mtr", "bts", "rer", "tgv");

    /**
     * Capitalised words that end the names of organisations, places, events and things. A name span stops before
     * them, and a given name followed by one names the thing, not the person ("Alyssa Milano Foundation").
     */
    static final Set<String> ORG_WORDS = WordSets.of("committee", "court", "courts", "house", "senate", "congress",
            "assembly", "legislature", "parliament", "council", "cabinet", "government", "administration", "department",
            "dept", "agency", "bureau", "commission", "office", "ministry", "party", "caucus", "campaign", "campaigns",
            "pac", "foundation", "institute", "institution", "university", "college", "school", "academy", "center",
            "centre", "hospital", "clinic", "church", "cathedral", "temple", "mosque", "synagogue", "company", "co",
            "co.", "corp", "corp.", "corporation", "inc", "inc.", "llc", "ltd", "group", "holdings", "partners",
            "capital", "ventures", "fund", "trust", "bank", "bancorp", "association", "society", "union", "unions",
            "club", "league", "federation", "alliance", "coalition", "network", "networks", "media", "news", "times",
            "post", "journal", "courant", "tribune", "herald", "gazette", "chronicle", "globe", "observer", "guardian",
            "telegraph", "daily", "weekly", "magazine", "press", "review", "report", "reports", "radio", "television",
            "tv", "channel", "studios", "studio", "pictures", "productions", "records", "entertainment", "airlines",
            "airways", "motors", "systems", "technologies", "technology", "tech", "labs", "laboratories", "dynamics",
            "energy", "health", "healthcare", "logistics", "biotech", "pharmaceuticals", "pharma", "industries",
            "international", "global", "national", "federal", "state", "states", "united", "republic", "kingdom",
            "empire", "nation", "nations", "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive",
            "square", "plaza", "hills", "heights", "station", "airport", "bridge", "tower", "towers", "building",
            "hotel", "inn", "resort", "casino", "theatre", "theater", "cinema", "stadium", "arena", "garden", "gardens",
            "mall", "market", "county", "city", "town", "village", "district", "province", "valley", "beach", "island",
            "islands", "mountain", "mountains", "coast", "harbor", "harbour", "springs", "falls", "canyon", "desert",
            "act", "amendment", "treaty", "accord", "award", "awards", "prize", "medal", "week", "month", "year",
            "show", "festival", "summit", "conference", "convention", "forum", "games", "olympics", "cup", "series",
            "bowl", "championship", "tournament", "open", "puja", "team", "movement", "project", "initiative", "program",
            "programme", "plan", "fellowship", "scholarship", "lecture", "library", "museum", "gallery", "zoo",
            "memorial", "monument", "cemetery", "prison", "jail", "base", "fort", "army", "navy", "force", "corps",
            "guard", "police", "patrol", "lives", "matter", "matters", "up", "now", "fools", "foods", "brands",
            "stores", "restaurant", "restaurants", "cafe", "bar", "grill", "pizza", "burger", "chicken", "coffee",
            "motor", "auto", "insurance", "financial", "securities", "investments", "realty", "properties", "estate",
            "firm", "llp", "associates", "consulting", "solutions", "services", "software", "platforms",
            "communications", "wireless", "mobile", "cable", "broadcasting", "publishing", "books", "press", "films",
            "film", "music", "band", "orchestra", "choir", "ballet", "opera", "company's", "weekend", "era", "age",
            "war", "wars", "crisis", "scandal", "affair", "gate", "trial", "case", "hearing", "hearings", "rule",
            "doctrine", "effect", "syndrome", "disease", "virus", "vaccine", "laboratory", "telescope", "space",
            "observatory", "mission", "satellite", "rover", "philharmonic", "symphony", "quartet", "ensemble", "choir",
            "test", "tests", "match", "final", "finals", "premiere", "globes", "staff", "writer", "editor",
            "correspondent", "newsroom", "desk", "brothers", "sisters", "sons", "cross", "arab", "arabs", "march",
            "villa", "rovers", "wanderers", "athletic", "orient", "albion", "hotspur", "palace", "castle", "manor",
            "abbey", "park", "hole", "counties", "irish",
            // stations, stops, lines and quarters in the languages of the text classifier ("as estações Joana Bezerra
            // e Afogados", "Haltestelle Schlossberg", "la Línea 3")
            "estação", "estações", "estación", "estaciones", "gare", "haltestelle", "bahnhof", "hauptbahnhof", "schloss", "linha",
            "línea", "ligne", "linie", "metrô", "metro", "quartier", "barrio", "bairro", "neighbourhood", "neighborhood", "line",
            "suburb", "area",
            // last words of places in Turkish (with or without a case ending: "Atatürk Caddesi'ne"), Swedish and Czech
            // ("Gustaf Adolfs torg", "Husova ulice"), and of organisations in Dutch and Indonesian ("Hogeschool", "Dinas")
            "caddesi", "cadde", "sokak", "sokağı", "meydanı", "bulvarı", "köprüsü", "parkı", "mahallesi", "hastanesi",
            "okulu", "lisesi", "istasyonu", "camii", "üniversitesi", "torg", "torget", "gatan", "vägen", "ulice", "ulici",
            "třída", "hogeschool", "universiteit", "gemeente", "ziekenhuis", "dinas",
            // heads of public bodies and associations, first in their names in Portuguese, Spanish, Italian, Malay,
            // Indonesian and Turkish ("Prefeitura do Recife", "Câmara Municipal de Lisboa", "Associação de Moradores do
            // …", "Pemkot Surabaya", "Kementerian Pengangkutan", "İzmir Büyükşehir Belediyesi"), and services named as a
            // bus or a railway ("Suroboyo Bus", "Rapid Rail")
            "prefeitura", "municipal", "municipais", "associação", "secretaria", "ministério", "ministerio", "assembleia",
            "governo", "sindicato", "federação", "fundação", "companhia", "ayuntamiento", "diputación", "generalitat",
            "asociación", "fundación", "consejería", "comune", "regione", "provincia", "pemkot", "pemprov", "pemkab",
            "kementerian", "perbadanan", "suruhanjaya", "majlis", "belediyesi", "büyükşehir", "bakanlığı", "müdürlüğü",
            "bus", "buses", "rail", "railway", "railways", "transit",
            // and the portfolios that name an Indonesian or Malay office after it ("Kepala Dinas Perhubungan …")
            "perhubungan", "pengangkutan", "pendidikan", "kesehatan", "kesihatan", "pariwisata", "pekerjaan", "perumahan",
            // last words of South Asian place names: crossing, quarter, road, garden ("Rajiv Chowk", "Anna Nagar")
            "chowk", "nagar", "marg", "bagh", "ganj", "bazaar", "bazar",
            // last words of places named after people ("Kwame Nkrumah Circle", "Julius Nyerere Highway")
            "circle", "highway", "expressway", "motorway", "freeway", "quay", "wharf", "roundabout", "junction",
            "terminal", "esplanade", "promenade", "crescent", "interchange",
            // shops and trades ("Harvey Norman Furniture", "Wanjiru Jewellers")
            "furniture", "interiors", "jewellers", "jewelers", "jewellery", "jewelry", "bakery", "pharmacy", "chemists",
            "hardware", "supplies", "salon", "boutique", "outlet", "outlets", "store", "shop", "shops", "emporium",
            "traders", "trading", "wholesale", "carpets", "kitchens", "builders", "construction", "engineering",
            "printing", "garage", "tailors", "dental", "opticians", "bistro", "brewery", "winery", "dairy", "textiles",
            "electronics", "electrical", "plumbing", "appliances", "cars", "homes", "flowers", "florist", "butchers",
            "catering", "caterers", "cleaning", "haulage", "removals", "landscaping", "contractors", "couriers", "farms",
            // schools named by their stage ("Moorfield Primary", "Eastbrook Infants", "Hollins Grammar")
            "primary", "secondary", "infants", "grammar", "polytechnic", "kindergarten", "preschool",
            // team names that follow a city ("Philadelphia Eagles")
            "eagles", "reds", "bulls", "rangers", "lakers", "celtics", "giants", "jets", "bears", "lions", "tigers",
            "cowboys", "packers", "patriots", "steelers", "raiders", "saints", "dolphins", "chiefs", "broncos",
            "cardinals", "falcons", "panthers", "ravens", "browns", "bengals", "colts", "texans", "titans", "jaguars",
            "chargers", "rams", "seahawks", "vikings", "buccaneers", "warriors", "knicks", "nets", "suns", "spurs",
            "rockets", "mavericks", "clippers", "blazers", "pistons", "pacers", "cavaliers", "hawks", "hornets",
            "wizards", "raptors", "bucks", "grizzlies", "pelicans", "nuggets", "timberwolves", "sox", "mets", "cubs",
            "dodgers", "astros", "braves", "phillies", "orioles", "royals", "mariners", "padres", "rockies", "brewers",
            "pirates", "marlins", "nationals", "redskins", "flyers", "canadiens", "bruins", "blackhawks", "penguins",
            "islanders", "capitals", "sharks", "oilers", "flames", "canucks",
            // adjectives that are given names too, but open far more names of places and things ("Golden Hall")
            "golden", "royal", "liberty", "grand", "great", "holy", "sacred",
            // co-operatives, unions and associations, by the organisation's noun (see MEMBERS for those named by their
            // members), last in English, German, Dutch and the Nordic languages ("Sefwi Cocoa Farmers Co-operative
            // Union"), first in the Romance, Slavic, Turkic, Malay and Indonesian ones ("Cooperativa Agrícola …",
            // "Związek Sadowników …", "Gabungan Kelompok Tani", "Pertubuhan Peladang Kawasan")
            "cooperative", "cooperatives", "co-operative",
            "co-operatives", "co-op", "coop", "confederation", "syndicate", "guild", "collective", "consortium", "chamber",
            "cooperativa", "cooperativas", "cooperativo", "coopérative", "sindacato", "syndicat",
            "federación", "federazione", "fédération", "confederación", "confederação", "confederazione", "confédération",
            "associazione", "unión", "união", "unione", "consorcio", "consorzio", "gremio", "mutua",
            "verband", "genossenschaft", "verein", "gewerkschaft", "vereinigung", "innung", "hochschule", "fachhochschule",
            "universität", "akademie", "coöperatie", "cooperatie", "vereniging", "federatie", "unie", "förening",
            "föreningen", "förbundet", "forening", "foreningen", "forbundet", "kooperativ", "andelsselskab", "samvirke",
            "związek", "związku", "spółdzielnia", "spółdzielni", "stowarzyszenie", "stowarzyszenia", "zrzeszenie", "federacja",
            "svaz", "svazu", "družstvo", "družstva", "sdružení", "spolek", "szövetkezet", "egyesület", "szövetség",
            "szakszervezet", "asociația", "sindicatul", "federația", "uniunea",
            "kooperatif", "kooperatifi", "birliği", "birlik", "derneği", "dernek", "sendikası", "sendika", "federasyonu",
            "konfederasyonu", "gabungan", "kelompok", "koperasi", "himpunan", "asosiasi", "perkumpulan", "serikat",
            "persatuan", "ikatan", "gapoktan", "pertubuhan", "kesatuan", "persekutuan", "perhimpunan", "paguyuban",
            "союз", "союза", "ассоциация", "ассоциации", "кооператив", "объединение", "федерация", "профсоюз", "спілка",
            // and the Vietnamese department, committee and co-operative ("Sở Nông nghiệp", "Ủy ban", "Hợp tác xã")
            "sở", "ủy", "hợp",
            // shelters, hostels and food banks, often named after a person ("Dorothy Kerr Winter Shelter", "Albergue
            // San José", "Noclegownia im. …")
            "shelter", "shelters", "refuge", "hostel", "hostels", "hospice", "foodbank", "albergue", "refugio", "comedor",
            "asile", "rifugio", "dormitorio", "schronisko", "noclegownia", "notunterkunft", "útulek", "opvang",
            // letting agents, landlords and developers, named after their founder or their street ("Hale Lettings",
            // "Okafor Residential", "Inmobiliaria Ruiz", "Immobilien Weber")
            "lettings", "residential", "estates", "developments", "developers", "rentals", "inmobiliaria", "immobilier",
            "immobilière", "immobiliare", "immobilien", "imobiliária", "nieruchomości", "vastgoed", "fastigheter",
            // and the shelters of French and Portuguese ("le foyer …", "o abrigo …")
            "foyer", "abrigo",
            // family firms, named by the brothers or sons of their founder ("Lucero Hermanos", "Fratelli Rossi")
            "hermanos", "hijos", "irmãos", "filhos", "fratelli", "figli", "frères", "fils", "gebrüder", "söhne", "bros.");

    /**
     * Plurals of members that end the names of their unions, co-operatives and associations ("Irish Creamery Milk
     * Suppliers", "Kenya Tea Growers", "Unión de Pequeños Agricultores"): words of organisations, as {@link #ORG_WORDS}
     * are, except in lower case before a name, where they say who its people are ("farmers Ama Owusu and Kofi Asare").
     * Not the plurals that are surnames too (Sellers, Fishers, Millers).
     */
    static final Set<String> MEMBERS = WordSets.of("suppliers", "growers", "farmers", "producers", "planters", "breeders",
            "exporters", "importers", "processors", "manufacturers", "retailers", "ratepayers", "workers", "employees",
            "teachers", "nurses", "tenants", "residents", "pensioners", "fishermen", "smallholders", "pastoralists",
            "agricultores", "productores", "ganaderos", "olivareros", "regantes", "produtores", "cafeicultores",
            "agriculteurs", "producteurs", "éleveurs", "viticulteurs", "agricoltori", "produttori", "coltivatori",
            "allevatori", "boeren", "telers", "landwirte", "bauern", "milchbauern", "rolników", "sadowników", "producentów",
            "hodowców", "zemědělców", "pěstitelů", "üreticileri", "çiftçiler",
            // and those who rent their homes, whose unions and groups are named so ("Ashworth Renters' Union",
            // "Sindicato de Inquilinas", "Mieterbund")
            "renters", "leaseholders", "inquilinos", "inquilinas", "locataires", "mieter", "inquilini", "huurders", "lokatorzy",
            "hyresgäster", "nájemníci");

    /**
     * The words of {@link #ORG_WORDS} that open an organisation's name, as the Romance, Slavic, Malay and Indonesian
     * languages write them ("Koperasi Tani Makmur", "Cooperativa Olivarera …", "Spółdzielnia Ogrodnicza …"): the words
     * after one are its name, though a given name opens them.
     */
    static final Set<String> ORG_FIRST = WordSets.of("cooperativa", "cooperativas", "coopérative", "sindicato", "sindacato",
            "syndicat", "federación", "federazione", "fédération", "federação", "confederación", "confederação",
            "confederazione", "confédération", "asociación", "associação", "associazione", "unión", "união", "unione",
            "consorcio", "consorzio", "gremio", "coöperatie", "cooperatie", "vereniging", "związek",
            "związku", "spółdzielnia", "spółdzielni", "stowarzyszenie", "stowarzyszenia", "zrzeszenie", "federacja", "svaz",
            "svazu", "družstvo", "družstva", "sdružení", "spolek", "asociația", "sindicatul", "federația", "uniunea",
            "gabungan", "kelompok", "koperasi", "himpunan", "asosiasi", "perkumpulan", "serikat", "persatuan", "ikatan",
            "pertubuhan", "kesatuan", "persekutuan", "perhimpunan", "paguyuban", "союз", "ассоциация", "кооператив",
            "объединение", "федерация", "профсоюз", "спілка", "sở", "ủy", "hợp");

    /**
     * Words that never open a person's name, though some are given names: openers of place names ("Lake Merritt",
     * "Santa Barbara", "Fort Worth") and months ("July June", "August Chicago" in datelines and tables).
     */
    static final Set<String> NOT_FIRST = WordSets.of("lake", "mount", "mt.", "fort", "port", "cape", "river", "santa", "san",
            "sao", "são", "tel", "kuala", "phnom", "addis", "dar", "đà",
            // openers of Portuguese and Brazilian place names ("Santo Amaro", "Boa Viagem", "Vila Madalena", "Jardim Ângela")
            "santo", "boa", "vila", "praia", "ilha", "serra", "morro", "jardim", "nova", "novo",
            "los", "las", "el", "la", "le", "il", "new", "north", "south", "east", "west", "central", "upper", "lower",
            "greater", "glen", "point", "isle", "china", "india", "far", "near", "des", "du", "de", "da", "di", "del",
            "della", "der", "von", "zu", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
            "sep.", "sept.", "oct.", "nov.", "dec.",
            // openers of Malay and Indonesian place names: hill, village, road, island, river, town ("Bukit Duri")
            "bukit", "kampung", "kampong", "jalan", "pulau", "sungai", "kota", "tanjung", "teluk", "desa", "taman",
            // and of Thai ones: river, city, hill ("Mae Sot", "Nakhon Pathom")
            "mae", "nakhon", "khao",
            // the Vietnamese middle name of women, which never opens a name ("Nguyen Thi Lan", but "the Thi Nghe canal")
            "thi", "thị",
            // the words that open the names of newspapers in Italian, Portuguese and Spanish ("Corriere Fiorentino",
            // "Gazzetta di Parma", "Jornal Nacional", "Diario Vasco")
            "corriere", "gazzetta", "giornale", "jornal", "gazeta", "diario", "diário", "periódico",
            // German and Dutch articles and determiners, which open a sentence capitalised before a noun that German
            // capitalises too ("Die Schulleitung", "Eine Sprecherin"); some are given names elsewhere, never here
            "die", "dem", "ein", "eine", "einem", "einen", "einer", "eines", "diese", "dieser", "dieses", "diesem",
            "jede", "jeder", "jedes", "alle", "keine", "het", "een", "deze",
            // the words that open the names of Māori iwi and hapū ("Ngāti Porou", "Ngāi Tahu"), no person's
            "ngāti", "ngati", "ngāi");

    /**
     * Nouns that, after "the" and a name, show the name used as a modifier of a person's thing ("the Anita Hill
     * hearings", "the Bernie Sanders campaign"), where "the" would otherwise suggest an organisation.
     */
    static final Set<String> ATTRIBUTIVE = WordSets.of("campaign", "campaigns", "administration", "hearings", "hearing",
            "era", "presidency", "camp", "interview", "interviews", "case", "trial", "story", "allegations",
            "allegation", "accusation", "accusations", "affair", "scandal", "show", "podcast", "documentary", "biopic",
            "film", "movie", "book", "memoir", "song", "album", "tour", "concert", "fan", "fans", "supporters",
            "voters", "speech", "rally", "comments", "remarks", "tweet", "tweets", "video", "impeachment", "nomination",
            "confirmation", "years", "government", "cabinet", "lawsuit", "estate", "family", "team", "staff", "aides",
            "adviser", "advisers", "loyalists", "wing", "agenda", "plan", "proposal", "amendment", "endorsement",
            "memo", "letter", "statement", "post", "account", "feud", "dispute", "saga", "verdict");

    /**
     * Common Vietnamese, Chinese (pinyin and Cantonese) and Korean surnames, which open a name as a given name does
     * ("Nguyen Thi Lan", "Xi Jinping", "Moon Jae-in"). Those that are everyday English words more often than names
     * ("He", "Long", "Song", "Do") are left out: they are found only with a title or a role in front.
     */
    static final Set<String> SURNAMES_FIRST = WordSets.of(
            // Vietnamese
            "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "ngo", "duong", "ly",
            "dinh", "trinh", "truong", "luong", "doan", "lam", "trieu", "quach", "kieu",
            // Chinese
            "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "zhu", "hu",
            "guo", "lin", "gao", "luo", "zheng", "liang", "xie", "tang", "feng", "deng", "cao", "peng", "zeng", "xiao",
            "tian", "dong", "pan", "yuan", "cai", "jiang", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen",
            "yao", "xi", "wen", "jin", "fu", "fang", "bai", "cui", "kang", "mao", "qiu", "qin", "shi", "gu", "hou",
            "shao", "meng", "duan", "lei", "qian", "yin", "yi", "wong", "chan", "cheung", "leung", "chow", "ng", "lau",
            "tsang", "tse", "chiu", "yeung", "kwok", "tsai", "hsu", "chiang", "lai", "ko", "teo", "goh", "lim",
            // Korean
            "kim", "lee", "park", "choi", "jung", "jeong", "cho", "yoon", "yun", "jang", "seo", "shin", "kwon",
            "hwang", "ahn", "jeon", "hong", "yoo", "moon", "bae", "baek", "heo", "nam", "roh", "noh", "ban", "ryu",
            "chung", "han",
            // the Vietnamese ones as Vietnamese writes them ("Phạm Thị Hoa", "Lê Văn Thành")
            "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "vũ", "võ", "đặng", "bùi", "ngô", "dương", "lý",
            "đinh", "trịnh", "trương", "lương", "đoàn", "lâm", "đỗ", "hồ", "đào", "tạ", "lưu", "quách", "triệu", "kiều");

    /**
     * Nouns written before the name of a street, square, bridge, station, school or hospital, in the languages of the
     * word lists ("Jalan Sudirman", "Avenida Paulista", "Piazza Garibaldi", "Pont Mirabeau", "ulica Marszałkowska",
     * "lycée Jean-de-La-Fontaine", "cầu Thuận Phước"): the name after one is a place named after a person, and the same
     * name written elsewhere in the article is that place, unless something vouches for a person.
     */
    static final Set<String> PLACE_NOUNS = WordSets.of(
            "rue", "avenue", "boulevard", "place", "pont", "quai", "allée", "impasse", "cours", "lycée", "collège", "école",
            "hôpital", "gare", "stade", "parc", "musée", "cité", "chemin",
            "calle", "avenida", "plaza", "paseo", "puente", "glorieta", "carrera", "calzada", "colegio", "instituto", "parque",
            "via", "viale", "piazza", "piazzale", "corso", "largo", "vicolo", "lungomare", "ponte", "stazione", "ospedale",
            "liceo", "rua", "praça", "travessa", "alameda", "estrada", "rodovia", "viaduto", "colégio",
            "anleger", "klinikum", "gymnasium", "plein", "ulica", "ulicy", "ulicę", "ulicą", "ul.", "aleja", "alei", "aleję", "al.",
            "plac", "placu", "placem", "rondo", "rondzie", "osiedle", "osiedlu", "wały", "wałach",
            "dworzec", "szpital", "skwer", "bulwar", "náměstí", "nábřeží", "nádraží", "nemocnice",
            "jalan", "jl.", "halte", "stasiun", "stesen", "bundaran", "simpang", "lapangan", "gedung", "pasar", "masjid",
            "lebuh", "lebuhraya", "persiaran", "lorong", "pengkalan", "jeti", "dermaga", "pelabuhan",
            "cầu", "cau", "đường", "phố", "chợ", "phường", "quận", "ga",
            // and the Vietnamese commune, district, province, hamlet and village, and the township of "thị trấn" ("xã Mỹ
            // Hòa", "huyện Tháp Mười", "tỉnh Đồng Tháp"), whose names are often a person's syllables
            "xã", "huyện", "tỉnh", "ấp", "thôn", "xóm", "làng", "trấn",
            "улица", "улице", "улицы", "проспект", "площадь", "площади", "мост", "станция", "переулок", "бульвар",
            // and the Spanish station, district and the lifts and cable cars of hill towns ("el ascensor Concepción")
            "estación", "barrio", "ascensor", "funicular", "teleférico",
            // and the Philippine village and its parts ("from Barangay Tangub", "Brgy. Mandalagan", "Purok Maligaya")
            "barangay", "brgy.", "sitio", "purok");

    /**
     * Vietnamese words that make the place noun after them plural ("các tỉnh", "những xã", "hai huyện"): the names
     * listed after it are all places.
     */
    static final Set<String> PLURAL_MARKERS = WordSets.of("các", "những", "hai", "ba", "bốn");

    /**
     * Endings of one-word place names made with a person's name in Dutch, German and Swedish ("Van Brienenoordbrug",
     * "Karl-Marx-Straße", "Kungsportsavenyen" is none): the name's last word ending so is a place's.
     */
    static final Endings PLACE_ENDINGS = Endings.of("brug", "straat", "plein", "laan", "gracht", "kade", "brücke", "straße",
            "strasse", "platz", "gasse", "allee", "gatan", "vägen", "torget");

    /**
     * Endings of one-word names of organisations in Dutch, German and Swedish ("Fietsersbond", "Mieterverein",
     * "Resenärsforum", "Verkehrsverbund"): after the particles that follow a name, such a word is where the person
     * works ("Bas Hendriks van de Fietsersbond"), not the rest of a surname.
     */
    static final Endings ORG_ENDINGS = Endings.of("bond", "bund", "raad", "dienst", "vereniging", "verbond", "partij", "fonds",
            "forum", "verband", "verein", "kammer", "werke", "bahn", "bahnen", "förbund", "förening", "forbund", "partiet",
            "bedrijf", "groep", "gruppe", "stichting", "stiftung", "kommun", "regionen", "trafik", "verkehr",
            // and of schools, universities, institutes and offices ("Hochschule", "Landwirtschaftsamt", "Agrarinstitut",
            // "Lantbruksuniversitet"), which "von der" or "vom" joins to a name as where the person works
            "schule", "universität", "akademie", "institut", "instituut", "zentrum", "klinik", "klinikum", "ministerium",
            "gesellschaft", "genossenschaft", "gemeinschaft", "amt", "kasse", "universiteit", "universitet", "högskola", "högskolan", "skolan",
            // and of shelters and hostels ("nachtopvang", "Notunterkunft", "härbärget")
            "opvang", "unterkunft", "härbärge", "härbärget");

    /**
     * Case endings of Czech, Slovak and Polish women's names, which decline the given name and the surname together: per row the
     * given name's ending and the surname's, then the endings of the nominative, the form a person page is named by
     * ("mluvčí Kateřiny Novotné" is Kateřina Novotná, "z Anną Kowalską" Anna Kowalska). The longer endings come first,
     * and Slovak's "-ovej" before Polish's "-ej" ("Evy Kováčovej" is Eva Kováčová, "Ewy Wolnej" Ewa Wolna).
     */
    static final List<String[]> FEMININE_CASES = List.of(
            new String[] {"y", "ovej", "a", "ová"},  // Slovak genitive: Evy Kováčovej
            new String[] {"e", "ovej", "a", "ová"},  // Slovak dative and locative: Eve Kováčovej
            new String[] {"u", "ovú", "a", "ová"},   // Slovak accusative: Evu Kováčovú
            new String[] {"ie", "iej", "a", "a"},    // Polish dative and locative: Annie Kowalskiej
            new String[] {"y", "iej", "a", "a"},     // Polish genitive: Anny Kowalskiej
            new String[] {"i", "iej", "a", "a"},     // after k, g, l: Olgi Sadowskiej
            new String[] {"y", "ej", "a", "a"},      // Ewy Wolnej
            new String[] {"ę", "ą", "a", "a"},       // Polish accusative: Annę Kowalską
            new String[] {"ą", "ą", "a", "a"},       // Polish instrumental: Anną Kowalską
            new String[] {"y", "é", "a", "á"},       // Czech genitive: Kateřiny Novotné
            new String[] {"ě", "é", "a", "á"},       // Czech dative and locative: Kateřině Novotné
            new String[] {"ou", "ou", "a", "á"},     // Czech instrumental: Kateřinou Novotnou
            new String[] {"u", "ou", "a", "á"});     // Czech accusative: Kateřinu Novotnou

    /** The given names' endings of {@link #FEMININE_CASES} that only Polish and Czech write: no English name ends so. */
    static final Set<String> SLAVIC_ENDINGS = WordSets.of("ą", "ę", "ě");

    /**
     * Case endings of Polish men's names, per row as in {@link #FEMININE_CASES}: "z Janem Kowalskim" is Jan Kowalski,
     * "Jana Kowalskiego" too ("Piotra Nowaka" is left as written: "-a" and "-a" is also Anna Kowalska). A given name's nominative the gazetteer knows says a row fits; so does, where
     * the gazetteer knows none, one ending that both words share and no woman's name or nominative has: the
     * instrumental's "-em" ("z Tadeuszem Kowalczykiem") and the dative's "-owi".
     */
    static final List<String[]> MASCULINE_CASES = List.of(
            new String[] {"em", "skim", "", "ski"},       // instrumental: Janem Kowalskim
            new String[] {"em", "ckim", "", "cki"},       // Janem Wysockim
            new String[] {"em", "kiem", "", "k"},         // after k and g the ending is "-iem": Piotrem Nowakiem
            new String[] {"em", "giem", "", "g"},
            new String[] {"em", "em", "", ""},            // Adamem Mazurem
            new String[] {"a", "skiego", "", "ski"},      // genitive and accusative: Jana Kowalskiego
            new String[] {"a", "ckiego", "", "cki"},
            new String[] {"owi", "skiemu", "", "ski"},    // dative: Janowi Kowalskiemu
            new String[] {"owi", "owi", "", ""},          // Piotrowi Nowakowi
            // a man's surname in "-a" declines as a woman's name does: Tadeuszem Pękalą, Tadeusza Pękali, Piotra Zaręby;
            // read so only when the given name as written is none ("Anna Rossi" is no Ann Rossa)
            new String[] {"em", "ą", "", "a"},
            new String[] {"a", "li", "", "la"},
            new String[] {"a", "by", "", "ba"},
            // the genitive of any other: Zbigniewa Kaczmarczyka, read so only when the given name as written is none
            new String[] {"a", "a", "", ""});

    /** The endings of {@link #MASCULINE_CASES} that vouch for a pair by themselves when both words have them. */
    static final Set<String> MASCULINE_SHARED = WordSets.of("em", "owi");

    /**
     * The oblique cases of Russian names, which decline the given name, the patronymic and the surname together ("по
     * словам министра Олега Петровича Гарбера" is Олег Петрович Гарбер, "с Ириной Олеговной Котовой" Ирина Олеговна
     * Котова): per row, the patronymic's ending in the case and in the nominative; then pairs of a given name's ending
     * and its nominative, tried in turn until the gazetteer knows the name; then pairs of a surname's ending and its
     * nominative, the longer first. A surname that ends in none of them is written as it stands (one in "-ко" or a
     * woman's foreign one does not decline, and one in "-ого" may be Толстой's or Белый's).
     */
    static final List<String[][]> RUSSIAN_CASES = List.of(
            // masculine genitive and accusative: Олега Петровича Гарбера, Андрея Ильича Соколова, Игоря Орлова, Никиты Орлова
            new String[][] {{"ича", "ич"}, {"а", "", "я", "й", "я", "ь", "ы", "а", "и", "я"},
                    {"ского", "ский", "цкого", "цкий", "ова", "ов", "ева", "ев", "ёва", "ёв", "ина", "ин", "ына", "ын", "а", ""}},
            // masculine dative: Олегу Петровичу Гарберу
            new String[][] {{"ичу", "ич"}, {"у", "", "ю", "й", "ю", "ь", "е", "а", "е", "я"},
                    {"скому", "ский", "цкому", "цкий", "ову", "ов", "еву", "ев", "ину", "ин", "ыну", "ын", "у", ""}},
            // masculine instrumental: Олегом Петровичем Гарбером
            new String[][] {{"ичем", "ич"}, {"ом", "", "ем", "й", "ем", "ь", "ой", "а", "ей", "я"},
                    {"ским", "ский", "цким", "цкий", "овым", "ов", "евым", "ев", "иным", "ин", "ом", ""}},
            // masculine prepositional: об Олеге Петровиче Гарбере
            new String[][] {{"иче", "ич"}, {"е", "", "е", "й", "е", "ь", "е", "а", "и", "я", "и", "й"},
                    {"ском", "ский", "цком", "цкий", "ове", "ов", "еве", "ев", "ине", "ин", "е", ""}},
            // feminine genitive: Ирины Олеговны Котовой, Ольги Ильиничны Белой
            new String[][] {{"ны", "на"}, {"ы", "а", "и", "а", "и", "я"},
                    {"ской", "ская", "цкой", "цкая", "овой", "ова", "евой", "ева", "иной", "ина", "ыной", "ына"}},
            // feminine dative and prepositional: Ирине Олеговне Котовой, Марии Петровне
            new String[][] {{"не", "на"}, {"е", "а", "и", "я", "е", "я"},
                    {"ской", "ская", "цкой", "цкая", "овой", "ова", "евой", "ева", "иной", "ина", "ыной", "ына"}},
            // feminine accusative: Ирину Олеговну Котову
            new String[][] {{"ну", "на"}, {"у", "а", "ю", "я"},
                    {"скую", "ская", "цкую", "цкая", "ову", "ова", "еву", "ева", "ину", "ина", "ыну", "ына"}},
            // feminine instrumental: Ириной Олеговной Котовой
            new String[][] {{"ной", "на"}, {"ой", "а", "ей", "я"},
                    {"ской", "ская", "цкой", "цкая", "овой", "ова", "евой", "ева", "иной", "ина", "ыной", "ына"}});

    /**
     * Endings of role nouns that German, Dutch and Swedish write as one word with what the role is in
     * ("Geschäftsführerin", "Fahrradhändler", "Verkeersdeskundige", "trafikchef"): such a word before a name vouches
     * for it as a role of the lists does.
     */
    static final Endings ROLE_ENDINGS = Endings.of("führer", "führerin", "meister", "meisterin", "händler", "händlerin",
            "leiter", "leiterin", "sprecher", "sprecherin", "inhaber", "inhaberin", "besitzer", "besitzerin", "direktor",
            "direktorin", "vorsitzende", "vorsitzender", "präsident", "präsidentin", "deskundige", "woordvoerder", "voorzitter",
            "chef",
            // who lives or keeps a stall somewhere ("Quartierbewohner", "Stallholder", "Shopkeeper", "Stadtbewohnerin")
            "bewohner", "bewohnerin", "holder", "keeper", "chauffeur", "chauffeuse",
            // who runs, studies or works for something ("Waterschapsbestuurder", "klimaforsker", "Klimaforscherin",
            // "projektleder", "beleidsmedewerker")
            "bestuurder", "forsker", "forskare", "forscher", "forscherin", "leder", "medewerker", "medewerkster",
            "dezernent", "dezernentin",
            // and Hungarian officers, doctors, heads, spokespeople and nurses ("mentőtiszt", "háziorvos", "osztályvezető")
            "tiszt", "orvos", "vezető", "igazgató", "szóvivő", "ápoló", "ápolónő");

    /** Whether the word in lower case ends in one of the endings, with at least three letters before it. */
    static boolean endsIn(NamesText.Token word, Endings endings) {
        // most words end in a letter no ending ends in, and are done with one look, without their lower case made
        if (word.length() == 0 || !endings.mayEnd(word.lastLower())) return false;
        String lower = word.lower();
        for (String e : endings.all) if (lower.length() >= e.length() + 3 && lower.endsWith(e)) return true;
        return false;
    }

    /** Word endings, in an array with their last letters beside them: {@link #endsIn} is asked of most words read. */
    static final class Endings {
        private final String[] all;
        private final String lastLetters;

        private Endings(String[] all) {
            this.all = all;
            StringBuilder lasts = new StringBuilder();
            for (String e : all) lasts.append(e.charAt(e.length() - 1));
            lastLetters = lasts.toString();
        }

        static Endings of(String... endings) {
            return new Endings(endings.clone());
        }

        /** Whether a word whose last letter in lower case is this may end in one of the endings. */
        boolean mayEnd(char lastLower) {
            return lastLetters.indexOf(lastLower) >= 0;
        }
    }

    /** Titles a royal or a pope is known by with one name, and keeps in it ("Prince William", "Pope Francis"). */
    static final Set<String> ROYAL_TITLES = WordSets.of("king", "queen", "prince", "princess", "emperor", "empress", "pope",
            "sultan", "sheikh", "emir");

    /**
     * Roles of sport and show business whose holders often go by one name ("striker Neymar", "singer Rihanna"): before
     * a single given name, or one the article repeats, they make it a person.
     */
    static final Set<String> MONONYM_ROLES = WordSets.of("striker", "forward", "midfielder", "defender", "winger",
            "goalkeeper", "playmaker", "footballer", "player", "singer", "rapper", "musician", "artist", "actor", "actress",
            "star", "model", "designer", "chef", "dj", "comedian", "presenter", "influencer", "youtuber", "wrestler",
            "boxer", "fighter", "athlete", "sprinter", "cyclist", "drummer", "guitarist");

    /**
     * Words that open a name before a given name and belong to it: Arabic "father of" / "mother of" ("Abu Yousef"; not
     * "Abu Dhabi").
     */
    static final Set<String> NAME_OPENERS = WordSets.of("abu", "abou", "umm", "mohamad");

    /**
     * Short forms of given names, which open a name before any capitalised word and stay in it as written: of Muhammad
     * in Bangladeshi and Malaysian names ("Md Rafiqul Islam", "Md. Ashraful Haque", "Mohd Faizal Hassan"), and the
     * Filipino "Ma." for María ("Ma. Cristina Reyes"; without its stop "Ma" is a surname too).
     */
    static final Set<String> SHORT_GIVEN_NAMES = WordSets.of("md", "md.", "mohd", "mohd.", "muhd", "muhd.", "ma.",
            // Indonesian Muhammad ("Muh. Ridwan", "Moh. Hatta", "Mhd. Yusuf") and the William, Charles, Thomas and James of
            // old English records ("Wm. Harrington")
            "muh.", "moh.", "mhd.", "wm.", "chas.", "thos.", "jas.");

    /**
     * The middle parts of South Asian names, which stand between a given name and a surname and are no given name of
     * their own there ("Nazia Bibi Chandio", "Sunita Devi Yadav", "Rajesh Kumar Singh"): the word before one is the
     * person's given name, whether the gazetteer knows it or not.
     */
    static final Set<String> MIDDLE_NAMES = WordSets.of("bibi", "begum", "khatun", "khatoon", "devi", "kumari", "jyoti", "bano",
            "banu", "kumar", "ali", "rani", "lal", "nath", "chandra", "bai");

    /** Lower-case name particles kept inside a name ("Bill de Blasio", "Vincent van Gogh"). */
    static final Set<String> PARTICLES = WordSets.of("de", "da", "di", "do", "dos", "das", "du", "del", "della", "van", "von",
            "der", "den", "ter", "ten", "la", "le", "bin", "ibn", "al", "el", "y", "i", "st.",
            // Malay patronymics ("Nur Aisyah binte Rahman", "Anwar bin Ibrahim")
            "binte", "binti", "bte", "bt", "bint",
            // Filipino ("Teresita dela Cruz", "Ramon delos Santos", "Jose de los Reyes"), Welsh ("Dafydd ap Gwilym",
            // "Rhodri ab Owen") and German nobility ("Leonie zu Guttenberg", "von und zu Hohenfels": "und" only there)
            "dela", "delos", "los", "las", "ap", "ab", "zu", "und",
            // the Dutch article elided ("Wouter van 't Hoog"; see NamesText) and the kinship of Indian names in
            // Singapore and Malaysia ("Ganesan s/o Pillai", "Suresh a/l Krishnan")
            "'t", "\u2019t", "s/o", "d/o", "a/l", "a/p");

    /** Name suffixes kept as written at the end of a name. */
    static final Set<String> SUFFIXES = WordSets.of("jr.", "sr.", "jr", "sr", "ii", "iii", "iv");

    /**
     * Given names that are also everyday words: at a sentence start or in a headline ("Will Biden run?") they are
     * read as the word unless a known name confirms them.
     */
    static final Set<String> WORDLIKE = WordSets.of("will", "may", "can", "grace", "hope", "faith", "joy", "honey", "love",
            "rich", "young", "long", "major", "king", "royal", "justice", "judge", "early", "page", "price", "guy",
            "chance", "chase", "hunter", "summer", "winter", "autumn", "august", "april", "june", "sunny", "lucky",
            "noble", "loyal", "frank", "grant", "mark", "bill", "pat", "sue", "don", "art", "jack", "ray", "lee",
            "drew", "case", "cash", "rock", "star", "stone", "true", "wade", "ward", "west", "sterling", "general",
            "christian", "angel", "saint", "bishop", "dean", "golden", "rose", "gay", "max", "miles", "nick", "rush",
            "sage", "sky", "storm", "victory", "liberty", "freedom", "destiny", "trinity", "genesis",
            // Italian and Portuguese "according to", which opens a sentence before the surname it cites ("Secondo Bellini, …")
            "secondo", "segundo");

    /** Bits of {@link #kinds}: which of the lists above hold a word. */
    static final int TITLE = 1, MODIFIER = 1 << 1, TITLE_ALSO_SURNAME = 1 << 2, DESCRIPTOR = 1 << 3, SPEECH_WORD = 1 << 4,
            NEVER_WORD = 1 << 5, ORG_WORD = 1 << 6, NOT_FIRST_WORD = 1 << 7, ATTRIBUTIVE_WORD = 1 << 8, PARTICLE = 1 << 9,
            SUFFIX = 1 << 10, WORDLIKE_WORD = 1 << 11, SURNAME_FIRST = 1 << 12,
            ROYAL_TITLE = 1 << 13, MONONYM_ROLE = 1 << 14, PLACE_NOUN = 1 << 15, MIDDLE_NAME = 1 << 16, FUNCTION_WORD = 1 << 17;

    private static final Map<String, Integer> KINDS = kindsOfWords();

    /**
     * Which of the lists hold the lower-case word, as bits: one look-up, where the finder asks up to a dozen lists
     * about each capitalised word.
     */
    static int kinds(String lower) {
        Integer k = KINDS.get(lower);
        return k == null ? 0 : k;
    }

    private static final WordTable KINDS_TABLE = new WordTable(KINDS);

    /** {@link #kinds(String)} of an ASCII word (see {@link WordTable}), in any case. */
    static int kinds(char[] chars, int start, int end) {
        return KINDS_TABLE.get(chars, start, end);
    }

    private static Map<String, Integer> kindsOfWords() {
        Map<String, Integer> kinds = new HashMap<>();
        Map<Set<String>, Integer> lists = Map.ofEntries(Map.entry(TITLES, TITLE), Map.entry(MODIFIERS, MODIFIER),
                Map.entry(TITLES_ALSO_SURNAMES, TITLE_ALSO_SURNAME), Map.entry(DESCRIPTORS, DESCRIPTOR), Map.entry(SPEECH, SPEECH_WORD),
                Map.entry(NEVER, NEVER_WORD), Map.entry(ORG_WORDS, ORG_WORD), Map.entry(MEMBERS, ORG_WORD), Map.entry(NOT_FIRST, NOT_FIRST_WORD),
                Map.entry(ATTRIBUTIVE, ATTRIBUTIVE_WORD), Map.entry(PARTICLES, PARTICLE), Map.entry(SUFFIXES, SUFFIX),
                Map.entry(WORDLIKE, WORDLIKE_WORD), Map.entry(SURNAMES_FIRST, SURNAME_FIRST),
                Map.entry(ROYAL_TITLES, ROYAL_TITLE), Map.entry(MONONYM_ROLES, MONONYM_ROLE), Map.entry(PLACE_NOUNS, PLACE_NOUN),
                Map.entry(MIDDLE_NAMES, MIDDLE_NAME), Map.entry(FUNCTION_WORDS, NEVER_WORD | FUNCTION_WORD));
        lists.forEach((words, bit) -> words.forEach(w -> kinds.merge(w, bit, (a, b) -> a | b)));
        return new HashMap<>(kinds);
    }
}
