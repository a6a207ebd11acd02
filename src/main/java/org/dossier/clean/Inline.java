package org.dossier.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text to safe inline HTML: links become anchors, everything else is escaped text. */
final class Inline {
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b((?:https?://|www\\.)[^\\s<>\"“”‘’]+[^\\s<>\"“”‘’.,;:!?)\\]…]|pic\\.twitter\\.com/[A-Za-z0-9]+)");
    // Scrapes glue a link to the word before it and t.co links (always 10 characters) to whatever follows.
    private static final Pattern GLUED_BEFORE = Pattern.compile("(?<=\\S)(?=https?://|pic\\.twitter\\.com/)");
    private static final Pattern GLUED_TCO = Pattern.compile("(https?://t\\.co/[A-Za-z0-9]{10})(?=[A-Za-z0-9#])");
    private static final Pattern GLUED_HASHTAG = Pattern.compile("(?<=[\\p{L}\\p{N}_!?.,:;”’\"')])(?=#\\p{L})");

    private Inline() {}

    /** "#AlyssaMilanohttps://t.co/abc…pic.twitter.com/x" becomes "#AlyssaMilano https://t.co/abc… pic.twitter.com/x". */
    static String unglue(String text) {
        String t = GLUED_TCO.matcher(text).replaceAll("$1 ");
        t = GLUED_BEFORE.matcher(t).replaceAll(" ");
        // Hashtags glued to the word before them ("pandemic!#AlyssaMilano"), but never a link's #fragment.
        StringBuilder sb = new StringBuilder(t.length() + 8);
        for (String token : t.split("(?<=\\s)|(?=\\s)")) {
            sb.append(token.contains("://") || token.startsWith("pic.twitter.com") ? token : GLUED_HASHTAG.matcher(token).replaceAll(" "));
        }
        return sb.toString();
    }

    /** Safe HTML for a line of text: built with jsoup nodes, so the text can never become markup. */
    static String html(String text) {
        Element span = new Element("span");
        Matcher m = URL.matcher(text);
        int at = 0;
        while (m.find()) {
            span.appendChild(new TextNode(text.substring(at, m.start())));
            String shown = m.group(1);
            String href = shown.regionMatches(true, 0, "http", 0, 4) ? shown : "https://" + shown;
            span.appendElement("a").attr("href", href).attr("rel", "nofollow noopener").text(shown);
            at = m.end();
        }
        span.appendChild(new TextNode(text.substring(at)));
        return span.html();
    }
}
