package org.annalist.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A name's words, lower case and with typographic apostrophes made plain, for comparing names and titles. */
final class NameWords {

    private NameWords() {}

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
