package org.dossier.site;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One person page per person, however the articles spell the name. */
class PersonSpellingsTest {
    @TempDir
    Path dir;

    @Test
    void namesThatDifferOnlyInDiacriticsShareOnePageThatListsTheOtherSpelling() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"), """
                 date 2024-03-02 Liverpool Come Back to Beat Burnley
                Liverpool came from a goal down to beat Burnley 3-1 at Anfield on Saturday, keeping their title hopes alive.
                Manager Jürgen Klopp said the second half was the best his side had played all season, and praised the crowd.
                The visitors had led through a header early in the first half, but three goals after the break turned the game.
                """);
        Files.writeString(seeds.resolve("b.txt"), """
                 date 2024-03-09 Klopp Calls for Calm Before the Derby
                Jurgen Klopp told reporters on Friday that his players would not let the noise around the derby distract them.
                The Liverpool manager said two of his defenders were fit again after knocks picked up in midweek training.
                The match kicks off at noon on Sunday, and the club expects a full stadium for what may be his last derby.
                """);
        Sites.Run r = Sites.build(seeds, dir.resolve("site"));
        assertEquals(0, r.exit(), r.stderr());
        assertFalse(Files.exists(dir.resolve("site/people/jurgen-klopp-2.html")));
        Document page = r.page("people/jurgen-klopp.html");
        assertEquals("Jürgen Klopp", page.selectFirst("h1").text());
        assertTrue(page.selectFirst("p.aliases").text().contains("Jurgen Klopp"), page.selectFirst("p.aliases").text());
        // both articles are on the one page
        assertEquals(2, page.select("a[href^=../articles/]").stream().map(a -> a.attr("href")).distinct().count(), page.body().html());
    }

    @Test
    void aMaidenNameAndAFormWithoutTheMiddleInitialShareThePageOfTheFullerName() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"), """
                 date 2021-05-04 Nairobi opens new market for hawkers
                Trade official Wanjiku Kamau said the new market in Nairobi would hold 1,200 stalls for hawkers from the centre.
                Governor Valerie Hartmore said the county had paid for the roof and the water points before the rains.
                The traders will move in over three weekends in June, and rents are frozen for the first year.
                """);
        Files.writeString(seeds.resolve("b.txt"), """
                 date 2023-06-14 East African ministers agree to cut roaming charges
                Kenya's information minister, Wanjiku Kamau-Otieno, said operators had six months to cut their prices.
                Gov. Valerie C. Hartmore said the county would add free wifi at the market it opened two years ago.
                Traders who cross the border every week said their phone bills were their biggest cost after transport.
                """);
        Sites.Run r = Sites.build(seeds, dir.resolve("site"));
        assertEquals(0, r.exit(), r.stderr());
        assertFalse(Files.exists(dir.resolve("site/people/wanjiku-kamau.html")));
        assertFalse(Files.exists(dir.resolve("site/people/valerie-hartmore.html")));
        Document married = r.page("people/wanjiku-kamau-otieno.html");
        assertTrue(married.selectFirst("p.aliases").text().contains("Wanjiku Kamau"), married.selectFirst("p.aliases").text());
        assertEquals(2, married.select("a[href^=../articles/]").stream().map(a -> a.attr("href")).distinct().count(), married.body().html());
        Document initial = r.page("people/valerie-c-hartmore.html");
        assertTrue(initial.selectFirst("p.aliases").text().contains("Valerie Hartmore"), initial.selectFirst("p.aliases").text());
        assertEquals(2, initial.select("a[href^=../articles/]").stream().map(a -> a.attr("href")).distinct().count(), initial.body().html());
    }

    @Test
    void peopleNamedInAScriptWithoutLatinLettersEachGetTheirOwnPage() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"), """
                 date 2024-03-02 Мэр открыл новый мост через реку
                Мэр города Анна Петрова открыла в субботу новый мост через реку, который строили три года.
                Мост соединит два района и сократит время в пути на полчаса, сказала она журналистам.
                Жители района собрались на церемонию, несмотря на холодную погоду и сильный ветер.
                """);
        Files.writeString(seeds.resolve("b.txt"), """
                 date 2024-03-09 Губернатор обещал отремонтировать дороги
                Губернатор области Иван Сидоров заявил в пятницу, что весной начнется ремонт дорог в пяти городах.
                Он сказал журналистам, что деньги на ремонт уже выделены из бюджета области.
                Работы планируется завершить до конца лета, если позволит погода и подрядчики успеют.
                """);
        Path corrections = Files.createDirectories(dir.resolve("content/corrections"));
        Files.writeString(corrections.resolve("a.txt.properties"), "people=Анна Петрова\n");
        Files.writeString(corrections.resolve("b.txt.properties"), "people=Иван Сидоров\n");
        Sites.Run r = Sites.build(seeds, dir.resolve("site"), "--content", dir.resolve("content").toString());
        assertEquals(0, r.exit(), r.stderr());
        Document people = r.page("people/index.html");
        java.util.Set<String> pages = new java.util.TreeSet<>();
        people.select("a[href]").forEach(a -> {
            if (a.text().equals("Анна Петрова") || a.text().equals("Иван Сидоров")) pages.add(a.attr("href"));
        });
        assertEquals(2, pages.size(), people.body().html());
        for (String href : pages) {
            Document page = r.page("people/" + href);
            assertEquals(1, page.select("a[href^=../articles/]").stream().map(a -> a.attr("href")).distinct().count(), page.body().html());
        }
    }
}
