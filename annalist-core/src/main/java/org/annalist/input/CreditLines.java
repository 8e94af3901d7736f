package org.annalist.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the staff credits wire copy ends with — "(Reporting by Jane Doe; Editing by John Smith)",
 * "Additional reporting by …", "Associated Press writer X contributed to this report." — so the
 * readers can move them out of the article text: the names in them are newsroom staff, not
 * actors of the story, and must not become persons, quote speakers or event parties.
 *
 * <p>Only whole trailing paragraphs are taken, and only short ones made of credits of names
 * ("Reporting by Jane Doe in Ankara; Editing by John Smith", optionally in brackets) or ending
 * with "contributed (reporting | to this report)"; story text that mentions reporting
 * ("Reporting by foreign journalists was banned") stays.
 */
final class CreditLines {

    /** A credit paragraph is a line, not prose: longer ones are story text. */
    private static final int MAX_LENGTH = 300;
    /** Capitalised names (case matters here, so the keyword part alone ignores case), joined by "and", commas and place phrases ("Jane Doe in Ankara and Ali Veli"). */
    private static final String NAMES = "\\p{Lu}[\\p{L}'’.-]*(?:(?:\\s+|\\s*,\\s*)(?:\\p{Lu}[\\p{L}'’.-]*|and|in|from|at|de|da|del|van|von|al|bin|el|la|le))*\\.?";
    /** One credit: "Reporting by Jane Doe in Ankara", "Additional reporting by Ali Veli", "Editing by John Smith". */
    private static final Pattern CREDIT = Pattern.compile(
            "(?:[-–—]\\s*)?(?i:(?:(?:additional|further)\\s+)?"
                    + "(?:reporting|writing|written|editing|edited|compiled|produced|research|graphics|fact[- ]checking)"
                    + "(?:\\s+and\\s+\\p{L}+)?\\s+by)\\s+" + NAMES);
    private static final Pattern CONTRIBUTION = Pattern.compile(
            ".*\\bcontributed\\s+(?:reporting|to\\s+(?:this|the)\\s+(?:report|story))\\.?\\s*[)\\]]?\\z",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * @param text the body left after the credits
     * @param credits the credit paragraphs in text order, brackets removed; empty when none
     */
    record Split(String text, List<String> credits) {
        Split {
            credits = List.copyOf(credits);
        }

        /** The credits as one line, or {@code null} when there are none. */
        String joined() {
            return credits.isEmpty() ? null : String.join("; ", credits);
        }
    }

    private CreditLines() {}

    /** Splits trailing credit paragraphs (separated by blank lines) off {@code body}; never takes every paragraph. */
    static Split split(String body) {
        List<String> paragraphs = new ArrayList<>(List.of(PlainTextArticleParser.PARAGRAPH_BREAK.split(body)));
        List<String> credits = new ArrayList<>();
        while (paragraphs.size() > 1 && isCredit(paragraphs.get(paragraphs.size() - 1).strip())) {
            credits.add(0, unbracketed(paragraphs.remove(paragraphs.size() - 1).strip()));
        }
        if (credits.isEmpty()) {
            return new Split(body, List.of());
        }
        return new Split(String.join("\n\n", paragraphs).strip(), credits);
    }

    static boolean isCredit(String paragraph) {
        return !paragraph.isEmpty() && paragraph.length() <= MAX_LENGTH
                && (isCreditList(unbracketed(paragraph)) || CONTRIBUTION.matcher(paragraph).matches());
    }

    /** Every ";"- or "|"-separated part is one credit of names: a sentence about reporting is not. */
    private static boolean isCreditList(String line) {
        for (String part : line.split("\\s*[;|]\\s*")) {
            if (!CREDIT.matcher(part.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String unbracketed(String paragraph) {
        String line = paragraph.replaceAll("\\s+", " ");
        if ((line.startsWith("(") && line.endsWith(")")) || (line.startsWith("[") && line.endsWith("]"))) {
            line = line.substring(1, line.length() - 1).strip();
        }
        return line;
    }
}
