package org.dossier.clean;

import org.dossier.ingest.Chars;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.TreeSet;

/**
 * Recognises the lines a scrape drags along that are not the article: captions and credits, "READ MORE" links,
 * ads, newsletter prompts, share buttons, cookie notices. One classifier for text and HTML seeds alike.
 */
final class Boilerplate {
    private static final String AGENCY = "Getty Images|Getty|AFP|AP Photo|AP|Associated Press|Reuters|REUTERS|EPA-EFE|EPA|"
            + "Shutterstock|Bloomberg|Alamy|PA Images|PA Wire|PA|WireImage|FilmMagic|Sipa USA|SIPA|ZUMA Wire|ZUMA|NurPhoto|"
            + "Anadolu Agency|Anadolu|Xinhua|Pool|Invision|Rex Features|REX|Corbis|Splash News|Backgrid|MEGA|Twitter|Instagram|"
            + "Facebook|YouTube|Handout|Courtesy";
    private static final Pattern DATELINE_CAPTION = Pattern.compile(
            "^[A-Z][A-Z .'’-]{2,40}(, [A-Z][A-Za-z .]{1,20})?\\s*[-–—]\\s*[A-Z]{3,9}\\.? \\d{1,2}(,? \\d{4})?\\s*:.*");
    private static final Pattern PHOTO_PAREN = Pattern.compile(
            "\\((?:Photo|Photograph|Image|Picture|Pictured|Credit|Photo credit|Illustration|Graphic|Video|Screenshot|Artwork|"
                    + "Rendering|Footage|Map|Chart)s?(?: by|:| courtesy of| courtesy:)\\s*([^()]{2,100})\\)\\s*\\.?$",
            Pattern.CASE_INSENSITIVE);
    /**
     * "… in Lyari on Monday. — Photo by Rehan Memon", "… no Barreiro — Foto: Reprodução/TV Serrana": a description, a dash,
     * and the picture's credit led by the word for a picture in the languages read. A story's sentence goes on after its
     * dash; a credit is the line's last few words.
     */
    private static final Pattern DASH_CREDIT = Pattern.compile(
            "\\s[—–-]\\s*(?:Photo|Photograph|Picture|Image|Foto|Fot\\.|Fotografía|Fotografia|Bild|Imagen|Imagem|Immagine|Фото|Ảnh|"
                    + "Zdjęcie|Snímek|Fotoğraf)s?(?:\\s+(?:by|courtesy of|von|par|de|por|di|od|credit))?\\s*[:/]?\\s*([^.!?—–]{2,60})$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CAPTION_LABEL = Pattern.compile(
            "^(Photo|Image|Picture|Caption|Image caption|Media caption|Image source|Photograph|"
                    // the same label in French, German, Spanish, Russian, Italian and Portuguese
                    + "Foto|Fotos|Fotografía|Fotografia|Bild|Imagen|Imagem|Immagine|Crédit photo|Crédito|Фото|Фотография)\\s*[:,|]\\s*.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CREDIT = Pattern.compile(
            "^(?:\\(?(?:Photo|Image|Picture|Credit|Photo credit)s?(?: by|:)\\s*)?[\\p{L}\\p{M} .'’-]{0,60}\\s*[/|]\\s*(?:" + AGENCY
                    + ")(?:\\s*(?:via|for|/)\\s*[\\p{L} .'’-]{1,40})?\\)?\\.?$|^(?:" + AGENCY + ")(?: (?:Photo|Images?))?(?:\\s*/\\s*[\\p{L} .'’-]{1,60})?\\.?$"
                    + "|^(?:Photo|Image|Picture|Credit|Photo credit)s?(?: by|:)\\s*[\\p{L}\\p{M} .'’/|-]{2,80}$"
                    // "NASA/ESA/CSA/Leah Hustak", "Kevin Lamarque/Reuters": names and agencies joined by slashes
                    + "|^\\p{Lu}[\\p{L}\\p{M}.'’&-]*(?: \\p{Lu}[\\p{L}\\p{M}.'’&-]*){0,3}(?:\\s?/\\s?\\p{Lu}[\\p{L}\\p{M}.'’&-]*(?: \\p{Lu}[\\p{L}\\p{M}.'’&-]*){0,3})+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern READ_MORE = Pattern.compile(
            "^(read more|read also|also read|more reading|related|related articles?|related stories|related coverage|related content|"
                    + "recommended|recommended reading|see also|watch|watch now|watch the video|listen|trending|more from [^:]{1,40}|"
                    + "more on this story|click here to read more|don'?t miss|read (?:the )?full (?:article|story)(?: on [^.]{1,40})?|"
                    + "continue reading(?: on [^.]{1,40})?|view (?:the )?original (?:article|story)|related news|most popular|most read|"
                    // the same labels in French, German, Spanish, Russian, Italian and Portuguese
                    + "(?:à |a )?lire aussi|lire également|voir aussi|sur le même sujet|lee también|lea también|leer más|seguir leyendo|"
                    + "te puede interesar|mehr lesen|mehr zum thema|lesen sie auch|weiterlesen|читайте также|читать далее|"
                    + "leggi anche|leia também|leia mais|veja também|"
                    // and in Polish, Czech, Turkish, Vietnamese, Korean, Japanese and Chinese: read on, the story's rest,
                    // related stories
                    + "czytaj dalej|czytaj więcej|čtěte dále|číst dále|(?:haberin )?devamı|devamını oku|(?:i|İ)lgili haberler?|"
                    + "xem thêm|xem tiếp|tin liên quan|관련 ?기사|関連記事|相关新闻|相關新聞|相关阅读|延伸阅读|延伸閱讀|"
                    // and the most read, in Finnish, German, Dutch, the Scandinavian languages, Polish, Czech and Hungarian
                    + "luetuimmat(?: uutiset)?|meistgelesene?(?: artikel| nachrichten)?|meest gelezen|mest (?:lästa|lest|leste|læste)|"
                    + "najczęściej czytane|nejčtenější(?: články)?|legolvasottabb(?:ak)?)\\s*(:|：|\\||[-–—]|»|>>|$).*"
                    // and these, longer than a word, also straight before the headline they lead to: "Lire aussi Indexation …"
                    + "|^(?:(?:à |a )?lire aussi|sur le même sujet|lee también|lea también|mehr lesen(?: über)?|lesen sie auch|"
                    + "читайте также|leggi anche|leia também|"
                    // the lead-ins of lists of other stories in English and Portuguese: "Also Read Grape growers …"
                    + "also read|read also|see also|most read|veja também|leia mais)\\s+\\p{Lu}.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AD = Pattern.compile(
            "^(?:(advertisement|advertising|ad|ads|sponsored|sponsored content|paid content|promoted|promoted content|"
                    // the label in German, French, Spanish, Portuguese, Italian, Russian, Polish and Czech, Turkish, Dutch,
                    // Vietnamese, Chinese, Japanese and Korean
                    + "anzeige|werbung|publicité|publicidad|publicidade|pubblicità|реклама|reklama|reklam|advertentie|quảng cáo|"
                    + "广告|廣告|広告|광고)(?:\\s*\\d{1,2})?"
                    + "|story continues below(?: this)? advertisement|story continues below|continue reading below|"
                    + "continue reading the main story|skip advertisement|scroll to continue with content|article continues below|"
                    // a slot whose ad did not load: "This advertisement has not loaded yet, but your article continues below."
                    + "(?:this )?(?:ad|advertisement) has not loaded(?: yet)?(?:,? but (?:your|the) (?:article|story) continues below)?|"
                    + "ad feedback|report this ad|\\[?ad\\]?)[.:]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEWSLETTER_OPENING = Pattern.compile(
            "^(sign up|subscribe|get (?:the|our)|join|never miss|want (?:more|the latest)|don'?t miss|enter your email|"
                    + "stay (?:informed|up to date|in the know)|keep up (?:with|to date)|like this (?:story|article)|get breaking news|love [^?]{1,30}\\?|"
                    + "become a (?:paid )?(?:member|subscriber|supporter)|download (?:the|our) (?:[\\p{L}.-]+ )?app|get the app|"
                    + "suscr[ií]bete|abonnez-vous|inscrivez-vous|abonnieren sie|melden sie sich|подпишитесь).*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEWSLETTER_WORD = Pattern.compile(
            "newsletter|inbox|e-?mail|updates|briefing|alerts|subscribe|sign up|subscription|telegram|whatsapp|channel|breaking news|\\bapp\\b|"
                    // the same, and the calls to sign up, in French, German, Spanish and Russian
                    + "inscri|boîte|postfach|anmeld|abonnier|suscr[ií]b|рассылк|канал|подпиш",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SOCIAL = Pattern.compile(
            "^(share(?: this(?: article| story)?| on \\w+| via \\w+)?|tweet(?: this)?|follow us(?: on .{1,40})?|click to share.*|"
                    + "copy link|email this|print this(?: article)?|share this article|facebook|twitter|whatsapp|linkedin|pinterest|"
                    + "reddit|email|print|comments?|\\d+ comments?|view comments|leave a comment)[.:]?$"
                    + "|^share (?:this|on|via)\\b.{0,80}$"
                    // a blog's "like" button under its label, the button gone: "Like this:"
                    + "|^like this:$"
                    + "|^follow (?:us|me|him|her|them|\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2}) on (?:twitter|x|facebook|instagram|threads|"
                    + "bluesky|linkedin|tiktok|youtube|mastodon|whatsapp|telegram|google news)\\b.{0,60}$"
                    + "|^(?:font|text) size:?.{0,20}$|^listen to (?:this|the) (?:article|story).{0,30}$|^\\d+ min(?:ute)?s? read$"
                    // the tools' row that opens on the font size, in Korean and Japanese: "글자크기 가 가 공유하기"
                    + "|^(?:글자|글씨) ?크기.{0,20}$|^文字サイズ.{0,20}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COOKIE = Pattern.compile(
            "we use cookies|(this|our) (web)?site uses cookies|accept (all )?cookies|cookie (policy|settings|preferences)|"
                    + "by continuing to (use|browse)|manage (your )?consent|privacy preferences",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(©|\\(c\\)|copyright\\b).{0,160}$|^all rights reserved\\.?$", Pattern.CASE_INSENSITIVE);
    /**
     * What a notice of copyright reserves, in the languages read: a notice that says it is one at its start and reserves
     * the rights or forbids copying is the site's, however long its legal text runs ("Copyright PUNCH. All rights
     * reserved. This material … may not be reproduced …"). A story about copyright law says neither so.
     */
    private static final Pattern RIGHTS = Pattern.compile("all rights reserved|may not be (?:reproduced|republished|copied|redistributed)|"
            + "tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|все права защищены|riproduzione riservata|"
            + "todos os direitos reservados|alle rechten voorbehouden|minden jog fenntartva|sva prava pridržana|toate drepturile rezervate|"
            + "alle rettigheter reservert|kaikki oikeudet pidätetään|tüm hakları saklıdır|جميع الحقوق محفوظة|כל הזכויות שמורות|"
            + "版權所有|版权所有|無断転載|무단전재", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A copyright notice with its legal text runs to a few sentences, never a story's paragraphs. */
    private static final int NOTICE_CHARS = 600;
    /** A caption with its credit after a dash is a sentence or two: longer, the dash is the story's. */
    private static final int CAPTION_CHARS = 300;
    /**
     * A notice that opens with what it reserves, no "©" before it ("Tüm hakları saklıdır. İzinsiz kullanılamaz."): a
     * sentence or two of its legal words; a story quoting the phrase goes on about its subject.
     */
    private static final int BARE_NOTICE_CHARS = 160;
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|written by|words by)\\s+\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3}"
                    + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3})*(?:\\s*[,|]\\s*.{0,60})?$"
                    // German, French, Spanish and Italian bylines; their words open prose too ("Par ailleurs, …"), so only
                    // capitalised names may follow them, and after the names nothing but the outlet's short name
                    // ("Por Redação Gerais1, Belo Horizonte": a newsroom's name may hold a figure)
                    + "|^(?-i:(?:[Vv]on|[Pp]ar|[Pp]or|[Dd]i)\\s+\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}\\d.'’-]+){1,3}"
                    + "(?:\\s*(?:,|und|et|y|&)\\s*\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3})*"
                    // "Por Juliana Albuquerque, g1 PE": a word or three with a capital or a figure, no clause of prose
                    + "(?:,\\s*(?=[^,]*[\\p{Lu}\\d])[\\p{L}\\d]{1,12}(?: [\\p{L}\\d]{1,12}){0,2})?)$"
                    // Korean signs the name first, then the trade, an address after it: "정하윤 기자", "김민수 특파원 ms@…"
                    + "|^[\\p{IsHangul}]{2,4} ?(?:기자|특파원)(?:\\s+[\\w.+-]+@[\\w-]+\\.[\\w.]+)?$",
            Pattern.CASE_INSENSITIVE);

    /** "1/23", "3 of 12": a photo gallery's counter. */
    private static final Pattern GALLERY_COUNTER = Pattern.compile("^\\(?\\d{1,3}\\s*(?:/|of)\\s*\\d{1,3}\\)?$", Pattern.CASE_INSENSITIVE);
    /**
     * "Boris Johnson Theresa May": a page's topic tags pasted as a line, every word capitalised, no punctuation. A
     * title-case headline looks the same, so callers ask only once the headline is known.
     */
    static boolean isTags(String line) {
        return TAGS.matcher(line.strip()).matches();
    }

    /** "Boris Johnson Theresa May": tags, as above. */
    private static final Pattern TAGS = Pattern.compile("^\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){2,7}$");

    /**
     * What every line a pattern matches has, cheap to test first: one of the ASCII words it can open with (or a word
     * that starts with one of some prefixes), or one of some characters first, or one of some characters anywhere.
     * Most lines are prose and fail it, which spares them the pattern: at 10,000 articles these patterns were a tenth
     * of all cleaning time.
     */
    record Gate(Pattern pattern, Set<String> openers, List<String> prefixes, String openChars, String anyChars) {
        Gate(Pattern pattern, Set<String> openers, String openChars, String anyChars) {
            this(pattern, openers, List.of(), openChars, anyChars);
        }

        boolean matches(String line, String opener) {
            return admits(line, opener) && pattern.matcher(line).matches();
        }

        boolean admits(String line, String opener) {
            if (openers.contains(opener) || !line.isEmpty() && openChars.indexOf(line.charAt(0)) >= 0) return true;
            for (String p : prefixes) {
                if (opener.startsWith(p)) return true;
            }
            for (int i = 0; i < anyChars.length(); i++) {
                if (line.indexOf(anyChars.charAt(i)) >= 0) return true;
            }
            return false;
        }
    }

    private static final String DIGITS = "0123456789";
    static final Gate CREDIT_GATE = new Gate(CREDIT, Set.of("getty", "afp", "ap", "associated", "reuters", "epa", "shutterstock",
            "bloomberg", "alamy", "pa", "wireimage", "filmmagic", "sipa", "zuma", "nurphoto", "anadolu", "xinhua", "pool", "invision",
            "rex", "corbis", "splash", "backgrid", "mega", "twitter", "instagram", "facebook", "youtube", "handout", "courtesy",
            "photo", "photos", "image", "images", "picture", "pictures", "credit", "credits"), "", "/|");
    static final Gate CAPTION_LABEL_GATE = new Gate(CAPTION_LABEL,
            Set.of("photo", "image", "picture", "caption", "media", "photograph", "foto", "fotos", "bild", "imagen", "imagem",
                    "immagine"), List.of("fotograf", "cr"), "Фф", "");
    static final Gate AD_GATE = new Gate(AD, Set.of("advertisement", "advertising", "ad", "ads", "sponsored", "paid", "promoted",
            "story", "continue", "skip", "scroll", "article", "report", "this", "anzeige", "werbung", "publicidad", "publicidade", "reklama",
            "reklam", "advertentie"), List.of("publicit", "pubblicit", "qu"), "[РрQq广廣広광", "");
    static final Gate SOCIAL_GATE = new Gate(SOCIAL, Set.of("share", "tweet", "follow", "click", "copy", "email", "print", "facebook",
            "twitter", "whatsapp", "linkedin", "pinterest", "reddit", "comment", "comments", "view", "leave", "font", "text", "listen",
            "like"),
            DIGITS + "글文", "");
    static final Gate READ_MORE_GATE = new Gate(READ_MORE, Set.of("read", "also", "more", "related", "recommended", "see", "watch",
            "listen", "trending", "click", "don", "dont", "continue", "view", "most", "lire", "voir", "sur", "lee", "lea", "leer",
            "seguir", "te", "mehr", "lesen", "weiterlesen", "leggi", "leia", "czytaj", "haberin", "devam", "xem", "tin", "ilgili",
            "luetuimmat", "meistgelesen", "meistgelesene", "meest", "mest", "najcz", "nej", "legolvasottabb", "legolvasottabbak", "veja"),
            List.of("devam"), "ÀàČčİ관関相延\u0427\u0447", "");
    static final Gate NEWSLETTER_GATE = new Gate(NEWSLETTER_OPENING, Set.of("sign", "get", "never", "want", "don", "dont", "enter",
            "stay", "like", "love", "melden", "become", "download", "keep"), List.of("subscribe", "join", "suscr", "abonn", "inscri"), "П", "");
    static final Gate COPYRIGHT_GATE = new Gate(COPYRIGHT, Set.of("copyright", "all"), "©(", "");
    static final Gate BYLINE_GATE = new Gate(BYLINE, Set.of("by", "written", "words", "von", "par", "por", "di"), "", "자원");

    private Boilerplate() {}

    /** The line's leading ASCII letters in lower case: the word the gated patterns open with. */
    static String opener(String line) {
        int n = 0;
        while (n < line.length() && n < 24 && Chars.isAsciiLetter(line.charAt(n))) n++;
        return line.substring(0, n).toLowerCase(Locale.ROOT);
    }

    /** Words whose presence lets a line be a newsletter prompt or a cookie notice; see {@link #cues}. */
    private static final String[] CUES = {"newsletter", "cookie", "consent", "privacy", "by continuing"};
    private static final int NEWSLETTER = 1;

    /**
     * Which of {@link #CUES} the line holds, in any ASCII case, as bits in their order: one pass over the line, where
     * a lower-case copy and a search per word took five. ASCII case is all the patterns that follow fold.
     */
    static int cues(String line) {
        char[] chars = line.toCharArray();
        int found = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            // most characters start no cue: one table look-up each
            if (c >= 128 || !STARTS_CUE[c]) continue;
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            switch (c) {
                case 'n' -> found |= cue(chars, i, 0);
                case 'c' -> found |= cue(chars, i, 1) | cue(chars, i, 2);
                case 'p' -> found |= cue(chars, i, 3);
                default -> found |= cue(chars, i, 4);
            }
        }
        return found;
    }

    /** The first letters of the cues, in both cases. */
    private static final boolean[] STARTS_CUE = new boolean[128];

    static {
        for (String cue : CUES) {
            STARTS_CUE[cue.charAt(0)] = true;
            STARTS_CUE[Character.toUpperCase(cue.charAt(0))] = true;
        }
    }

    private static int cue(char[] chars, int at, int w) {
        return holdsAt(chars, at, CUES[w]) ? 1 << w : 0;
    }

    private static boolean holdsAt(char[] chars, int at, String word) {
        if (at + word.length() > chars.length) return false;
        for (int k = 1; k < word.length(); k++) {
            char c = chars[at + k];
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            if (c != word.charAt(k)) return false;
        }
        return true;
    }

    /**
     * Whether a short line speaks of the outlet's own channel to its readers (its newsletter, its WhatsApp channel, its
     * "breaking news") and asks them to come: besides the channel it names a site ("dari Kompas.com", or {@code site},
     * the page's own name), says "our" of it ("saluran WhatsApp kami"), or says to click. A story tells of others'
     * channels, and of its readers' ("Your email list will grow"), in sentences that do none of that.
     *
     * @param last whether the line is the last under the story, where a pitch that asks to click may run longer
     */
    static boolean isPromotion(String line, Optional<String> site, boolean last) {
        if (line.length() > CLICKED_PROMOTION_CHARS || !CHANNEL.in(line)) return false;
        // under the story, an ask to sign up is as plain as one to click; between its paragraphs a story may tell of signing up
        boolean click = CLICK.matcher(line).find() || last && SIGN_UP.matcher(line).find();
        int words = Substance.scriptWords(line);
        boolean pitch = last && click && NEWSLETTER_NAME.matcher(line).find();
        if (words > CLICKED_PROMOTION_WORDS || !pitch && (words > PROMOTION_WORDS || line.length() > PROMOTION_CHARS)) return false;
        if (SITE_ADDRESS.matcher(line).find() || click
                || site.filter(name -> name.length() > 3 && line.contains(name)).isPresent()) return true;
        return saysOurs(line);
    }

    /**
     * "The Ledger is a nonprofit newsroom. Donate today.", "Unterstützen Sie unabhängigen Journalismus: Jetzt spenden.":
     * under the story, a line or two whose sentence opens by asking the reader to give to the outlet. A story tells
     * who gave and where to, in sentences that open on their subject.
     */
    static boolean isAppeal(String line) {
        return line.length() <= PROMOTION_CHARS && Substance.words(line, PROMOTION_WORDS + 1) <= PROMOTION_WORDS
                && Asides.clauses(line) <= 2 && APPEAL.matcher(line).find();
    }

    /** The reader asked to give, at a sentence's start, in the languages read. */
    private static final Pattern APPEAL = Pattern.compile("(?:^|[.!?:] )(?:please )?(?:donate|give today|make a (?:donation|gift|contribution)|"
            + "support (?:us|our (?:work|journalism|reporting|newsroom)|(?:local|independent) (?:journalism|news|reporting))|"
            + "become a (?:member|supporter|donor)|faites un don|soutenez(?:-nous| notre| le journalisme)|jetzt spenden|spenden sie|"
            + "unterstützen sie (?:uns|unse|unabhängig)|haz una donación|dona (?:ahora|hoy|ya)|apoya (?:nuestro|el periodismo)|"
            + "faça uma doação|apoie o (?:nosso|jornalismo)|sostienici|doneer|steun ons|wesprzyj nas|podpořte nás|přispějte|"
            + "поддержите (?:нас|редакцию)|пожертвуйте|"
            // the journalism to support named with a word or two of its kind: "Support nonprofit farm and water reporting",
            // "Unterstützen Sie unabhängigen Lokaljournalismus", "Soutenez un journalisme local", "Поддержите независимую журналистику"
            + "support (?!for |of |from |to |in |on )(?:[\\p{L}-]+,? ){1,4}(?:journalism|reporting|newsroom)|"
            + "unterstützen sie (?:\\p{L}+ ){0,2}\\p{L}*journalismus|soutenez (?:un|le|notre) journalisme|"
            + "поддержите (?:\\p{L}+ )?журналистику|"
            // or what the reader's gift does for it: "Your gift keeps our reporting free", "Votre don finance notre rédaction"
            + "your (?:gift|donation|support|contribution) (?:keeps|makes|helps|powers|funds|sustains)|"
            + "votre (?:don|soutien) (?:permet|finance|garantit|nous)|ihre (?:spende|unterstützung) (?:ermöglicht|hilft|sichert|finanziert)|"
            + "tu (?:donación|aporte|apoyo) (?:permite|mantiene|hace|financia)|"
            + "(?:a )?sua (?:doação|contribuição|assinatura) (?:mantém|permite|ajuda|financia)|"
            + "il tuo (?:contributo|sostegno) (?:permette|ci aiuta|mantiene)|"
            + "ваш[аеи]? (?:пожертвовани[ея]|поддержка) (?:помога\\p{L}*|позволя\\p{L}*))(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Whether the line says "our" of something, in the languages read: the outlet speaking of its own. */
    private static boolean saysOurs(String line) {
        for (String w : line.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (OURS.contains(w)) return true;
        return false;
    }

    /** An outlet's channels to its readers, the same words in most languages. */
    private static final Literals CHANNEL = Literals.of("newsletter", "inbox", "email", "e-mail", "updates", "breaking news",
            "telegram", "whatsapp", "channel", "saluran", "canal", "kanal", "рассылк", "канал", "nieuwsbrief", "nyhetsbrev",
            "uutiskirje", "hírlevél", "bülten",
            // and in Dutch, Norwegian, Danish, Hungarian (whose stem loses its accent as it takes an ending), Croatian
            // and Serbian, Indonesian and Malay, Turkish
            "mailbox", "nyheitsbrev", "innboks", "nyhedsbrev", "indbakke", "hírlevel", "bilten", "buletin", "e-posta",
            "buletin informativ", "casella di posta", "boîte mail", "boîte de réception", "postfach", "sähköpost");
    /**
     * The reader asked to sign up, in the languages read: "Schrijf je hier in", "Přihlaste se k odběru", "Meld deg på",
     * "Tilaa", "Iratkozzon fel", "Abone olun", "Langgan".
     */
    private static final Pattern SIGN_UP = Pattern.compile("\\b(?:sign up|subscribe|schrijf je|abonneer|zapisz się|zapisz sie|"
            + "přihlaste se|prihláste sa|meld deg på|tilmeld dig|prenumerera|tilaa|iratkozz\\p{L}*|feliratkoz\\p{L}*|prijavite se|"
            + "pretplatite se|abonează-te|aboneaza-te|abone olun?|daftar|langgan|suscr[ií]bete|abonnez-vous|inscrivez-vous|abonnieren|"
            + "iscriviti|inscreva-se|assine|подпишитесь)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The newsletter by its name, not only the mail it comes by: a longer pitch names it. */
    private static final Pattern NEWSLETTER_NAME = Pattern.compile("newsletter|nieuwsbrief|nyhetsbrev|uutiskirje|hírlevél|bülten|рассылк",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Our" in the languages read, and Indonesian's "kami" after the noun. */
    private static final Set<String> OURS = Set.of("our", "notre", "nos", "unser", "unsere", "unseren", "unserem", "nuestro",
            "nuestra", "nuestros", "nuestras", "наш", "нашу", "нашем", "нашего", "наши", "nostro", "nostra", "nosso", "nossa", "kami",
            "onze", "ons", "vår", "vårt", "våre", "vores", "meidän", "naš", "naša", "naše", "nostru", "noastră", "bizim",
            "nasz", "naszego", "nasze", "náš", "našeho", "nášho",
            // and their forms as a policy is named in them: "in unserer Datenschutzerklärung", "w naszej polityce", "в нашей политике"
            "unserer", "naszej", "naszą", "našich", "našem", "нашей", "politikamızı", "politikamız");

    /**
     * A promotion is a line or two, never a paragraph of the story: so many words, and characters to hold them; the
     * last one under the story that names its newsletter and asks the reader to click may run to a short paragraph of its
     * pitch ("La newsletter del … Basta cliccare qui."). Between the story's paragraphs an outlet's longer pitch is kept, as readers (and the
     * public benchmark's gold) keep it.
     */
    private static final int PROMOTION_WORDS = 30, PROMOTION_CHARS = 300, CLICKED_PROMOTION_WORDS = 60, CLICKED_PROMOTION_CHARS = 500;
    /** A site named by its address: "Kompas.com", "monitor.co.ug". */
    private static final Pattern SITE_ADDRESS = Pattern.compile("\\p{L}[\\p{L}\\d-]+\\.(?:[a-z]{2,4})(?:\\.[a-z]{2})?(?=[\\s.,!?)]|$)");
    /** "Click here", "tap to join", "klik di sini", "cliquez ici": the reader is asked to follow a link. */
    private static final Pattern CLICK = Pattern.compile("\\b(?:click|tap|klik|cliquez|clique|klicken|haz clic|нажмите|clicca|cliccare|cliccando)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "(RELATED: Other Story Headline)" inside a paragraph: a link to another story, not the article's text. */
    static final Pattern INLINE_RELATED = Pattern.compile(
            "\\s*\\((?:related|read more|see also|also read|watch|more)\\s*:[^()]{1,200}\\)", Pattern.CASE_INSENSITIVE);

    /** "Related", "More from Reuters:", "Read more": a label that a list of other stories' headlines follows. */
    static boolean isListLabel(String line) {
        String l = line.strip();
        return l.length() <= 40 && READ_MORE.matcher(l).matches() && !l.matches("(?s).*[:|»>–—-]\\s*\\S.*");
    }

    /**
     * A line that reads as a headline: short, several words, no closing punctuation of a sentence nor the comma of a
     * clause that goes on (Chinese and Japanese ones too: "、", "，"). In Chinese or
     * Japanese, with no spaces to count words by, more characters than a section label and fewer than a sentence of prose.
     */
    static boolean isHeadlineLike(String line) {
        String l = line.strip();
        if (l.length() > 150) return false;
        if (l.split("\\s+").length < 3) {
            int chars = l.codePointCount(0, l.length());
            if (chars <= Headlines.UNSPACED_LABEL || chars > UNSPACED_HEADLINE || !Headlines.isUnspaced(l)) return false;
        }
        return !withoutClosingQuotation(l).matches("(?s).*[.,;:\"”'’)。！？」、，]$");
    }

    /**
     * A headline may end on the words it quotes (Ordu'da üretici tepkili: "Gübre parasını bile çıkaramıyoruz"): the
     * line without that quotation's closing mark, when the line opened it after words of its own. A line quoted whole
     * is a pull quote, and a mark closing what was never opened is a sentence's.
     */
    private static String withoutClosingQuotation(String l) {
        char last = l.charAt(l.length() - 1);
        int opener = last == '"' ? l.lastIndexOf('"', l.length() - 2) : last == '”' ? l.lastIndexOf('“') : last == '»' ? l.lastIndexOf('«') : -1;
        return opener > 0 && l.length() > 1 ? l.substring(0, l.length() - 1) : l;
    }

    /** The most characters of a headline in a script without spaces: a Japanese paper's run to some forty. */
    private static final int UNSPACED_HEADLINE = 60;

    /** A removable line and its kind (the report's category). */
    record Hit(String kind, Optional<String> credit) {}

    /**
     * A set for the credits a seed's captions name, which {@link #classify} looks lines up in ignoring case, as
     * {@code equalsIgnoreCase} would: a look-up, not a comparison with every credit seen, which cost a seed of
     * thousands of captions the square of their number.
     */
    static Set<String> credits() {
        return new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    }

    /**
     * @param line       one paragraph, whitespace collapsed
     * @param credits    credits named in captions seen so far (a {@link #credits()} set), so the lone credit line that
     *                   follows is recognised
     * @param nearTop    whether this is among the first few paragraphs (bylines only count there)
     */
    static Optional<Hit> classify(String line, Set<String> credits, boolean nearTop) {
        String l = line.strip();
        if (l.isEmpty()) return Optional.empty();
        // "(Nate Billings / Associated Press)", "(RELATED: ...)": the same lines, in parentheses.
        if (l.length() > 2 && l.charAt(0) == '(' && l.charAt(l.length() - 1) == ')' && l.indexOf('(', 1) < 0) {
            Optional<Hit> inner = classify(l.substring(1, l.length() - 1), credits, nearTop);
            if (inner.isPresent()) return inner;
        }
        // Cheap tests first: most paragraphs are prose, and these run on every one of them.
        if (l.endsWith(")") || l.endsWith(").")) {
            Matcher photo = PHOTO_PAREN.matcher(l.length() > 200 ? l.substring(l.length() - 200) : l);
            if (photo.find()) return Optional.of(new Hit("caption", Optional.of(photo.group(1).strip())));
        }
        if (l.length() <= CAPTION_CHARS && (l.indexOf('—') > 0 || l.indexOf('–') > 0 || l.indexOf(" - ") > 0)) {
            Matcher credit = DASH_CREDIT.matcher(l);
            if (credit.find() && Substance.words(l.substring(0, credit.start())) >= 3) return Optional.of(new Hit("caption", Optional.of(credit.group(1).strip())));
        }
        if (l.length() < 600 && Character.isUpperCase(l.charAt(0)) && l.length() > 3 && Character.isUpperCase(l.charAt(1))
                && DATELINE_CAPTION.matcher(l).matches()) {
            return Optional.of(new Hit("caption", Optional.empty()));
        }
        if (Datelines.is(l)) return hit("dateline");
        if (GALLERY_COUNTER.matcher(l).matches()) return hit("gallery");
        String opener = l.length() <= 240 ? opener(l) : "";
        int cues = l.length() <= 400 ? cues(l) : 0;
        if (l.length() <= 120) {
            if (credits.contains(l) || l.length() > 2 && l.charAt(0) == '(' && l.charAt(l.length() - 1) == ')'
                    && credits.contains(l.substring(1, l.length() - 1))) return hit("credit");
            if (CREDIT_GATE.matches(l, opener)) return hit("credit");
            if (CAPTION_LABEL_GATE.matches(l, opener)) return hit("caption");
            if (AD_GATE.matches(l, opener)) return hit("ad");
            if (SOCIAL_GATE.matches(l, opener)) return hit("social");
        }
        if (l.length() <= 240) {
            if (READ_MORE_GATE.matches(l, opener)) return hit("read-more");
            // a call to the reader that names a channel, or the outlet's own ("Keep up with … with our lunchtime news wrap.")
            if (NEWSLETTER_GATE.matches(l, opener) && (NEWSLETTER_WORD.matcher(l).find() || saysOurs(l))) return hit("newsletter");
            if ((cues & NEWSLETTER) != 0 && NEWSLETTER_WORD.matcher(l.replaceAll("(?i)newsletter", "")).find())
                return hit("newsletter");
            if (isNewsletterAfterThanks(l)) return hit("newsletter");
            if (COPYRIGHT_GATE.matches(l, opener)) return hit("copyright");
            if (nearTop && l.length() <= 120 && BYLINE_GATE.matches(l, opener)) return hit("byline");
        }
        if (nearTop && l.length() <= 120 && isNameRow(l)) return hit("byline");
        if ((cues & ~NEWSLETTER) != 0 && COOKIE.matcher(l).find()) return hit("cookie");
        if (isPolicyPointer(l)) return hit("cookie");
        if (l.length() <= NOTICE_CHARS && (l.charAt(0) == '©' || l.charAt(0) == 'ⓒ' || l.startsWith("(c)") || l.regionMatches(true, 0, "copyright ", 0, 10))
                && RIGHTS.matcher(l).find()) return hit("copyright");
        if (l.length() <= BARE_NOTICE_CHARS && RIGHTS.matcher(l).lookingAt() && Asides.clauses(l) <= 2) return hit("copyright");
        if (isFooterRow(l)) return hit("copyright");
        if (l.length() <= NOTICE_CHARS && Substance.isSubscriptionPitch(l)) return hit("wall");
        if (!nearTop && LineShapes.isLinkRow(l)) return hit("navigation");
        if (isPitchAfterQuestion(l)) return hit("newsletter");
        Optional<String> note = PageNotes.kind(l);
        if (note.isPresent()) return hit(note.get());
        return LineShapes.kind(l).map(kind -> new Hit(kind, Optional.empty()));
    }

    /**
     * "Mehr dazu lesen Sie in unserer Datenschutzerklärung.", "Learn more in our cookie policy.": a consent notice's
     * sentence pointing the reader to the outlet's own privacy policy, a line or two. A story about a policy says whose
     * it is, not "ours", or quotes the one who says so.
     */
    private static boolean isPolicyPointer(String l) {
        if (l.length() > PROMOTION_CHARS || !PRIVACY_POLICY.in(l) || Asides.clauses(l) > 2) return false;
        for (int i = 0; i < l.length(); i++) if ("\"“”„«»".indexOf(l.charAt(i)) >= 0) return false;
        return saysOurs(l);
    }

    /** An outlet's privacy or cookie policy by its name, in the languages read. */
    private static final Literals PRIVACY_POLICY = Literals.of("privacy policy", "privacy notice", "cookie policy", "datenschutzerklärung",
            "datenschutzhinweis", "datenschutzbestimmung", "cookie-richtlinie", "politique de confidentialité", "politique de cookies",
            "politique cookies", "política de privacidad", "política de cookies", "informativa sulla privacy", "informativa privacy",
            "informativa sui cookie", "política de privacidade", "privacybeleid", "privacyverklaring", "cookiebeleid",
            "polityk prywatności", "polityce prywatności", "polityką prywatności", "polityka prywatności", "ochrany osobních údajů",
            "политик конфиденциальности", "политике конфиденциальности", "политикой конфиденциальности", "политика конфиденциальности",
            "gizlilik politika", "çerez politika", "kebijakan privasi");

    /**
     * "Thanks for reading The Ledger! Subscribe for free to receive new posts.": a line of two sentences whose second
     * is the prompt to sign up. The prompt's words, not the first sentence's, tell it.
     */
    private static boolean isNewsletterAfterThanks(String l) {
        int second = -1;
        for (int i = 1; i + 2 < l.length() && second < 0; i++) {
            if (".!?".indexOf(l.charAt(i)) >= 0 && l.charAt(i + 1) == ' ' && Character.isUpperCase(l.charAt(i + 2))) second = i + 2;
        }
        if (second < 0 || !Sentences.endsLikeSentence(l)) return false;
        String prompt = l.substring(second);
        // two sentences only: a third makes a paragraph of the story
        for (int i = 0; i + 2 < prompt.length(); i++) {
            if (".!?".indexOf(prompt.charAt(i)) >= 0 && prompt.charAt(i + 1) == ' ' && Character.isUpperCase(prompt.charAt(i + 2))) return false;
        }
        return NEWSLETTER_GATE.matches(prompt, opener(prompt)) && NEWSLETTER_WORD.matcher(prompt).find();
    }

    /**
     * "Jordan MacIsaac · CBC News ·", "Ana Ruiz | EL NORTE": the author's name in a row with the outlet's few words,
     * between dots or bars. A name alone is asked by its place, beside the date ({@link Asides#isName}).
     */
    static boolean isNameRow(String line) {
        if (line.indexOf('·') < 0 && line.indexOf('|') < 0 && line.indexOf('•') < 0) return false;
        String[] items = line.split("\\s*[·|•]\\s*");
        if (items.length < 2 || !Asides.isName(items[0].strip())) return false;
        for (int k = 1; k < items.length; k++) {
            if (Substance.words(items[k]) > ROW_WORDS || Sentences.endsLikeSentence(items[k]) || Datelines.is(items[k])) return false;
        }
        return true;
    }

    /**
     * "About us Contact us Advertise Privacy notice © 2024 The Solent Courier. All rights reserved.": a footer's row of
     * links run into the site's copyright, as a page dumped as text writes it. Before the "©" no sentence ends and no
     * clause parts; a story that credits a picture or a logo with "©" writes it inside a sentence.
     */
    static boolean isFooterRow(String l) {
        int mark = l.indexOf('©');
        if (mark <= 0 || l.length() > FOOTER_CHARS) return false;
        String links = l.substring(0, mark);
        for (int i = 0; i < links.length(); i++) if (".!?,;:\"“”«»()".indexOf(links.charAt(i)) >= 0) return false;
        return Substance.words(links) >= FOOTER_LINKS;
    }

    /** A footer's row is a line or two; it names a few links before its copyright. */
    private static final int FOOTER_CHARS = 300, FOOTER_LINKS = 2;

    /** An outlet's name beside the author's in a byline's row is a few words. */
    private static final int ROW_WORDS = 3;

    /**
     * "Îți place ce citești? Primește Clujul Civic în fiecare vineri, gratuit.", "Like what you read? Get it free every
     * week.": a short question to the reader, then one sentence offering the site free or by its channel. A story's
     * question asks about its subject, not the reader's reading.
     */
    static boolean isPitchAfterQuestion(String l) {
        int q = l.indexOf("? ");
        if (q < 0 || l.length() > PROMOTION_CHARS || !Sentences.endsLikeSentence(l)) return false;
        String question = l.substring(0, q + 1), offer = l.substring(q + 2);
        if (Substance.words(question) > PITCH_QUESTION_WORDS || Substance.words(offer) > PROMOTION_WORDS / 2 || !Asides.oneClause(offer)) return false;
        boolean reader = false;
        for (String w : question.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) reader |= SECOND_PERSON.contains(w);
        return reader && (FREE.matcher(offer).find() || CHANNEL.in(offer));
    }

    private static final int PITCH_QUESTION_WORDS = 6;
    /** The reader addressed, in the languages a pitch was met in. */
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "vous", "tu", "te", "du", "dir", "dich", "ihnen", "usted", "ti",
            "você", "je", "jij", "u", "îți", "ți", "tine", "dumneavoastră", "deg", "dig", "sinua", "sinulle", "vi",
            "sen", "sana", "вам", "вы", "тебе");
    /** "Free" as a pitch offers it. */
    private static final Pattern FREE = Pattern.compile("\\b(?:free|gratis|gratuit\\p{L}*|kostenlos|бесплатно|ingyen\\p{L}*|besplatn\\p{L}*|"
            + "ilmai\\p{L}*|ücretsiz|gratuitamente)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static Optional<Hit> hit(String kind) {
        return Optional.of(new Hit(kind, Optional.empty()));
    }
}
