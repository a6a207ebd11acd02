package org.dossier.write;

import org.dossier.clean.Block;
import org.dossier.clean.Inline;
import org.dossier.ingest.Chars;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An article's blocks as the body of its content page: paragraphs, headings, and tweets as quote cards. Text is
 * escaped here; paragraph markup was made safe by cleaning (escaped text with links, or safelisted inline HTML).
 */
public final class BodyHtml {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    /** Elements a body must never hold, whatever their attributes. */
    private static final Set<String> BANNED = Set.of("script", "iframe", "object", "embed", "style", "svg", "form", "base", "meta", "link");
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "cite");
    private static final List<String> UNSAFE_SCHEMES = List.of("javascript", "vbscript", "data");

    private BodyHtml() {}

    public static String of(List<Block> blocks) {
        StringBuilder sb = new StringBuilder(4096);
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) sb.append("<p>").append(p.html()).append("</p>");
            else if (b instanceof Block.Heading h) Inline.escape(h.text(), sb.append("<h2>")).append("</h2>");
            else if (b instanceof Block.Tweet t) tweet(sb, t);
            sb.append('\n');
        }
        String html = sb.toString();
        if (unsafe(html)) throw new IllegalStateException("unsafe markup reached an article body");
        return html;
    }

    /**
     * A last, cheap tripwire: nothing above can produce a banned element, an {@code on*} handler or a script URL (the
     * fuzz tests check it on generated hostile input); if one ever appeared, the seed is reported as unusable rather
     * than published. Attributes are walked one by one (all are double-quoted here), so a value that merely contains
     * " onclick=" is not mistaken for a handler. One pass over the text: a regular expression doing the same took
     * half of the write stage's time.
     */
    static boolean unsafe(String html) {
        for (int lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
            int i = lt + 1, n = html.length();
            if (i >= n || !Chars.isAsciiLetter(html.charAt(i))) continue;
            while (i < n && (Chars.isAsciiLetter(html.charAt(i)) || isDigit(html.charAt(i)))) i++;
            // "<script" ends at a non-word character, as \b would have it: "<script_x" is no script element.
            int nameEnd = lt + 1;
            while (nameEnd < i && Chars.isAsciiLetter(html.charAt(nameEnd))) nameEnd++;
            if (BANNED.contains(html.substring(lt + 1, nameEnd).toLowerCase(Locale.ROOT)) && (nameEnd == n || !isWordChar(html.charAt(nameEnd)))) {
                return true;
            }
            while (true) {
                int a = i;
                while (a < n && isSpace(html.charAt(a))) a++;
                if (a == i || a == n) break;
                if (isHandler(html, a) || isScriptUrl(html, a)) return true;
                int name = a;
                while (name < n && (Chars.isAsciiLetter(html.charAt(name)) || html.charAt(name) == '-')) name++;
                if (name == a || !html.startsWith("=\"", name)) break;
                int close = html.indexOf('"', name + 2);
                if (close < 0) break;
                i = close + 1;
            }
        }
        return false;
    }

    /** on[a-z]+\s*= at {@code at}. */
    private static boolean isHandler(String s, int at) {
        if (!s.regionMatches(true, at, "on", 0, 2)) return false;
        int i = at + 2;
        while (i < s.length() && Chars.isAsciiLetter(s.charAt(i))) i++;
        if (i == at + 2) return false;
        while (i < s.length() && isSpace(s.charAt(i))) i++;
        return i < s.length() && s.charAt(i) == '=';
    }

    /** (href|src|cite)="\s*(javascript|vbscript|data): at {@code at}. */
    private static boolean isScriptUrl(String s, int at) {
        for (String attr : URL_ATTRIBUTES) {
            if (!s.regionMatches(true, at, attr, 0, attr.length()) || !s.startsWith("=\"", at + attr.length())) continue;
            int v = at + attr.length() + 2;
            while (v < s.length() && isSpace(s.charAt(v))) v++;
            for (String scheme : UNSAFE_SCHEMES) {
                if (s.regionMatches(true, v, scheme, 0, scheme.length()) && s.startsWith(":", v + scheme.length())) return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return Chars.isAsciiLetter(c) || isDigit(c) || c == '_';
    }

    /** What \s matches in a Java regular expression. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void tweet(StringBuilder sb, Block.Tweet t) {
        sb.append("<blockquote class=\"tweet\" cite=\"");
        Inline.escape(t.url(), sb).append("\"><p>").append(t.html()).append("</p><footer><span class=\"tweet-author\">");
        Inline.escape(t.author(), sb).append("</span> <a class=\"tweet-handle\" href=\"");
        Inline.escape(t.profile(), sb).append("\" rel=\"nofollow noopener\">@");
        Inline.escape(t.handle(), sb).append("</a>");
        if (!t.date().isEmpty()) {
            String time = "<time datetime=\"" + t.date() + "\">" + LocalDate.parse(t.date()).format(SHOWN) + "</time>";
            if (t.status().isEmpty()) sb.append(' ').append(time);
            else Inline.escape(t.status(), sb.append(" <a class=\"tweet-link\" href=\"")).append("\" rel=\"nofollow noopener\">").append(time).append("</a>");
        }
        sb.append("</footer></blockquote>");
    }
}
