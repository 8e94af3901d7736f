package org.annalist.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.article.Article;
import org.annalist.article.RejectionReason;

/**
 * Reads the plain-text article form: an optional first line beginning {@code " date YYYY-MM-DD "}
 * (the rest of that line is the first paragraph), paragraphs separated by blank lines, and an
 * optional last line of author initials and outlet such as {@code AMK/PressTV}, or wire-copy staff
 * credits ({@link CreditLines}), which become the author.
 *
 * <p>Line breaks inside a paragraph are folded to spaces; paragraphs are joined by one blank
 * line, so later stages can still see paragraph boundaries (quotes continue across them).
 */
public final class PlainTextArticleParser {

    private static final Pattern DATE_LINE = Pattern.compile("\\A[ \\t]*date[ \\t]+(\\d{4}-\\d{2}-\\d{2})(?:[ \\t]+|$)");
    /** "AMK/PressTV", "AMK/HMV/Tehran Times": upper-case initials, a slash, then the outlet. */
    private static final Pattern BYLINE = Pattern.compile("\\A((?:\\p{Lu}{1,6}/)+)(\\p{L}[\\p{L}\\p{N} .&'-]{0,48})\\z");
    /** A blank line (spaces or tabs allowed) between paragraphs; the credit lines are found by the same rule. */
    static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n");

    public Article parse(String id, String origin, String content) throws InvalidInputException {
        String body = content.replace("\r\n", "\n").replace('\r', '\n');
        LocalDate date = null;
        Matcher dateLine = DATE_LINE.matcher(body);
        if (dateLine.find()) {
            try {
                date = LocalDate.parse(dateLine.group(1));
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(RejectionReason.INVALID_FIELD, "date line has an impossible date " + dateLine.group(1));
            }
            body = body.substring(dateLine.end());
        }
        List<String> paragraphs = new ArrayList<>();
        for (String block : PARAGRAPH_BREAK.split(body)) {
            String paragraph = block.strip().replaceAll("[ \\t]*\\n[ \\t]*", " ");
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        String source = null;
        String author = null;
        if (paragraphs.size() > 1) {
            Matcher byline = BYLINE.matcher(paragraphs.get(paragraphs.size() - 1));
            if (byline.matches()) {
                String initials = byline.group(1);
                author = initials.substring(0, initials.length() - 1);
                source = byline.group(2).strip();
                paragraphs.remove(paragraphs.size() - 1);
            }
        }
        if (paragraphs.isEmpty()) {
            throw new InvalidInputException(RejectionReason.EMPTY, "no text after the date line");
        }
        CreditLines.Split credits = CreditLines.split(String.join("\n\n", paragraphs));
        if (author == null) {
            author = credits.joined();
        }
        return new Article(id, date, source, author, null, null, credits.text(), origin);
    }
}
