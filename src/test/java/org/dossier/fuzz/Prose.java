package org.dossier.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.util.List;

/** Real-looking news prose: the text that hostile markup is mixed into. */
final class Prose {
    static final List<String> SENTENCES = List.of(
            "The city council voted on Tuesday to approve a new plan for the old harbour, ending two years of argument over the waterfront.",
            "Councillor Jane Whitaker said the plan would bring new jobs and more housing to an area that has struggled since the shipyard closed.",
            "Opponents, led by the fisherman Tom Okafor, said they would take the decision to court before the end of the month.",
            "“We were never asked what we wanted,” Okafor told reporters outside the town hall, where about two hundred people had gathered.",
            "The project is expected to cost £48 million, of which the national government has promised to pay roughly a third.",
            "A spokesperson for the developer, Harbourside Partners, declined to comment on the timetable but said work could begin next spring.",
            "Residents of the Quayside estate have complained for years about flooding, poor transport links and the lack of a school.",
            "In a statement, the mayor described the vote as “a turning point for a part of the city that too many people had written off.”",
            "Critics point out that a similar scheme in 2014 collapsed after the main contractor went bankrupt, leaving a fenced-off site for a decade.",
            "According to figures published by the council, 1,240 homes would be built, 30 per cent of them at rents below the market rate.",
            "The environmental assessment, which ran to more than 600 pages, found no evidence that the marsh birds would be harmed by construction.",
            "Local shop owners were divided: some welcomed the prospect of new customers, while others feared higher rents would drive them out.",
            "Alyssa Milano appealed to Bernie Sanders supporters on Thursday to rally behind Joe Biden, drawing an angry response online.",
            "She added that the party needed unity more than ever, and that the election would be decided by turnout in a handful of states.",
            "Police said the march had been peaceful and that no arrests were made, although several roads were closed for most of the afternoon.",
            "The report, seen by this newspaper, recommends that the ferry service be extended to the northern islands by 2026.",
            "Shares in the company fell 4.2% in early trading after it warned that profits for the year would be lower than expected.",
            "Mr. Delacroix, 67, said he had lived on the street for forty years and had never seen so many empty shops as there are today.",
            "The festival, which returns after a three-year absence, will feature more than 80 bands on four stages over the weekend.",
            "Doctors at the regional hospital said waiting times had improved since January but warned that staff shortages remained severe.");

    private Prose() {}

    /** One to four sentences. */
    static Arbitrary<String> paragraph() {
        return Arbitraries.of(SENTENCES).list().ofMinSize(1).ofMaxSize(4).map(s -> String.join(" ", s));
    }
}
