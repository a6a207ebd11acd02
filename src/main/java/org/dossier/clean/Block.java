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
     * @param status the tweet's own address when the seed gave it (a saved page's embed does), else empty
     *
     * @param date ISO date of the tweet, or empty when the signature's date is impossible
     */
    record Tweet(String text, String html, String author, String handle, String date, String status) implements Block {
        /** The tweet itself when the seed linked it, else its author's profile. */
        public String url() {
            return status.isEmpty() ? profile() : status;
        }

        public String profile() {
            return "https://twitter.com/" + handle;
        }

        Tweet withStatus(String statusUrl) {
            return new Tweet(text, html, author, handle, date, statusUrl);
        }
    }
}
