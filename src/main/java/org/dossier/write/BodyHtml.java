package org.dossier.write;

import org.dossier.clean.Block;
import org.dossier.clean.Inline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An article's blocks as the body of its content page: paragraphs, headings, and tweets as quote cards. Text is
 * escaped here; paragraph markup was made safe by cleaning (escaped text with links, or safelisted inline HTML).
 */
public final class BodyHtml {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    /**
     * A last, cheap tripwire: nothing below can produce these (the fuzz tests check it on generated hostile input);
     * if one ever appeared, the seed is reported as unusable rather than published. Attributes are walked one by one
     * (all are double-quoted here), so a value that merely contains " onclick=" is not mistaken for a handler.
     */
    private static final String TAG_START = "<[a-z][a-z0-9]*(?:\\s+[a-z-]+=\"[^\"]*\")*\\s+";
    private static final Pattern UNSAFE = Pattern.compile(
            "<(script|iframe|object|embed|style|svg|form|base|meta|link)\\b|" + TAG_START + "on[a-z]+\\s*=|"
                    + TAG_START + "(href|src|cite)=\"\\s*(javascript|vbscript|data):",
            Pattern.CASE_INSENSITIVE);

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
        if (UNSAFE.matcher(html).find()) throw new IllegalStateException("unsafe markup reached an article body");
        return html;
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
