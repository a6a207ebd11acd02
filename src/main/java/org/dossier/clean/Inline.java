package org.dossier.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text to safe inline HTML: links become anchors, everything else is escaped text. */
public final class Inline {
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b((?:https?://|www\\.)[^\\s<>\"“”‘’]+[^\\s<>\"“”‘’.,;:!?)\\]…]|pic\\.twitter\\.com/[A-Za-z0-9]+)");
    // Scrapes glue a link to the word before it and t.co links (always 10 characters) to whatever follows.
    private static final Pattern GLUED_BEFORE = Pattern.compile("(?<=\\S)(?=https?://|pic\\.twitter\\.com/)");
    private static final Pattern GLUED_TCO = Pattern.compile("(https?://t\\.co/[A-Za-z0-9]{10})(?=[A-Za-z0-9#])");
    private static final Pattern GLUED_HASHTAG = Pattern.compile("(?<=[\\p{L}\\p{N}_!?.,:;”’\"')])(?=#\\p{L})");

    private Inline() {}

    /** "#AlyssaMilanohttps://t.co/abc…pic.twitter.com/x" becomes "#AlyssaMilano https://t.co/abc… pic.twitter.com/x". */
    static String unglue(String text) {
        String t = text;
        if (t.contains("://") || t.contains("pic.twitter.com")) {
            t = GLUED_TCO.matcher(t).replaceAll("$1 ");
            t = GLUED_BEFORE.matcher(t).replaceAll(" ");
        }
        if (t.indexOf('#') < 0) return t;
        // Hashtags glued to the word before them ("pandemic!#AlyssaMilano"), but never a link's #fragment.
        StringBuilder sb = new StringBuilder(t.length() + 8);
        int i = 0, n = t.length();
        while (i < n) {
            int end = i;
            while (end < n && !Character.isWhitespace(t.charAt(end))) end++;
            String token = t.substring(i, end);
            sb.append(token.indexOf('#') < 0 || token.contains("://") || token.startsWith("pic.twitter.com") ? token
                    : GLUED_HASHTAG.matcher(token).replaceAll(" "));
            while (end < n && Character.isWhitespace(t.charAt(end))) sb.append(t.charAt(end++));
            i = end;
        }
        return sb.toString();
    }

    /** Safe HTML for a line of text: every character of the text is escaped, so it can never become markup. */
    static String html(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 32);
        if (!text.contains("://") && !text.contains("www.") && !text.contains("pic.twitter.com")) return escape(text, sb).toString();
        Matcher m = URL.matcher(text);
        int at = 0;
        while (m.find()) {
            escape(text.substring(at, m.start()), sb);
            String shown = m.group(1);
            String href = shown.regionMatches(true, 0, "http", 0, 4) ? shown : "https://" + shown;
            sb.append("<a href=\"");
            escape(href, sb);
            sb.append("\" rel=\"nofollow noopener\">");
            escape(shown, sb);
            sb.append("</a>");
            at = m.end();
        }
        return escape(text.substring(at), sb).toString();
    }

    /** Escapes text for an HTML element or a double-quoted attribute. */
    public static StringBuilder escape(String s, StringBuilder sb) {
        // The text between markup characters is appended in runs: under C1 (see BoundedHeap) appending a char at a
        // time costs several times more.
        char[] chars = s.toCharArray();
        int run = 0;
        for (int i = 0; i < chars.length; i++) {
            String entity = switch (chars[i]) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity == null) continue;
            sb.append(s, run, i).append(entity);
            run = i + 1;
        }
        return sb.append(s, run, chars.length);
    }
}
