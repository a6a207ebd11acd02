package org.dossier.clean;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A gate only spares prose its pattern: every line the pattern matches passes the gate, whether the line is one of
 * the boilerplate lines below, a line of the repository's seeds, or made of the words the patterns turn on. The
 * one-pass cue scan finds what a search of a lower-case copy finds.
 */
class BoilerplateGatesTest {
    private static final List<Boilerplate.Gate> GATES = List.of(Boilerplate.CREDIT_GATE, Boilerplate.CAPTION_LABEL_GATE,
            Boilerplate.AD_GATE, Boilerplate.SOCIAL_GATE, Boilerplate.READ_MORE_GATE, Boilerplate.NEWSLETTER_GATE,
            Boilerplate.COPYRIGHT_GATE, Boilerplate.BYLINE_GATE);

    /** Lines each pattern is there to catch, so the property below is not vacuous. */
    private static final List<String> BOILERPLATE = List.of("Kevin Lamarque/Reuters", "(Photo by Jane Roe/Getty Images)", "Getty Images",
            "AP Photo/Evan Vucci", "Photo: Jane Roe", "NASA/ESA/CSA/Leah Hustak", "Credits: Jane Roe | AFP", "Image caption: The scene",
            "Advertisement", "[Ad]", "Story continues below advertisement", "Share this article", "Follow us on Twitter",
            "12 comments", "5 min read", "Text size:", "READ MORE: Something Else", "Don't miss: this", "Related", "Watch now »",
            "Sign up for our newsletter", "Don’t miss our daily briefing in your inbox", "© 2020 Example News", "(c) Example",
            "Copyright 2020 Example", "All rights reserved.", "By Jane Roe", "Written by Jane Roe and John Doe, Staff");

    @Example
    void everyPatternCatchesItsBoilerplateAndItsGateLetsItThrough() {
        for (Boilerplate.Gate g : GATES) {
            assertTrue(BOILERPLATE.stream().anyMatch(l -> g.pattern().matcher(l).matches()), g.pattern().pattern());
        }
        BOILERPLATE.forEach(BoilerplateGatesTest::assertGatesAdmitWhatPatternsMatch);
    }

    @Example
    void gatesAdmitEveryMatchingLineOfTheRepositorysSeeds() {
        List<String> lines = RepositorySeedLines.all();
        lines.forEach(BoilerplateGatesTest::assertGatesAdmitWhatPatternsMatch);
        assertTrue(lines.size() > 500, "lines read: " + lines.size());
    }

    @Example
    void proseFailsTheGates() {
        String prose = "The mayor resigned on Thursday after weeks of argument over the budget.";
        for (Boilerplate.Gate g : GATES) assertFalse(g.admits(prose, Boilerplate.opener(prose)), g.pattern().pattern());
    }

    @Provide
    Arbitrary<String> lines() {
        List<String> pieces = new ArrayList<>(List.of(" ", "  ", "/", " / ", "|", ":", ": ", "-", "—", ".", "(", ")", "©", "[", "]", "»",
                "'", "’", "12", "3 of 9", "by", "via", "Cookie", "conSent", "privacy", "newsletters", "By continuing",
                "by Continuing", "cookbook", "K", "for", "this", "on", "the", "and", "&", "Jane", "Roe", "Lamarque", "x", "é"));
        for (String l : BOILERPLATE) pieces.addAll(List.of(l.split("(?<=\\s)|(?=[/|:(),.])")));
        for (Boilerplate.Gate g : GATES) pieces.addAll(g.openers());
        return Arbitraries.of(pieces).list().ofMinSize(1).ofMaxSize(8)
                .flatMap(ps -> Arbitraries.of(0, 1, 2).map(caseOf -> {
                    String joined = String.join("", ps);
                    return caseOf == 0 ? joined : caseOf == 1 ? joined.toUpperCase(Locale.ROOT) : capitalised(joined);
                }));
    }

    @Property(tries = 30_000)
    void aLineAPatternMatchesPassesItsGate(@ForAll("lines") String line) {
        assertGatesAdmitWhatPatternsMatch(line.strip());
    }

    @Property(tries = 30_000)
    void cuesAreTheWordsAnAsciiLowerCaseCopyOfTheLineHolds(@ForAll("lines") String line) {
        String lower = asciiLower(line);
        List<String> cues = List.of("newsletter", "cookie", "consent", "privacy", "by continuing");
        int expected = 0;
        for (int w = 0; w < cues.size(); w++) if (lower.contains(cues.get(w))) expected |= 1 << w;
        assertEquals(expected, Boilerplate.cues(line), line);
    }

    private static String asciiLower(String s) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c >= 'A' && c <= 'Z') sb.setCharAt(i, (char) (c + 32));
        }
        return sb.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void assertGatesAdmitWhatPatternsMatch(String line) {
        String opener = Boilerplate.opener(line);
        for (Boilerplate.Gate g : GATES) {
            if (g.pattern().matcher(line).matches()) assertTrue(g.admits(line, opener), g.pattern().pattern() + " matches but its gate refuses: " + line);
        }
    }
}
