package org.dossier.clean;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.dossier.clean.TextCleanerTest.clean;
import static org.dossier.clean.TextCleanerTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockClassifierTest {
    /** A page as a text dump saves it (w3m -dump): menus, share buttons, the article, teasers, comments, footer. */
    static String page(String menu, List<String> article, String teasers) {
        StringBuilder s = new StringBuilder();
        for (String item : menu.split(";")) s.append("  • ").append(item.strip()).append('\n');
        s.append("\nSearch\n\n");
        s.append(String.join("\n\n", article)).append("\n\n");
        s.append("Most Popular\n\n");
        for (String t : teasers.split(";")) s.append("  • ").append(t.strip()).append("\n\n    ").append(t.strip()).append('\n');
        s.append("\nComments\n\nAvatar\nmark_t\n2 days ago at 07:52 am\nGood to see this.\nReply\n\nAvatar\njo99\n"
                + "2 days ago at 07:55 am\nNot again.\nReply\n\n");
        for (String item : menu.split(";")) s.append("  □ ").append(item.strip()).append('\n');
        return s.toString();
    }

    static final List<String> ENGLISH = List.of(
            "The city council voted on Tuesday night to close the old library on Main Street, ending a debate that had "
                    + "divided the town for more than two years and filled every one of its meetings since the spring.",
            "Supporters of the plan said the building was too expensive to heat and that the money would be better spent "
                    + "on the new branch near the station, which opened last year and is already busier than the old one.",
            "“We are not closing a library, we are moving it to where the people are,” the mayor said after the vote.",
            "Opponents said they would ask for a referendum, and a petition with more than four hundred names was handed "
                    + "to the clerk before the meeting had even ended, according to the council's own minutes.");

    @Test
    void wholePageDumpKeepsTheArticleAndRecordsTheMenusTeasersAndCommentsAsRemoved() {
        CleanedSeed c = clean(page("Home; World; U.S.; Politics; Business; Tech; Opinion; Sports; Weather; Podcasts; Video; Newsletters",
                ENGLISH, "Ten Places to Travel in 2020; Beware the Gift Card Scam; Arizona Town Bans Cars From Its Streets"));
        assertEquals(ENGLISH, texts(c));
        List<String> removed = new ArrayList<>();
        c.removals().byKind().forEach((kind, lines) -> {
            // teasers under a "Most Popular" label go as the list of other stories the label announces
            if (kind.equals("boilerplate-block") || kind.equals("outside-article") || kind.equals("read-more")) removed.addAll(lines);
        });
        assertTrue(removed.containsAll(List.of("• Politics", "□ Weather", "• Beware the Gift Card Scam", "Avatar", "Good to see this.")),
                "every removal is recorded with its text: " + c.removals().byKind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Accueil; Monde; Politique; Économie; Sport; Culture; Météo; Vidéos; Podcasts; Lettres d'information; Contact; Archives | Le conseil municipal a voté mardi soir la fermeture de l'ancienne bibliothèque de la rue principale, après un débat qui a divisé la ville pendant plus de deux ans. ~ Les partisans du projet ont dit que le bâtiment coûtait trop cher à chauffer et que l'argent serait mieux utilisé pour la nouvelle annexe près de la gare. ~ Les opposants ont annoncé qu'ils demanderaient un référendum, et une pétition avec plus de quatre cents noms a été remise au greffier avant la fin de la séance.
            de | Startseite; Welt; Politik; Wirtschaft; Sport; Kultur; Wetter; Videos; Podcasts; Newsletter; Kontakt; Archiv | Der Stadtrat hat am Dienstagabend beschlossen, die alte Bibliothek in der Hauptstraße zu schließen, nachdem der Streit darüber die Stadt mehr als zwei Jahre lang gespalten hatte. ~ Die Befürworter sagten, das Gebäude sei zu teuer im Unterhalt und das Geld solle besser in die neue Zweigstelle am Bahnhof fließen, die schon jetzt mehr Besucher hat. ~ Die Gegner kündigten an, dass sie ein Bürgerbegehren einleiten wollen, und eine Liste mit mehr als vierhundert Unterschriften wurde noch vor dem Ende der Sitzung übergeben.
            es | Portada; Mundo; Política; Economía; Deportes; Cultura; Tiempo; Vídeos; Podcasts; Boletines; Contacto; Archivo | El ayuntamiento votó el martes por la noche el cierre de la antigua biblioteca de la calle Mayor, después de un debate que ha dividido a la ciudad durante más de dos años. ~ Los partidarios del plan dijeron que el edificio era demasiado caro de mantener y que el dinero se usaría mejor en la nueva sucursal cerca de la estación. ~ Los opositores dijeron que pedirán un referéndum, y una petición con más de cuatrocientos nombres fue entregada al secretario antes de que terminara la sesión.
            ru | Главная; Мир; Политика; Экономика; Спорт; Культура; Погода; Видео; Подкасты; Рассылки; Контакты; Архив | Городской совет во вторник вечером проголосовал за закрытие старой библиотеки на главной улице, и этот спор разделял город больше двух лет. ~ Сторонники плана сказали, что здание слишком дорого отапливать и что деньги лучше потратить на новый филиал у вокзала, который уже сейчас популярнее старого. ~ Противники заявили, что они будут добиваться референдума, и петиция с более чем четырьмя сотнями подписей была передана секретарю ещё до конца заседания.
            """)
    void wholePageDumpsInOtherLanguagesKeepTheirArticlesAndLoseTheirMenus(String language, String menu, String article) {
        List<String> paragraphs = List.of(article.split(" ~ "));
        CleanedSeed c = clean(page(menu, paragraphs, "Top 10; Weekend; Travel"));
        assertEquals(paragraphs, texts(c), language);
    }

    @Test
    void aShortReportUnderItsHeadlineIsTheArticleThoughTheFooterHoldsMoreProse() {
        StringBuilder s = new StringBuilder();
        for (String item : "Home; World; Politics; Business; Opinion; Sports; Weather; Video; Podcasts; Newsletters; Contact".split("; ")) {
            s.append(item).append('\n');
        }
        s.append("\nCouncil Votes to Close the Old Library on Main Street\n\nBy Staff Reporters\nNOVEMBER 20, 2019 10:43\nEmail Twitter Facebook\n");
        List<String> report = ENGLISH.subList(0, 2);
        report.forEach(p -> s.append(p).append('\n'));
        for (String t : List.of("Harbour Works Delayed Again", "Rail Strike Called Off", "Museum Reopens Its Doors", "New Bridge Opens to Traffic",
                "School Budget Approved", "Storm Damage Counted")) {
            s.append(t).append("\n\n  • By Reuters\n  • 11/20/2019 01:14 PM\n\n");
        }
        s.append("The Gazette's service centre can be contacted with any questions or requests about your subscription: call us on "
                + "weekdays between seven in the morning and six in the evening, and on Fridays until one in the afternoon, when the "
                + "centre only handles delivery requests. For customers abroad the centre is open on the same days between seven in "
                + "the morning and six in the evening, and the toll-free number in this country is 1-800-555-0199. You can also write "
                + "to us at any time, and we will answer within two working days, or visit the help pages of this site.\n");
        assertEquals(report, texts(clean(s.toString())));
    }

    @Test
    void aLineRepeatingTheHeadlineIsThePageTitleNotTheText() {
        CleanedSeed c = clean(" date 2021-05-06 Council Votes to Close the Old Library\n\nCouncil votes to close the old library | The Gazette\n\n"
                + String.join("\n\n", ENGLISH) + "\n");
        assertEquals(ENGLISH, texts(c));
        assertEquals(List.of("Council votes to close the old library | The Gazette"), c.removals().byKind().get("boilerplate-block"));
    }

    @Property(tries = 40)
    void aCleanBodyOfProseLosesNoParagraph(@ForAll @IntRange(min = 1, max = 30) int paragraphs, @ForAll long seed) {
        // Prose heavy with names and short quoted lines, as real bodies are: few stopwords, many one-line paragraphs.
        Random r = new Random(seed);
        String[] names = {"Carmen Merritt", "Adam Foley", "Nadia Ortega", "Karen Radcliffe", "Hassan Byrne", "Valerie C. Hartmore"};
        String[] verbs = {"questioned", "praised", "dismissed", "slammed", "endorsed", "postponed"};
        String[] things = {"Foley's settlement", "the VA backlog", "data privacy rules", "the grand jury investigation", "Reyes' budget"};
        List<String> body = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder s = new StringBuilder();
            int sentences = r.nextInt(4) == 0 ? 1 : 1 + r.nextInt(4);
            for (int k = 0; k < sentences; k++) {
                if (k > 0) s.append(' ');
                String who = names[r.nextInt(names.length)];
                s.append(r.nextBoolean()
                        ? who + " " + verbs[r.nextInt(verbs.length)] + " " + things[r.nextInt(things.length)] + " on Monday."
                        : who.split(" ")[1] + " added: “" + names[r.nextInt(names.length)].split(" ")[0] + "s deserve better than "
                        + things[r.nextInt(things.length)] + ".”");
            }
            body.add(s.toString());
        }
        CleanedSeed c = clean(" date 2021-05-06 Merritt Faces Critics Over Budget\n\n" + String.join("\n\n", body) + "\n");
        assertEquals(body, texts(c));
    }

    @Test
    void anArticleUnderAPageOfMenuLinesKeepsEveryParagraph() {
        // That the work stays linear in the number of lines is BoundedWorkTest's MANY_MENU_LINES, measured as a growth ratio.
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 5_000; i++) s.append("  • Section ").append(i % 50).append('\n');
        s.append('\n').append(String.join("\n\n", ENGLISH)).append('\n');
        assertEquals(ENGLISH, texts(clean(s.toString())));
    }
}
