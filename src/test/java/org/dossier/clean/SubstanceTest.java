package org.dossier.clean;

import java.time.Duration;
import org.dossier.report.Deadline;
import org.dossier.ingest.Seed;
import org.dossier.ingest.SeedReader;
import org.dossier.report.Outcome;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What counts as an article: length decides nothing; walls, login forms and menus are named for what they are. */
class SubstanceTest {
    static Outcome<CleanedSeed> clean(String text) {
        Outcome<Seed> seed = SeedReader.decode("s.txt", Path.of("s.txt"), text.getBytes(StandardCharsets.UTF_8));
        return SeedCleaner.clean(((Outcome.Ok<Seed>) seed).value(), Deadline.after(Duration.ofHours(1), "test"));
    }

    static String rejection(String text) {
        Outcome<CleanedSeed> c = clean(text);
        assertTrue(c instanceof Outcome.Failed, () -> "kept as an article: " + text);
        return ((Outcome.Failed<CleanedSeed>) c).problem().reason();
    }

    static void assertRejectedAs(String reason, String seed) {
        String r = rejection(seed);
        assertTrue(r.startsWith(reason), r);
    }

    @Test
    void aBriefOfADatedHeadlineAndOneSentenceIsAnArticle() {
        for (String brief : List.of(
                " date 2022-03-14 Council approves new cycle lanes\n\nThe council approved twelve kilometres of new cycle lanes on Monday.\n",
                " date 2022-03-14 Ferry back in service\nThe harbour ferry returned to service after six weeks of repairs.\n",
                "Ferry back in service\nPosted: March 14, 2022\n\nThe harbour ferry returned to service after six weeks of repairs.\n",
                " date 2022-03-14 Le bac reprend du service\n\nLe bac du port a repris du service lundi après six semaines de travaux.\n",
                " date 2022-03-14 Паром снова в строю\n\nПаром в порту снова начал ходить в понедельник после ремонта двигателя.\n",
                " date 2022-03-14 Council approves new cycle lanes\n\nThe council approved twelve kilometres of new cycle lanes on Monday.\n"
                        + "Home\nNews\nSport\nSign in\n")) {
            assertTrue(clean(brief) instanceof Outcome.Ok, brief);
        }
    }

    @Test
    void aThaiStoryIsCountedInWordsThoughItPutsNoSpacesBetweenThem() {
        // Thai spaces only phrases and ends sentences with no full stop: 18 spaced runs here, some 60 words
        String thai = "<html lang=\"th\"><head><title>ขอนแก่นเปิดรถโดยสารไฟฟ้าสายใหม่</title></head><body><article>"
                + "<h1>ขอนแก่นเปิดรถโดยสารไฟฟ้าสายใหม่</h1>"
                + "<p>เทศบาลนครขอนแก่นเปิดให้บริการรถโดยสารไฟฟ้าสายใหม่ เชื่อมมหาวิทยาลัยกับสถานีรถไฟ</p>"
                + "<p>นายธนากร ศรีสมบูรณ์เปิดเผยว่า รถไฟฟ้าทั้ง 8 คันจะวิ่งทุก 15 นาที ตั้งแต่หกโมงเช้าถึงสามทุ่ม</p>"
                + "<p>นางสาวพิมพ์ชนก บุญมา นักศึกษาชั้นปีที่สาม บอกว่า ค่าโดยสาร 15 บาทถูกกว่ารถรับจ้างมาก</p>"
                + "</article></body></html>";
        Outcome<Seed> seed = SeedReader.decode("s.html", Path.of("s.html"), thai.getBytes(StandardCharsets.UTF_8));
        Outcome<CleanedSeed> c = SeedCleaner.clean(((Outcome.Ok<Seed>) seed).value(), Deadline.after(Duration.ofHours(1), "test"));
        assertTrue(c instanceof Outcome.Ok, () -> ((Outcome.Failed<CleanedSeed>) c).problem().reason());
    }

    @Test
    void aLineTooShortForASentenceUnderAHeadlineIsStillNoArticle() {
        assertRejectedAs("no article text found", " date 2022-03-14 Council approves new cycle lanes\n\nMore soon.\n");
        assertRejectedAs("no article text found", "Just three words\n");
    }

    @Test
    void cookieConsentWallsAreRejectedAsSuchInFiveLanguagesEvenUnderADateHeader() {
        Map<String, String> walls = Map.of(
                "en", " date 2022-03-14 We value your privacy\n\nWe and our partners use cookies and similar technologies to store and access "
                        + "information on your device.\nBy clicking Accept all, you consent to the use of cookies for personalised advertising "
                        + "and measurement.\nYou can change your preferences at any time in the privacy settings.\nAccept all\nReject all\nManage preferences\n",
                "fr", " date 2022-03-14 Nous respectons votre vie privée\n\nNous et nos partenaires utilisons des cookies et des traceurs pour "
                        + "mesurer l'audience et vous proposer des publicités personnalisées.\nVous pouvez accepter ou refuser ces cookies, ou "
                        + "modifier vos paramètres à tout moment.\nTout accepter\nTout refuser\nParamétrer\n",
                "de", " date 2022-03-14 Wir respektieren Ihre Privatsphäre\n\nWir und unsere Partner verwenden Cookies, um Inhalte und Werbung "
                        + "zu personalisieren und Zugriffe zu analysieren.\nMit Alle akzeptieren geben Sie Ihre Einwilligung, die Sie jederzeit "
                        + "in den Einstellungen widerrufen können.\nAlle akzeptieren\nAblehnen\nEinstellungen\n",
                "es", " date 2022-03-14 Valoramos tu privacidad\n\nNosotros y nuestros socios usamos cookies para personalizar la publicidad "
                        + "y medir la audiencia del sitio.\nPuedes aceptar o rechazar su uso, o cambiar la configuración de tus preferencias "
                        + "cuando quieras.\nAceptar todo\nRechazar todo\nConfigurar\n",
                "ru", " date 2022-03-14 Мы ценим вашу конфиденциальность\n\nМы и наши партнёры используем файлы cookie, чтобы показывать "
                        + "персонализированную рекламу и измерять аудиторию.\nВы можете принять или отклонить их, а также изменить настройки "
                        + "в любое время.\nПринять все\nОтклонить\nНастройки\n");
        walls.forEach((language, wall) -> assertRejectedAs("cookie-consent wall, not an article (", wall));
    }

    @Test
    void loginPagesAreRejectedAsSuchInFiveLanguages() {
        Map<String, String> logins = Map.of(
                "en", "Sign in to your account\n\nEmail address\nPassword\nRemember me\nForgot your password?\nSign in\n"
                        + "Don't have an account? Create one now to read unlimited articles and get our newsletters.\n",
                "fr", "Connectez-vous à votre compte\n\nAdresse e-mail\nMot de passe\nSe souvenir de moi\nMot de passe oublié ?\nSe connecter\n"
                        + "Pas encore de compte ? Créez-en un gratuitement.\n",
                "de", "Melden Sie sich an\n\nE-Mail-Adresse\nPasswort\nAngemeldet bleiben\nPasswort vergessen?\nAnmelden\nNoch kein Konto? Jetzt registrieren.\n",
                "es", "Inicia sesión en tu cuenta\n\nCorreo electrónico\nContraseña\nRecordarme\n¿Olvidaste tu contraseña?\nIniciar sesión\n"
                        + "¿No tienes cuenta? Regístrate gratis.\n",
                "ru", "Войти в аккаунт\n\nЭлектронная почта\nПароль\nЗапомнить меня\nЗабыли пароль?\nВойти\nНет аккаунта? Зарегистрируйтесь бесплатно.\n");
        logins.forEach((language, login) -> assertRejectedAs("login page, not an article (", login));
    }

    @Test
    void aPageOfMenusAndSectionNamesIsRejectedAsNavigation() {
        String nav = "Home | News | World | Business | Sport | Culture | Sign in\nPolitics\nEurope\nAmericas\nAsia\nScience\nTechnology\n"
                + "Health\nOpinion\nWeather\nContact us\nAbout us\nTerms of use\nPrivacy policy\n";
        assertRejectedAs("page of navigation links, not an article (", nav);
        String nouvelles = "Accueil · International · Politique · Économie · Se connecter\nSociété\nCulture\nSport\nSciences\nMétéo\nNous contacter\n";
        assertRejectedAs("page of navigation links", nouvelles);
    }

    @Test
    void aPaywallIsRejectedAsASubscriptionWall() {
        String paywall = " date 2022-03-14 Subscribe to keep reading\n\nThis article is for subscribers only.\n"
                + "Subscribe now for unlimited access to our journalism, from 1 euro a week.\nAlready a subscriber? Log in.\nSubscribe\n";
        assertRejectedAs("subscription wall, not an article (", paywall);
    }

    @Test
    void anArticleAboutCookiesAndPrivacyIsStillAnArticle() {
        String article = " date 2022-03-14 Regulator fines publisher over cookie banner\n\n"
                + "The data protection authority fined the publisher on Tuesday for placing advertising cookies without consent.\n"
                + "Regulators said the cookie banner made it far easier to accept tracking than to reject it.\n"
                + "The publisher said it would appeal and that it had followed the advice of its lawyers.\n"
                + "Privacy groups welcomed the fine but said it was small compared with the company's profits.\n";
        assertTrue(clean(article) instanceof Outcome.Ok);
    }

    @Test
    void textWrittenWithoutSpacesBetweenWordsIsCountedByItsCharacters() {
        String japanese = "港の市場は冬も営業を続ける\n\n市議会は火曜日の夜、港の古い市場を冬の間も開けておくことを決めた。\n"
                + "商人たちは新しい建物に移れば常連客を失うと話していた。\n市場は朝七時に開く。\nホーム\nニュース\n";
        Outcome<CleanedSeed> c = clean(japanese);
        assertTrue(c instanceof Outcome.Ok, c::toString);
    }

    @Test
    void aFormMessageOfShortSentencesIsNoBrief() {
        assertRejectedAs("no article text found", " date 2022-03-14 Council approves new cycle lanes\n\nThanks for contacting us. We've received it.\n");
    }

    @Test
    void linesCleaningRemovedNeverCountAsTheArticlesProse() {
        assertRejectedAs("no article text found", " date 2022-03-14 Council approves new cycle lanes\n\n"
                + "READ MORE: Traders fear the new market hall will cost them their regular customers.\n");
    }

    @Test
    void aDateHeaderAndOneFriendlySentenceDoNotMakeAWallAnArticle() {
        String wall = " date 2022-03-14 We value your privacy\n\nOur reporters work every day to bring you the news from your town.\n"
                + "We and our partners use cookies to personalise advertising and measure how the site is used.\n"
                + "Accept all\nReject all\nManage your privacy settings\n";
        assertRejectedAs("cookie-consent wall, not an article (", wall);
    }
}
