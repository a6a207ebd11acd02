package org.dossier.clean;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises an embedded tweet pasted as text: "text — Name (@handle) Month D, YYYY". */
final class Tweets {
    // Greedy text: the signature follows the LAST dash, since tweet texts contain dashes too.
    private static final Pattern SIGNATURE = Pattern.compile(
            "^(?<text>.+)\\s[—–]\\s*(?<name>[^—–]{1,100}?)\\s*\\(@(?<handle>[A-Za-z0-9_]{1,15})\\)\\s*"
                    + "(?<date>(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2},\\s+\\d{4})\\s*$");
    private static final DateTimeFormatter SIGNATURE_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    private Tweets() {}

    static Optional<Block.Tweet> parse(String line) {
        // Most paragraphs are no tweet: the signature's "(@" is cheaper to look for than the pattern, which backtracks.
        if (!line.contains("(@")) return Optional.empty();
        Matcher m = SIGNATURE.matcher(line);
        if (!m.matches()) return Optional.empty();
        String text = Inline.unglue(m.group("text").strip());
        String date;
        try {
            date = LocalDate.parse(m.group("date").replaceAll("\\s+", " "), SIGNATURE_DATE).toString();
        } catch (DateTimeParseException e) {
            date = ""; // "February 30, 2020": still a tweet, with no usable date
        }
        return Optional.of(new Block.Tweet(text, Inline.html(text), m.group("name").strip(), m.group("handle"), date, ""));
    }
}
