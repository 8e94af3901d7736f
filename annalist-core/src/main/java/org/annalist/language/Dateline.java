package org.annalist.language;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline wire copy opens with — "KYIV, June 12 (AP) —", "WASHINGTON (Reuters) -",
 * "RIYADH:" — is not part of the lead sentence, but a parser reads it as one: "KYIV" becomes the
 * subject of "launched" and the lead event, usually the article's main one, is lost. The language
 * layer therefore annotates a copy of the text in which the dateline's closing dash or colon is a
 * full stop, so the dateline is a sentence of its own. Every other character stays where it was,
 * so all offsets still point into the article's own text.
 *
 * <p>Recognised only at the start of the text: a place in capitals ("KYIV", "NEW DELHI",
 * "KYIV, Ukraine", "ISLAMABAD/NEW DELHI"), or a place in any case followed by a news agency in brackets ("Tehran (IRNA)"),
 * optionally with a date ("June 12", "Nov. 18, 2024") and an agency, then a dash or (after a
 * place in capitals) a colon.
 */
public final class Dateline {

    private static final String CAPITALS_PLACE = "\\p{Lu}[\\p{Lu}\\p{M}.'’ /-]*\\p{Lu}";
    private static final String ANY_PLACE = "\\p{Lu}[\\p{L}\\p{M}.'’ -]{1,40}?";
    private static final String REGION = "(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{1,30}?)?";
    private static final String DATE = "(?:,?\\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?";
    private static final String AGENCY = "\\s*\\(\\p{Lu}[\\p{L}&.' -]{0,30}\\)";
    private static final String DASH = "\\s*(--|[-–—])\\s+";

    private static final Pattern WITH_CAPITALS = Pattern.compile(
            "\\A\\s*" + CAPITALS_PLACE + REGION + DATE + "(?:" + AGENCY + ")?(?:" + DASH + "|\\s*(:)\\s+)");
    private static final Pattern WITH_AGENCY = Pattern.compile(
            "\\A\\s*" + ANY_PLACE + REGION + DATE + AGENCY + DASH);

    private Dateline() {}

    /** The text with a leading dateline made a sentence of its own; the same text when it has none. Same length always. */
    public static String asOwnSentence(String text) {
        Matcher matcher = match(text);
        if (matcher == null) {
            return text;
        }
        int group = matcher.group(1) != null ? 1 : 2;
        int start = matcher.start(group);
        int end = matcher.end(group);
        StringBuilder separated = new StringBuilder(text);
        separated.setCharAt(start, '.');
        for (int i = start + 1; i < end; i++) {
            separated.setCharAt(i, ' ');
        }
        return separated.toString();
    }

    /**
     * The offset where the story starts after a leading dateline, 0 without one. The dateline
     * says where the story was filed and by which agency, not who did anything: the actors stage
     * finds no actor in it.
     */
    public static int end(String text) {
        Matcher matcher = match(text);
        return matcher == null ? 0 : matcher.end();
    }

    private static Matcher match(String text) {
        Matcher matcher = WITH_CAPITALS.matcher(text);
        if (matcher.lookingAt() && capitalsPlaceIsAWord(matcher)) {
            return matcher;
        }
        matcher = WITH_AGENCY.matcher(text);
        return matcher.lookingAt() ? matcher : null;
    }

    /** "US-" or "A -" openings are words of the story, not a place in capitals: the place has two letters or more before any space. */
    private static boolean capitalsPlaceIsAWord(Matcher matcher) {
        String opening = matcher.group().strip();
        int firstSpace = opening.indexOf(' ');
        String firstWord = firstSpace < 0 ? opening : opening.substring(0, firstSpace);
        return firstWord.replaceAll("[^\\p{L}]", "").length() >= 3;
    }
}
