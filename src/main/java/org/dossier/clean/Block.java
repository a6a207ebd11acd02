package org.dossier.clean;

/** One unit of an article's cleaned text, in reading order. */
public sealed interface Block permits Block.Paragraph, Block.Heading, Block.Tweet {

    /** Plain text, for extraction, search and duplicate detection. */
    String text();

    /** @param html the same text as safe inline HTML (links only from http/https/mailto; passed through the Safelist) */
    record Paragraph(String text, String html) implements Block {}

    record Heading(String text) implements Block {}

    /**
     * An embedded tweet, recognised from its signature "text — Name (@handle) Month D, YYYY".
     *
     * @param date ISO date of the tweet, or empty when the signature's date is impossible
     */
    record Tweet(String text, String html, String author, String handle, String date) implements Block {
        public String url() {
            return "https://twitter.com/" + handle;
        }
    }
}
