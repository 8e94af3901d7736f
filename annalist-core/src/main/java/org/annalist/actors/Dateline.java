package org.annalist.actors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire dateline that opens an article: "TUNIS, July 20 (Reuters) - ", "NEW DELHI, Sept 11
 * (AP) – ", "GEORGETOWN (AFP) - ". It says where the story was filed and by which agency, not
 * who did anything, and the parser tends to fuse it with the first noun phrase ("July 20
 * (Reuters) - Tunisia's Interior Ministry"); the actors stage therefore finds no actor inside
 * it and starts no phrase in it.
 */
final class Dateline {

    /** A capitalised place (optionally ", Region"), an optional date, an optional (Agency), then a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{Lu}'\u2019.\\- ]{1,40}?(?:,\\s*\\p{Lu}[\\p{L}.\\- ]{1,30}?)?"
                    + "(?:,\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})?\\s*(?:\\([^()\\n]{1,40}\\))?\\s*[-\u2013\u2014]{1,2}\\s+");

    private Dateline() {}

    /** The offset where the article's first sentence starts after its dateline; 0 without one. */
    static int end(String text) {
        Matcher matcher = DATELINE.matcher(text);
        if (!matcher.lookingAt()) {
            return 0;
        }
        String place = text.substring(0, matcher.end()).strip();
        // the place itself is written in capitals ("NEW DELHI"), which tells a dateline from a sentence
        int letters = 0;
        for (int index = 0; index < place.length() && !Character.isWhitespace(place.charAt(index)) && place.charAt(index) != ','; index++) {
            if (Character.isLowerCase(place.charAt(index))) {
                return 0;
            }
            letters += Character.isLetter(place.charAt(index)) ? 1 : 0;
        }
        return letters >= 2 ? matcher.end() : 0;
    }
}
