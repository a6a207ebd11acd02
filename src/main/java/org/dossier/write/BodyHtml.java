package org.dossier.write;

import org.dossier.clean.Block;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * An article's blocks as the body of its content page: paragraphs, headings, and tweets as quote cards. Built
 * from jsoup nodes, then checked against a safelist of exactly that structure before it is written.
 */
public final class BodyHtml {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final Safelist BODY = new Safelist()
            .addTags("p", "h2", "blockquote", "footer", "cite", "span", "time", "a", "b", "strong", "i", "em", "q", "code",
                    "br", "sub", "sup", "abbr", "s", "small", "mark")
            .addAttributes("blockquote", "class", "cite")
            .addAttributes("span", "class")
            .addAttributes("time", "datetime")
            .addAttributes("a", "href", "rel", "class")
            .addAttributes("abbr", "title")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("blockquote", "cite", "http", "https");

    private BodyHtml() {}

    public static String of(List<Block> blocks) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) body.appendElement("p").append(p.html());
            else if (b instanceof Block.Heading h) body.appendElement("h2").text(h.text());
            else if (b instanceof Block.Tweet t) tweet(body, t);
            body.appendText("\n");
        }
        String html = body.html();
        if (!Jsoup.isValid(html, BODY)) throw new IllegalStateException("unsafe markup reached an article body");
        return html;
    }

    private static void tweet(Element body, Block.Tweet t) {
        Element q = body.appendElement("blockquote").addClass("tweet").attr("cite", t.url());
        q.appendElement("p").append(t.html());
        Element footer = q.appendElement("footer");
        footer.appendElement("span").addClass("tweet-author").text(t.author());
        footer.appendText(" ");
        footer.appendElement("a").addClass("tweet-handle").attr("href", t.url()).attr("rel", "nofollow noopener").text("@" + t.handle());
        if (!t.date().isEmpty()) {
            footer.appendText(" ");
            footer.appendElement("time").attr("datetime", t.date()).text(LocalDate.parse(t.date()).format(SHOWN));
        }
    }
}
