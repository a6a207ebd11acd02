package org.dossier.clean;

import org.dossier.ingest.Chars;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines that are a page's furniture by the shape of their tokens, in any language and whatever the outlet: no prose is
 * written this way. Each shape names the report's kind for its removal.
 * <ul>
 *   <li>{@code image-file}: one token that is a file's name ("IMG_20230410_191233.jpg"), left where the picture was;</li>
 *   <li>{@code placeholder}: a word or two trailing off in an ellipsis ("Loading…"), or a few saying that something
 *       loads ("Chargement de la vidéo..."), where a player or gallery loads;</li>
 *   <li>{@code counter}: a number and one word ("Comments (34)", "412 Postings", "12 commentaires", "1.2K views",
 *       "2 318 просмотров"), or a count's label, a colon and the number ("Hits: 512", "Просмотров: 1 204");</li>
 *   <li>{@code section-label}, {@code byline}, {@code tags}: the fields of a CMS's info box, a label naming the page's
 *       category, its author or its tags, a colon and a few words ("Category: Local News", "Kategorie: Lokales",
 *       "Автор: Администратор", "Tags: libraries");</li>
 *   <li>{@code separator}: a line of dashes, stars or bullets and nothing else ("***", "* * *", "———");</li>
 *   <li>{@code credit}: a sign-off naming whose reporting or material the text draws on ("Reporting by Jane Roe; Editing
 *       by Tom Poe", "Mit Material von dpa", "Avec AFP", "Con información de EFE", "По материалам ТАСС");</li>
 *   <li>{@code tags}: a label of a word or two, a colon, and three or more short items ("Topics: Planning, Dublin, Courts",
 *       "Etiquetas: Playas · Medusas · Valencia");</li>
 *   <li>{@code credit}: a line wholly in brackets, short and no sentence ("(With inputs from PTI)", "(Yonhap)");</li>
 *   <li>{@code caption}: a short description followed by its credit, a tail of capitalised names, slashes or bars and
 *       no verb of the text ("Workers rest in the shade. Wam", "Volunteers train in Osaka. | KYODO");</li>
 *   <li>{@code navigation}: the menu's items glued into one word ("HomeNewsSportsObituariesOpinion");</li>
 *   <li>{@code media}: a player's label and its length ("Audio: 01:32 Min.", "Video (2:15)", "Аудио: 02:10 мин.");</li>
 *   <li>{@code caption}: a label that says what a picture is, then its description in one clause ("Illustrative: Cranes
 *       at the port", "Archivbild: Die gesperrte Brücke", "File picture: A lorry at the yard", "Open this photo in
 *       gallery: Trucks queue …");</li>
 *   <li>{@code social}: a row of share buttons, most of its words the names of networks, whatever the language of the
 *       rest ("Partager Facebook X LinkedIn E-mail Copier le lien", "Поделиться ВКонтакте Telegram WhatsApp"), or of
 *       nothing but buttons ("Print Email"); or a few words asking to follow the outlet on a network ("Google News'te
 *       takip et", "Obserwuj nas na Facebooku");</li>
 *   <li>{@code navigation}: a breadcrumb, short segments joined by a path's separator ("Home > News > Health",
 *       "Strona główna › Wiadomości", "トップ ＞ 地域 ＞ 神奈川");</li>
 *   <li>{@code media}: what is left of a player, its clock or its buttons ("00:00", "0:00 / 2:31", "Play Video");</li>
 *   <li>{@code cookie}: a consent prompt's buttons left in a row ("Akzeptieren Einstellungen", "Accept all Reject all");</li>
 *   <li>{@code reading-time}: the story's reading time alone on its line ("Čtení na 3 minuty", "読了時間：約3分");</li>
 * </ul>
 * <pre>{@code LineShapes.kind("Comments (34)")   // Optional[counter]}</pre>
 */
final class LineShapes {
    /** Longer lines are prose or whole dumps, never one of these shapes. */
    private static final int MAX_LENGTH = 250;
    /** A gallery's caption may run to a paragraph; its glued counter is what tells it. */
    private static final int GALLERY_LENGTH = 1000;
    private static final Pattern IMAGE_FILE = Pattern.compile(
            "\\S{1,80}\\.(?:jpe?g|png|gif|webp|avif|tiff?|heic|bmp|svg|mp4|mov|webm)", Pattern.CASE_INSENSITIVE);
    /** A count as pages print it: "512", "1,204", "2 318", "1.2K", "3,4 тыс.". */
    private static final String COUNT = "\\d{1,3}(?:[.,\\u00A0\\u202F ]\\d{3})+|\\d{1,4}(?:[.,]\\d)?\\s?(?:[KkMm]|тыс\\.?)|\\d{1,6}";
    private static final Pattern COUNTER = Pattern.compile("\\(?(" + COUNT + ")\\)?\\s+\\p{L}{3,20}|\\p{L}{3,20}\\s*\\((\\d{1,6})\\)");
    /** A field of a CMS's info box: a label of a word or two, a colon, its value. */
    private static final Pattern FIELD = Pattern.compile("(\\p{L}[\\p{L}-]*(?: \\p{L}+)?)\\s?:\\s*(\\S.{0,60})");
    /** What a count's label counts, in the languages read: views, hits, reads, visits, comments. */
    private static final Set<String> COUNT_LABELS = Set.of("views", "hits", "reads", "visits", "comments", "vues", "lectures", "visites",
            "commentaires", "aufrufe", "zugriffe", "gelesen", "kommentare", "visitas", "lecturas", "comentarios", "просмотров",
            "просмотры", "прочтений", "комментарии", "комментариев", "visualizzazioni", "letture", "visite", "commenti",
            "visualizações", "leituras", "comentários", "acessos", "weergaven", "gelezen", "bekeken", "reacties", "affichages",
            "consultations", "vistas");
    /** A label naming the page's category or section: the field says where the site files the page, not what it says. */
    private static final Set<String> SECTION_LABELS = Set.of("category", "categories", "section", "rubric", "filed under", "catégorie",
            "rubrique", "kategorie", "rubrik", "ressort", "categoría", "sección", "категория", "рубрика", "раздел", "categoria",
            "sezione", "seção", "secção", "editoria", "categorie", "rubriek", "sectie");
    /** A label naming the page's author. */
    private static final Set<String> AUTHOR_LABELS = Set.of("author", "authors", "written by", "auteur", "autor", "autorin", "verfasser",
            "автор", "autore", "autores", "auteurs");
    /** A label naming the page's tags or topics: one item is as much a tag line as three ("Tags: libraries"). */
    private static final Set<String> TAG_LABELS = Set.of("tags", "tag", "tagged", "topics", "keywords", "schlagwörter", "schlagworte",
            "stichwörter", "étiquettes", "mots-clés", "mots clés", "sujets", "etiquetas", "temas", "теги", "метки", "ключевые слова",
            "argomenti", "palavras-chave", "assuntos", "trefwoorden", "onderwerpen");
    /** A field's label, colon and value are a short line. */
    private static final int FIELD_LENGTH = 90;
    /** A field's value is a name or a section's: a few words, no sentence. */
    private static final int FIELD_WORDS = 4;
    /**
     * "***", "* * *", "———", "• • •": a break between parts of a text, no text. Not a row of underscores: agencies set
     * one above the contributors' line that closes their story, and readers (and the benchmark's gold) keep it.
     */
    private static final Pattern SEPARATOR = Pattern.compile("[*\\-–—=~#•·+◆■□●○◇※/\\\\|. ]{3,40}");
    /** The sign-off's opening: whose reporting, writing, editing or material the text draws on. */
    private static final Pattern SIGN_OFF = Pattern.compile("(?:(?:with )?(?:additional )?reporting by|writing by|editing by|"
            + "compiled by|with material from|with inputs from|mit material (?:von|der|aus)|unter verwendung von material|"
            + "avec (?:l'|l’)?(?:afp|ap|reuters|agences?)\\b|con información de|con datos de|por materialam|по материалам|"
            + "с использованием материалов|com informações d|con fonti|met medewerking van)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int SIGN_OFF_WORDS = 14, SHORT_SIGN_OFF = 5;
    private static final String ITEM = "[\\p{L}\\p{N}][\\p{L}\\p{N}'’&.-]*(?: [\\p{L}\\p{N}][\\p{L}\\p{N}'’&.-]*){0,2}";
    private static final Pattern TAGS = Pattern.compile(
            "\\p{Lu}[\\p{L}-]{1,20}(?: [\\p{L}-]{1,20})?\\s*:\\s*" + ITEM + "(?:\\s*[,;·•|/]\\s*" + ITEM + "){2,}");
    /** In a credit's tail, besides names: the words that join them or say what is credited. */
    private static final Set<String> CREDIT_WORDS = Set.of("by", "via", "for", "and", "&", "de", "par", "por", "von", "y", "et",
            "und", "photo", "photos", "image", "images", "picture", "file", "foto", "fotos", "bild", "imagen", "photographer", "©",
            // a picture from the outlet's own files: "Foto: archivo Comuna 8", "Bild: Archiv"
            "archive", "archivo", "archiv", "archief", "arquivo", "archivio", "arhiva", "arkiv");
    /**
     * A caption is a sentence or two of a few words: a longer paragraph that ends in a name is the story's, signed by
     * its agency ("… to sneak into the US. PTI").
     */
    private static final int CAPTION_WORDS = 25;
    /** "1of4Grass Valley's …": a gallery's counter glued to the caption it numbers. */
    private static final Pattern GALLERY_CAPTION = Pattern.compile("\\d{1,3}\\s?(?:of|/)\\s?\\d{1,3}\\p{Lu}.*");
    private static final int TAIL_WORDS = 6, BRACKETED_WORDS = 8, HUMPS = 3, GLUED_LENGTH = 20;
    /** The words that say something loads, in the languages read: a placeholder's longer forms hold one. */
    private static final List<String> LOADING = List.of("loading", "chargement", "geladen", "lädt", "cargando", "загрузк", "загружа",
            "caricamento", "carregando");
    /** Networks and channels a share row names: brands, the same in every language. */
    private static final Set<String> NETWORKS = Set.of("facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "pinterest",
            "reddit", "email", "e-mail", "mail", "threads", "bluesky", "mastodon", "xing", "flipboard", "messenger", "viber", "vk",
            "вконтакте", "одноклассники", "ok", "weibo", "wechat", "line", "tumblr");
    /** What a page's buttons say besides the networks' names: share, print, save as a PDF, in the languages read. */
    private static final Set<String> BUTTONS = Set.of("share", "print", "pdf", "tweet", "teilen", "drucken", "partager", "imprimer",
            "compartir", "imprimir", "поделиться", "печать", "condividi", "stampa", "partilhar", "compartilhar", "delen", "printen");
    /** A share row names at least this many networks, and they are at least half its words. */
    private static final int SHARE_NETWORKS = 3, SHARE_WORDS = 16, SHARE_LENGTH = 160;

    /** "Audio: 01:32 Min.", "Video (2:15)": a word or two, then a length in minutes and seconds, perhaps its unit. */
    private static final Pattern MEDIA = Pattern.compile("(\\p{L}[\\p{L}-]{1,15}(?: \\p{L}[\\p{L}-]{1,15})?)\\s*(?::\\s*|(\\())"
            + "\\d{1,2}:[0-5]\\d(?::[0-5]\\d)?\\s*\\)?\\s*(min\\p{L}*|мин\\p{L}*)?\\.?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The players that a length labels when neither brackets nor a unit show it is one ("Anpfiff: 18:30" is a time). */
    private static final Set<String> PLAYERS = Set.of("audio", "video", "vidéo", "vídeo", "podcast", "clip", "аудио", "видео", "подкаст");
    /** A picture's label: a word or a few, one of them naming a picture or saying it only illustrates. */
    private static final Pattern PICTURE_LABEL = Pattern.compile("(\\p{Lu}[\\p{L}'’-]*(?: [\\p{L}'’-]+){0,4}) ?:\\s+(\\p{Lu}.*)");
    /** Not "picture": a subheading's "Playoff picture:" or "Big picture:" speaks of no photograph. */
    private static final List<String> PICTURE_ENDS = List.of("photo", "foto", "bild", "image", "imagen", "imagem", "фото", "снимок",
            "图片", "照片", "圖片", "写真", "画像");
    /**
     * "Picture" names a photograph in a label only beside a word that says where it was taken from: "File picture:",
     * "Library pic:", "Stock picture:".
     */
    private static final Set<String> PICTURE_NOUNS = Set.of("picture", "pictures", "pic", "pix"),
            PICTURE_SOURCES = Set.of("file", "library", "stock", "archive");
    /** What a picture's bracket may add to its word: "(File photo)", "(Foto de archivo)", "(Photo d'illustration)". */
    private static final Set<String> PICTURE_KINDS = Set.of("file", "stock", "de", "d", "del", "du", "архив", "архивное");
    private static final List<String> PICTURE_STARTS = List.of("illustrat", "pictured", "above", "galler", "galerie", "galería", "archiv",
            "иллюстрац");

    /** A breadcrumb's separators: those of a path, which prose does not write between spaces. */
    private static final String PATH_SEPARATORS = ">›»＞→";
    /** "/" and "|" also part a breadcrumb's segments, but a headline's "Headline | Site" too: a breadcrumb has three. */
    private static final String ROW_SEPARATORS = "/|";
    /** A breadcrumb's segment is a section's name, and the whole a line of them. */
    private static final int CRUMB_WORDS = 4, CRUMB_CHARS = 32, CRUMBS_LENGTH = 120;
    /** "00:00", "0:00 / 2:31": a player's clock, left where the player was. */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:[0-5]\\d(?::[0-5]\\d)?(?:\\s*/\\s*\\d{1,2}:[0-5]\\d(?::[0-5]\\d)?)?");
    /** A player's buttons, in the languages read: "Play Video", "Video abspielen", "Lire la vidéo", "Odtwórz wideo". */
    private static final Set<String> PLAYER_BUTTONS = Set.of("play", "pause", "replay", "mute", "unmute", "fullscreen", "abspielen",
            "wiedergeben", "lire", "reproducir", "reproduzir", "riproduci", "воспроизвести", "odtwórz", "přehrát", "oynat", "afspelen",
            "播放", "再生", "재생");
    /** What a player plays, beside its buttons: "Play Video" is a button, "Video" alone may be a section. */
    private static final Set<String> PLAYED = Set.of("video", "vidéo", "vídeo", "audio", "wideo", "videa", "videó", "videoyu", "la",
            "the", "podcast", "видео", "аудио", "視頻", "视频", "動画", "동영상", "영상");
    private static final int PLAYER_WORDS = 4, PLAYER_LENGTH = 40, CONSENT_LENGTH = 80;
    /** A consent prompt's buttons, to accept, refuse or choose, in the languages read. */
    private static final Set<String> CONSENT_BUTTONS = Set.of("accept", "reject", "decline", "agree", "akzeptieren", "ablehnen",
            "zustimmen", "accepter", "refuser", "personnaliser", "aceptar", "rechazar", "configurar", "accetta", "accetto", "rifiuta",
            "aceitar", "rejeitar", "accepteren", "weigeren", "akceptuję", "akceptuj", "odrzuć", "přijmout", "odmítnout", "souhlasím",
            "принять", "отклонить", "согласен", "kabul", "reddet", "setuju", "terima", "tolak", "同意", "同意する", "拒否", "接受", "拒绝",
            "동의", "거부");
    /** What a consent button's row says beside them: all, only the necessary, the settings. */
    private static final Set<String> CONSENT_BESIDE = Set.of("all", "cookies", "only", "necessary", "essential", "settings", "manage",
            "options", "preferences", "and", "close", "alle", "einstellungen", "nur", "notwendige", "tout", "tous", "paramètres", "todas",
            "todo", "ajustes", "tutti", "tutto", "impostazioni", "todos", "alles", "instellingen", "wszystkie", "ustawienia", "vše",
            "nastavení", "все", "настройки", "tümünü", "ayarlar", "semua", "pengaturan", "设置", "設定", "설정", "모두");
    /**
     * The verb that asks to follow an outlet, in the languages read (stems, or the whole word in a script without
     * spaces): follow, folgen, suivez, síguenos, segui, obserwuj, sledujte, takip et, theo dõi, volg, följ, 关注, フォロー, 팔로우.
     */
    private static final List<String> FOLLOW = List.of("follow", "folg", "suiv", "síg", "sigu", "siga", "segui", "obserwuj", "sleduj",
            "takip", "dõi", "volg", "följ", "følg", "seuraa", "kövess", "следи", "подпис", "关注", "關注", "フォロー", "팔로우");
    /**
     * What else asks the reader to come to the outlet's channel, the imperative that opens the prompt (the whole word:
     * "Downloads of WhatsApp rose" opens a story's sentence): join, receive, get, subscribe, add, download, in the
     * languages read ("Receba as notícias … no WhatsApp", "Rejoignez notre chaîne WhatsApp", "Dołącz do nas na Telegramie",
     * "Присоединяйтесь к нашему Telegram-каналу", "Unduh aplikasi …").
     */
    private static final Set<String> ASKS = Set.of("join", "get", "receive", "subscribe", "download", "add", "sign", "rejoignez",
            "rejoins", "recevez", "reçois", "abonnez", "téléchargez", "inscrivez", "retrouvez", "tritt", "treten", "erhalte", "erhalten",
            "hol", "holen", "lade", "laden", "abonniere", "abonnieren", "únete", "unete", "recibe", "reciba", "suscríbete", "suscribete",
            "descarga", "descargue", "unisciti", "iscriviti", "ricevi", "scarica", "receba", "recebe", "participe", "inscreva", "assine",
            "baixe", "acompanhe", "ontvang", "abonneer", "meld", "dołącz", "pobierz", "subskrybuj", "otrzymuj", "zapisz", "přidejte",
            "přidej", "připojte", "stáhněte", "odebírejte", "přihlaste", "присоединяйтесь", "подписывайтесь", "получайте", "скачайте",
            "скачивайте", "добавьте", "читайте", "katılın", "katıl", "abone", "indirin", "indir", "gabung", "bergabung", "ikuti", "unduh",
            "dapatkan",
            // and the verb to follow, whole: "Folgen Sie uns auf WhatsApp und erhalten Sie …", "Siga o … no Instagram e receba …"
            "follow", "folgen", "folge", "suivez", "síguenos", "siga", "seguici", "segui", "volg", "obserwuj", "sledujte", "следите",
            "takip");
    /**
     * The same asks in the scripts without spaces, found anywhere in the line: "LINEで友だち追加", "扫码关注微信公众号",
     * "카카오톡 채널 추가하고 뉴스 받아보세요".
     */
    private static final List<String> UNSPACED_ASKS = List.of("追加", "登録", "受け取", "加入", "订阅", "訂閱", "扫码", "掃碼", "下载",
            "下載", "추가", "구독", "받아보", "다운로드");
    /** The networks a prompt to follow names, besides those of a share row: "Google News", "YouTube", "Zalo". */
    private static final Set<String> FOLLOWED = Set.of("google", "instagram", "youtube", "tiktok", "zalo", "kakao", "naver", "viber",
            "app", "appstore");
    /** The same, in the scripts that write them without letter case: WeChat's official account, KakaoTalk, Naver. */
    private static final Literals UNCASED_NETWORKS = Literals.of("微信", "公众号", "公眾號", "微博", "抖音", "카카오톡", "카톡", "네이버",
            "유튜브", "텔레그램", "ライン", "ツイッター");
    /**
     * A prompt to follow is a few words; one opening on its ask may say what it brings (14), and one led by a pictogram
     * ("📲 Receba as notícias do … no WhatsApp") is set apart by it from the prose, whatever its length up to a line's.
     */
    private static final int FOLLOW_WORDS = 8, ASK_WORDS = 14, PICTOGRAM_ASK_WORDS = 16;

    private LineShapes() {}

    /** The kind of furniture the line's shape shows, or empty for a line that may be the article's. */
    static Optional<String> kind(String line) {
        String l = line.strip();
        if (l.isEmpty()) return Optional.empty();
        if (Chars.isDigit(l.charAt(0)) && l.length() <= GALLERY_LENGTH && GALLERY_CAPTION.matcher(l).matches()) {
            return Optional.of("caption");
        }
        if (l.length() > MAX_LENGTH) return Optional.empty();
        // the shapes of one token, or of two or three, are asked only of lines that short
        int spaces = 0;
        for (int i = 0; i < l.length() && spaces < 3; i++) if (l.charAt(i) == ' ') spaces++;
        if (spaces == 0 && l.indexOf('.') > 0 && IMAGE_FILE.matcher(l).matches()) return Optional.of("image-file");
        if (spaces <= 2 && isGlued(l)) return Optional.of("navigation");
        if (isPlaceholder(l, spaces)) return Optional.of("placeholder");
        if (Datelines.isReadingTime(l)) return Optional.of("reading-time");
        // "2 318 просмотров": a count may hold a space of its own
        if (spaces <= 2 && isCounter(l)) return Optional.of("counter");
        if (l.length() <= FIELD_LENGTH && l.indexOf(':') > 0) {
            Optional<String> field = field(l);
            if (field.isPresent()) return field;
        }
        if (l.length() <= 40 && isSeparator(l)) return Optional.of("separator");
        if (isSignOff(l)) return Optional.of("credit");
        if (l.indexOf(':') > 0 && hasItemSeparator(l) && !Sentences.endsLikeSentence(l) && TAGS.matcher(l).matches()) {
            return Optional.of("tags");
        }
        if (isBracketed(l)) return Optional.of("credit");
        if (isShareRow(l)) return Optional.of("social");
        if (spaces <= 3 && l.indexOf(':') > 0 && isMediaLength(l)) return Optional.of("media");
        if (spaces <= 2 && Chars.isDigit(l.charAt(0)) && CLOCK.matcher(l).matches()
                || spaces < PLAYER_WORDS && l.length() <= PLAYER_LENGTH && isPlayerButtons(l)) {
            return Optional.of("media");
        }
        if (l.length() <= CRUMBS_LENGTH && isBreadcrumb(l)) return Optional.of("navigation");
        if (l.length() <= CONSENT_LENGTH && isConsentButtons(l)) return Optional.of("cookie");
        if (fewWords(l, PICTOGRAM_ASK_WORDS) && namesNetwork(l) && isFollowPrompt(l)) {
            // the outlet's own channel, that it says is its own or asks to click to, is its newsletter's kind
            return Optional.of(Boilerplate.isPromotion(l, Optional.empty(), false) ? "newsletter" : "social");
        }
        if (l.indexOf(':') > 0 && isPictureLabelled(l)) return Optional.of("caption");
        if (hasCreditTail(l) || (l.endsWith(")") || l.endsWith("）")) && hasPictureBracket(l)) return Optional.of("caption");
        return Optional.empty();
    }

    /**
     * "Corrections and clarifications|Submit a news tip|Report error": a footer's links set in a row between bars, each a
     * label of a few words with no sentence's end, and the row no sentence. Callers ask it only below the text's
     * first lines, where "Headline | Site" is the page's title.
     */
    static boolean isLinkRow(String l) {
        if (l.length() > MAX_LENGTH || l.indexOf('|') < 0 || Sentences.endsLikeSentence(l)) return false;
        String[] items = l.split("\\|");
        if (items.length < 2) return false;
        for (String item : items) {
            String t = item.strip();
            if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)) || Substance.words(t) > ROW_ITEM_WORDS || !Asides.oneClause(t)
                    || t.indexOf(':') >= 0) return false;
        }
        return true;
    }

    /** A link's label in a footer's row is a few words. */
    private static final int ROW_ITEM_WORDS = 6;

    /** Whether the line holds a separator that tags are listed with: "Playas, Medusas", "Playas · Medusas", "Lyon / Tramway". */
    private static boolean hasItemSeparator(String l) {
        for (int i = 0; i < l.length(); i++) if (",;·•|/".indexOf(l.charAt(i)) >= 0) return true;
        return false;
    }

    /**
     * "Loading…", "Chargement...": an ellipsis after a word or two, no figures (a score is "3-2 ..."). Longer, it is a
     * sentence trailing off ("Here's the thing …") unless it says that something loads ("Video wird geladen ...").
     */
    private static boolean isPlaceholder(String l, int spaces) {
        if (!(l.endsWith("…") || l.endsWith("...")) || l.length() > 30) return false;
        for (int i = 0; i < l.length(); i++) if (Chars.isDigit(l.charAt(i))) return false;
        if (!Chars.isLetter(l.charAt(0))) return false;
        if (spaces <= 1) return true;
        for (String w : l.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            for (String stem : LOADING) if (w.startsWith(stem)) return true;
        }
        return false;
    }

    /**
     * "Teilen Facebook Twitter WhatsApp E-Mail Drucken": no sentence, a few words, and the names of networks at least
     * half of its distinct words ("Compartir en Facebook Compartir en Twitter" repeats its verb per button). A headline
     * that names networks ("X, Facebook and Telegram told to remove posts") has more words of its own.
     */
    private static boolean isShareRow(String l) {
        if (l.length() > SHARE_LENGTH || Sentences.endsLikeSentence(l)) return false;
        String[] words = l.split("[\\s,|·•/]+");
        if (words.length < 2 || words.length > SHARE_WORDS) return false;
        Set<String> distinct = new HashSet<>();
        for (String w : words) distinct.add(w.toLowerCase(Locale.ROOT));
        int networks = 0, buttons = 0;
        for (String w : distinct) {
            if (NETWORKS.contains(w)) networks++;
            else if (BUTTONS.contains(w)) buttons++;
        }
        // "Print Email", "Drucken E-Mail": a row of a page's buttons and nothing else
        if (networks + buttons == distinct.size() && distinct.size() >= 2) return true;
        return words.length >= SHARE_NETWORKS && networks >= SHARE_NETWORKS && networks * 2 >= distinct.size();
    }

    /** "Play Video", "Video abspielen": a player's button and what it plays, nothing else. */
    private static boolean isPlayerButtons(String l) {
        return isButtons(l, PLAYER_BUTTONS, PLAYED);
    }

    /**
     * "Akzeptieren Einstellungen", "Accept all | Reject all | Manage options", "Tout accepter Personnaliser": a consent
     * prompt's buttons left in a row, nothing else.
     */
    private static boolean isConsentButtons(String l) {
        return isButtons(l, CONSENT_BUTTONS, CONSENT_BESIDE);
    }

    /** A row of one or more of the {@code buttons}, with nothing beside them but the words they take. */
    private static boolean isButtons(String l, Set<String> buttons, Set<String> beside) {
        // most short lines open on a word that is neither, and are done with before they are split
        int end = 0;
        while (end < l.length() && Character.isLetter(l.charAt(end))) end++;
        String opener = l.substring(0, end).toLowerCase(Locale.ROOT);
        if (!opener.isEmpty() && !buttons.contains(opener) && !beside.contains(opener)) return false;
        boolean button = false;
        for (String w : l.toLowerCase(Locale.ROOT).split("[\\s▶►|/·•]+")) {
            if (w.isEmpty()) continue;
            if (buttons.contains(w)) button = true;
            else if (!beside.contains(w)) return false;
        }
        return button;
    }

    /**
     * "• Milan Griffes on September 12, 2018 at 4:47 pm said:", "3. joetoronto says:": the header a blog writes over each
     * reader's comment, the commenter's name and the verb of saying with its colon, and the day and time it was said or
     * the comment's number or bullet before it. A story introduces a quotation without a time ("The ruling says:").
     */
    static boolean isCommentHeader(String l) {
        return l.length() <= COMMENT_HEADER_CHARS && l.endsWith(":") && (DATED_COMMENT.matcher(l).matches() || LISTED_COMMENT.matcher(l).matches());
    }

    private static final int COMMENT_HEADER_CHARS = 160;
    private static final String SAYING = "(?:said|says|wrote|writes|sagt|sagte|schreibt|schrieb|dit|a dit|a écrit|dice|dijo|escribe|escribió|"
            + "diz|disse|escreveu|scrive|ha scritto|zegt|schreef|pisze|napisał|написал|пишет)";
    /** A name, "on" (or "am", "le", "el", "il", "op") a day with its year, a time, the verb: a comment's header. */
    private static final Pattern DATED_COMMENT = Pattern.compile("(?:[•□◦*·-]\\s*|\\d{1,4}[.)]\\s*)?[^.!?:]{1,80}?,? (?:on|am|le|el|il|op|em) "
            + "[^:]{0,40}\\d{4},? (?:at |um |à |a las |alle |às |om |o )?\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?,? " + SAYING + "\\s*:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A comment's number or bullet, a name of a few words, the verb: "1. thelastchargersfan says:". */
    private static final Pattern LISTED_COMMENT = Pattern.compile("(?:\\d{1,4}[.)]|[•□◦*·])\\s*[^\\s.!?:][^.!?:]{0,60}? " + SAYING + "\\s*:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * "Home > News > Health", "Strona główna › Wiadomości › Zdrowie", "News / South Africa / Gauteng": segments of a
     * few words, each a section's name (no sentence's end, no figures of a score or a sum), joined by one separator;
     * two segments are enough when the separator is a path's, three when it is "/" or "|".
     */
    static boolean isBreadcrumb(String l) {
        // most short lines are sentences, and are done with before their characters are read
        if (Sentences.endsLikeSentence(l)) return false;
        char separator = 0;
        for (int i = 1; i < l.length() && separator == 0; i++) {
            char c = l.charAt(i);
            if (c == '>' || c == '›' || c == '»' || c == '＞' || c == '→' || (c == '/' || c == '|') && l.charAt(i - 1) == ' ') separator = c;
        }
        if (separator == 0) return false;
        String[] segments = l.split(separator == '|' ? "\\s*\\|\\s*" : "\\s*" + Pattern.quote(String.valueOf(separator)) + "\\s*");
        if (segments.length < (PATH_SEPARATORS.indexOf(separator) >= 0 ? 2 : 3)) return false;
        for (String segment : segments) {
            if (segment.isEmpty() || segment.length() > CRUMB_CHARS || Substance.words(segment) > CRUMB_WORDS
                    || !Character.isLetter(segment.codePointAt(0)) || Character.isLowerCase(segment.codePointAt(0))) return false;
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (Chars.isDigit(c) || ".!?,;:\"“”«»()".indexOf(c) >= 0 || PATH_SEPARATORS.indexOf(c) >= 0 || ROW_SEPARATORS.indexOf(c) >= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * "Google News'te takip et", "Obserwuj nas na Facebooku", "Theo dõi chúng tôi trên Zalo": a few words that ask to
     * follow the outlet on a network, its verb and the network's name; or a line of up to {@link #ASK_WORDS} that opens
     * on its ask, or closes on it as Turkish puts its verb ("Receba as notícias … no WhatsApp", "… kanalımıza katılın"),
     * and up to {@link #PICTOGRAM_ASK_WORDS} after a pictogram. A story's sentence about following someone on a network
     * runs longer, and opens on its subject.
     */
    private static boolean isFollowPrompt(String l) {
        int words = Substance.scriptWords(l);
        boolean pictogram = Character.getType(l.codePointAt(0)) == Character.OTHER_SYMBOL;
        if (words > (pictogram ? PICTOGRAM_ASK_WORDS : ASK_WORDS)) return false;
        String[] split = l.toLowerCase(Locale.ROOT).split("[\\s,.:!|·•'’-]+");
        String first = null, last = null;
        boolean follow = false;
        for (String w : split) {
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) continue;
            if (first == null) first = w;
            last = w;
            boolean uncased = !Character.isLowerCase(w.codePointAt(0));
            // a word of Han or kana may follow a network's name with no space: "LINEで友だち追加"
            for (String stem : UNSPACED_ASKS) if (w.contains(stem)) return true;
            for (String stem : FOLLOW) follow |= w.startsWith(stem) || uncased && w.contains(stem);
        }
        // the ask opens the prompt, or closes it where the verb comes last ("… kanalımıza katılın")
        return first != null && (ASKS.contains(first) || ASKS.contains(last)) || follow && words <= FOLLOW_WORDS;
    }

    /** Whether the line has no more spaces than {@code words} less one: counted no further than that. */
    private static boolean fewWords(String l, int words) {
        int spaces = 0;
        for (int i = 0; i < l.length(); i++) if (l.charAt(i) == ' ' && ++spaces >= words) return false;
        return true;
    }

    /**
     * Whether a word of the line is a network's name, as brands are written, with a capital ("Google", "Facebooku",
     * "X"): asked first, as most lines name none and their words need not be looked up.
     */
    private static boolean namesNetwork(String l) {
        for (int i = 0; i < l.length(); i++) {
            if (!Character.isUpperCase(l.charAt(i)) || i > 0 && Character.isLetter(l.charAt(i - 1))) continue;
            int end = i + 1;
            while (end < l.length() && Character.isLetter(l.charAt(end))) end++;
            String w = l.substring(i, end).toLowerCase(Locale.ROOT);
            if (NETWORKS.contains(w)) return true;
            for (String n : NETWORKS) if (n.length() > 2 && w.startsWith(n)) return true;
            for (String n : FOLLOWED) if (n.length() > 3 ? w.startsWith(n) : w.equals(n)) return true;
            i = end;
        }
        return UNCASED_NETWORKS.in(l);
    }

    private static boolean isMediaLength(String l) {
        var m = MEDIA.matcher(l);
        return m.matches() && (m.group(2) != null || m.group(3) != null || PLAYERS.contains(m.group(1).toLowerCase(Locale.ROOT)));
    }

    /**
     * "Illustrative: Cranes at the container terminal": a label naming the picture, then one clause describing it. A
     * story's subheading names its topic ("Bildung: Neue Schulen"), not a picture.
     */
    private static boolean isPictureLabelled(String l) {
        var m = PICTURE_LABEL.matcher(l);
        if (!m.matches() || Substance.words(m.group(2)) > CAPTION_WORDS || !Asides.oneClause(m.group(2))) return false;
        boolean noun = false, source = false;
        for (String w : m.group(1).toLowerCase(Locale.ROOT).split("[ '’-]+")) {
            if (isPictureWord(w)) return true;
            noun |= PICTURE_NOUNS.contains(w);
            source |= PICTURE_SOURCES.contains(w);
        }
        return noun && source;
    }

    private static boolean isPictureWord(String lowerCase) {
        for (String end : PICTURE_ENDS) if (lowerCase.endsWith(end)) return true;
        for (String start : PICTURE_STARTS) if (lowerCase.startsWith(start)) return true;
        return false;
    }

    /**
     * "Firefighters at the scene on Tuesday (Photo)", "Die Brücke im Winter (Archivbild)": a description of a few words
     * whose bracket says only that it is a picture, a file's or an illustration, with no credit in it. A story's
     * sentence does not end by naming itself a picture.
     */
    private static boolean hasPictureBracket(String l) {
        // Chinese and Japanese set a full-width bracket straight after the words: "天府国际机场T1航站楼（资料图片）"
        boolean wide = l.endsWith("）");
        int open = wide ? l.lastIndexOf('（') : l.lastIndexOf(" (");
        if (!wide && !l.endsWith(")") || open <= 0 || Substance.scriptWords(l.substring(0, open)) > CAPTION_WORDS) return false;
        String[] words = l.substring(open + (wide ? 1 : 2), l.length() - 1).toLowerCase(Locale.ROOT).split("[ '’-]+");
        if (words.length > 3) return false;
        boolean picture = false;
        for (String w : words) {
            // "(File)" alone says the picture is an old one
            if (isPictureWord(w) || w.equals("file")) picture = true;
            else if (!PICTURE_KINDS.contains(w)) return false;
        }
        return picture;
    }

    /**
     * "Hits: 512" as a counter, "Category: Local News" as the section's label, "Автор: Администратор" as the byline: a
     * field of a CMS's info box, told by its label's word and a value of its shape. "Update: the union said …" is a
     * sentence after a label, no field.
     */
    private static Optional<String> field(String l) {
        var m = FIELD.matcher(l);
        if (!m.matches()) return Optional.empty();
        String label = m.group(1).toLowerCase(Locale.ROOT), value = m.group(2).strip();
        if (COUNT_LABELS.contains(label)) return value.matches(COUNT) ? Optional.of("counter") : Optional.empty();
        if (Sentences.endsLikeSentence(value)) return Optional.empty();
        if (TAG_LABELS.contains(label)) return Optional.of("tags");
        if (Substance.words(value) > FIELD_WORDS) return Optional.empty();
        if (SECTION_LABELS.contains(label)) return Optional.of("section-label");
        if (AUTHOR_LABELS.contains(label) && Character.isUpperCase(value.codePointAt(0))) return Optional.of("byline");
        return Optional.empty();
    }

    /**
     * "Reporting by Jane Roe; Editing by Tom Poe", "Mit Material von dpa": the opening, then names, and no sentence
     * unless a short one ("По материалам ТАСС."). "Reporting by the Guardian showed the deal was struck in May." is the
     * story's sentence.
     */
    private static boolean isSignOff(String l) {
        if (!SIGN_OFF.matcher(l).lookingAt()) return false;
        int words = Substance.words(l);
        return words <= SIGN_OFF_WORDS && (!Sentences.endsLikeSentence(l) || words <= SHORT_SIGN_OFF);
    }

    /** Marks and no letter or digit, at least three of them: "***", "- - -". */
    private static boolean isSeparator(String l) {
        int marks = 0;
        for (int i = 0; i < l.length(); i++) if (l.charAt(i) != ' ' && l.charAt(i) != '.') marks++;
        return marks >= 3 && SEPARATOR.matcher(l).matches();
    }

    /** A number and one word; a year ("2023 Budget") is a subheading's, not a count's. */
    private static boolean isCounter(String l) {
        var m = COUNTER.matcher(l);
        if (!m.matches()) return false;
        String n = m.group(1) != null ? m.group(1) : m.group(2);
        return !(n.length() == 4 && (n.startsWith("19") || n.startsWith("20")));
    }

    /**
     * "(With inputs from PTI)", "【田中裕子】": a short line wholly in brackets, with no sentence in it. Japanese and
     * Chinese pages sign their stories so, in their own brackets.
     */
    private static boolean isBracketed(String l) {
        String inner = l.endsWith(").") ? l.substring(0, l.length() - 1) : l;
        if (inner.length() < 3) return false;
        int kind = OPENING_BRACKETS.indexOf(inner.charAt(0));
        if (kind < 0 || inner.charAt(inner.length() - 1) != CLOSING_BRACKETS.charAt(kind)) return false;
        inner = inner.substring(1, inner.length() - 1).strip();
        if (inner.isEmpty() || inner.indexOf(OPENING_BRACKETS.charAt(kind)) >= 0 || inner.indexOf(CLOSING_BRACKETS.charAt(kind)) >= 0) return false;
        for (int i = 0; i < inner.length(); i++) if (".!?".indexOf(inner.charAt(i)) >= 0 && i < inner.length() - 1) return false;
        return Substance.words(inner) <= BRACKETED_WORDS;
    }

    /** The brackets a line may stand wholly in, each opening at the index of its closing one. */
    private static final String OPENING_BRACKETS = "(（【〔［", CLOSING_BRACKETS = ")）】〕］";

    /** Whether the full stop at {@code dot} closes a short word ("Dr.", "St.", "d."), not a sentence ("Sunday.", "Aug 1."). */
    private static boolean afterAbbreviation(String l, int dot) {
        int from = dot;
        while (from > 0 && Character.isLetter(l.charAt(from - 1))) from--;
        return dot - from > 0 && dot - from < 3;
    }

    /** "HomeNewsSportsObituariesOpinionE-EditionSubscribeLogin": a long token whose words meet lower case to capital. */
    private static boolean isGlued(String l) {
        for (String token : l.split(" ")) {
            if (token.length() < GLUED_LENGTH) continue;
            int humps = 0;
            for (int i = 0; i < token.length() && humps >= 0; i++) {
                char c = token.charAt(i);
                // only letters and the hyphens and ampersands of menu items: an address or a handle is no menu
                if (!Character.isLetter(c) && c != '-' && c != '&') humps = -1;
                else if (i > 0 && Character.isLowerCase(token.charAt(i - 1)) && Character.isUpperCase(c)) humps++;
            }
            if (humps >= HUMPS) return true;
        }
        return false;
    }

    /**
     * A description that ends in its credit: after its last sentence (or before a final bracket or bar) come at most a
     * few words, each a capitalised name, an agency in capitals, a slash or a word of {@link #CREDIT_WORDS}, and the
     * line does not end as a sentence. Prose ends its paragraphs with a sentence.
     */
    private static boolean hasCreditTail(String l) {
        // a list item's tail is its link ("• Why the grant is promising. (More)"), not a credit
        if (Sentences.endsLikeSentence(l) || !Chars.isLetterOrDigit(l.charAt(0)) && l.charAt(0) != '(') return false;
        int start = -1;
        for (int i = l.length() - 2; i > 0 && start < 0; i--) {
            if (l.charAt(i) == ' ' && ".!?".indexOf(l.charAt(i - 1)) >= 0 && !afterAbbreviation(l, i - 1)) start = i;
        }
        if (start < 0 && l.endsWith(")")) start = l.lastIndexOf(" (");
        if (start < 0) return false;
        String head = l.substring(0, start).strip(), tail = l.substring(start).strip();
        boolean bracketed = tail.startsWith("(");
        tail = tail.replaceAll("^[|(]\\s*|\\)$", "");
        int headWords = Substance.scriptWords(head);
        if (headWords < 3 || headWords > CAPTION_WORDS || tail.isEmpty()) return false;
        // without a sentence before it, a bracket holds a credit only when it joins names with a slash: "(Owen Humphreys/PA)"
        if (!Sentences.endsLikeSentence(head) && !(bracketed && tail.indexOf('/') > 0)) return false;
        String[] words = tail.split("[\\s/|:]+");
        if (words.length > TAIL_WORDS) return false;
        for (String w : words) {
            // a figure names the photographer's collective or the archive's number ("Comuna 8")
            if (w.isEmpty() || CREDIT_WORDS.contains(w.toLowerCase(Locale.ROOT)) || w.chars().allMatch(Character::isDigit)) continue;
            if (!Character.isUpperCase(w.charAt(0))) return false;
            for (int i = 0; i < w.length(); i++) if (".!?,;".indexOf(w.charAt(i)) >= 0) return false;
        }
        return true;
    }
}
