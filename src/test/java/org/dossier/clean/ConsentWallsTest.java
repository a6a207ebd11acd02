package org.dossier.clean;

import org.dossier.report.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.dossier.clean.SubstanceTest.assertRejectedAs;
import static org.dossier.clean.SubstanceTest.clean;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A consent page saved under the article's headline and date is no article: its sentences speak to the reader about
 * the reader's data, however few of the walls' words some of them hold. A brief that reports, under a cookie banner,
 * stays one.
 */
class ConsentWallsTest {
    @ParameterizedTest
    @ValueSource(strings = {
            " date 2024-05-02 Council approves new cycle lanes on Harbour Road\n\nBefore you continue to The Northern Ledger\n\n"
                    + "We and our 214 partners store and access information on your device, such as cookies, and process personal data.\n\n"
                    + "Independent journalism costs money, and advertising helps us keep our reporting free for every reader.\n\n"
                    + "You can change your choices at any time by clicking the Privacy Settings link at the bottom of every page.\n\n"
                    + "Accept all\nReject all\nManage options\n",
            "La lluvia obliga a cortar tres carreteras en Asturias\nPublicado el 12/03/2024\n\nAntes de continuar, necesitamos tu permiso.\n\n"
                    + "Nosotros y nuestros socios utilizamos cookies para almacenar y acceder a información en tu dispositivo.\n\n"
                    + "El periodismo de calidad tiene un coste y la publicidad nos ayuda a mantenerlo gratuito.\n\nAceptar y continuar\nConfigurar\n",
            "Grève à la SNCF : le trafic très perturbé jeudi\nPublié le 12/03/2024 à 07h30\n\nAvant de continuer\n\n"
                    + "Le Courrier et ses partenaires utilisent des cookies pour stocker des informations sur votre appareil et personnaliser les publicités.\n\n"
                    + "Notre rédaction travaille chaque jour pour vous informer, et la publicité finance une grande partie de ce travail.\n\n"
                    + "Accepter et fermer\nParamétrer les cookies\n",
            "Hochwasser in Bayern: Pegel an der Donau steigen weiter\n14.03.2024, 10:15 Uhr\n\n"
                    + "Damit wir Ihnen unser Angebot kostenlos zur Verfügung stellen können, finanzieren wir uns über Werbung.\n\n"
                    + "Wir und unsere Partner speichern Informationen auf Ihrem Gerät, zum Beispiel Cookies, für personalisierte Werbung.\n\n"
                    + "Weitere Informationen finden Sie in unserer Datenschutzerklärung.\n\nZustimmen und weiter\nEinstellungen\n",
            // the formal address in its other cases: "Ihrer Daten", "Ihnen"
            "Streik bei der Bahn: Fernverkehr fällt am Freitag aus\n03.05.2024, 07:40 Uhr\n\nIhre Zustimmung ist gefragt\n\n"
                    + "Mit einem Klick auf „Einverstanden“ erlauben Sie die Verarbeitung Ihrer Daten für Anzeigen und Statistik.\n\n"
                    + "Einen Widerruf nehmen wir Ihnen jederzeit in den Einstellungen ab.\n\nEinverstanden\nEinstellungen\n"})
    void aConsentPageUnderTheArticlesHeadlineAndDateIsRejectedAsAWall(String page) {
        assertRejectedAs("cookie-consent wall", page);
    }

    @Test
    void aBriefThatReportsUnderACookieBannerStaysAnArticle() {
        String brief = " date 2024-05-02 Harbour Road closed after gas leak\n\n"
                + "Harbour Road was closed between the ferry terminal and Mill Street on Thursday afternoon after a gas main leaked, police said.\n\n"
                + "We use cookies to improve your experience on our site. By continuing to browse you accept our cookie policy.\nAccept\nManage preferences\n";
        assertTrue(clean(brief) instanceof Outcome.Ok, brief);
        String quoted = " date 2024-05-02 Port accepts the ruling\n\n"
                + "\u201cWe accept the ruling and we will pay the fine,\u201d the port's director said on Thursday after the hearing.\n\n"
                + "We use cookies to improve your experience on our site.\nAccept all\nReject all\n";
        assertTrue(clean(quoted) instanceof Outcome.Ok, quoted);
    }
}
