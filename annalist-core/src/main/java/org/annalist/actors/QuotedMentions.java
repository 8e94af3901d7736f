package org.annalist.actors;

import org.annalist.language.Sentence;

/**
 * Whether a mention lies inside a quotation of its sentence: the speaker's words, not the
 * reporter's narrative, so what they name is neither the state reported acting nor the body a
 * later title points back at.
 */
final class QuotedMentions {

    private QuotedMentions() {
    }

    /**
     * "“If the Japanese side continues down this road,” ministry spokesman Liu Wei told
     * reporters": an odd number of straight quotation marks between the sentence's start and the
     * mention, or an opening curly mark with no closing one, puts it inside.
     */
    static boolean quoted(String text, Sentence sentence, Mention mention) {
        String before = text.substring(sentence.token(0).start(), mention.start());
        long straight = before.chars().filter(character -> character == '"').count();
        long opening = before.chars().filter(character -> character == '\u201C').count();
        long closing = before.chars().filter(character -> character == '\u201D').count();
        return straight % 2 == 1 || opening > closing;
    }
}
