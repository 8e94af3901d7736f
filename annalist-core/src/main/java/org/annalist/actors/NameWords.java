package org.annalist.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A name's words, lower case and with typographic apostrophes made plain, for comparing names and titles. */
final class NameWords {

    /**
     * The Arabic article written onto a surname, in its assimilated spellings: "al-Burhan",
     * "el-Sissi", "ash-Shara", "ad-Dbeibah". News drops it on second reference ("Burhan said").
     */
    private static final Pattern ARTICLE = Pattern.compile("^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-(?=\\p{L}{2})");

    private NameWords() {}

    /**
     * The name's words with each word that begins with the Arabic article added again without it:
     * "abdel fattah al-burhan" gives "abdel", "fattah", "al-burhan", "burhan", so a later "Burhan"
     * is a word of the name. For joining later mentions to a person, not for displaying names.
     */
    static List<String> withBareSurnames(String name) {
        List<String> words = new ArrayList<>();
        for (String word : of(name)) {
            words.add(word);
            String bare = ARTICLE.matcher(word).replaceFirst("");
            if (!bare.equals(word)) {
                words.add(bare);
            }
        }
        return words;
    }

    /** The word without a leading Arabic article ("al-burhan" gives "burhan"); the word itself when it has none. */
    static String withoutArticle(String word) {
        return ARTICLE.matcher(word).replaceFirst("");
    }

    static List<String> of(String name) {
        List<String> words = new ArrayList<>();
        for (String word : name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
