package org.dossier.clean;

import org.junit.jupiter.api.Test;

import static org.dossier.clean.DevSetSeed.assertKept;
import static org.dossier.clean.DevSetSeed.assertRemovedAs;
import static org.dossier.clean.DevSetSeed.clean;

/**
 * A newsletter's thanks or question and its prompt in one line ("Thanks for reading …! Subscribe for free …", "Enjoying …?
 * Become a member …") goes as a newsletter prompt.
 */
class NewsletterPromptsTest {
    @Test
    void aThanksFollowedByThePromptToSubscribeGoes() {
        CleanedSeed c = clean("712_html_substack_rent_note_en.html");
        assertRemovedAs("newsletter", "Thanks for reading The Lowtown Ledger! Subscribe for free to receive new posts and support my work.", c);
        assertKept("Ben Okafor, the students' union housing officer, told me the union would ask the council to restart the survey before the next planning decision.", c);
    }

    @Test
    void aQuestionFollowedByThePromptToBecomeAMemberGoes() {
        assertRemovedAs("newsletter", "Enjoying Field Notes? Become a member to get every story in your inbox.",
                clean("404_ghost_fieldnotes_newsletter.html"));
    }
}
