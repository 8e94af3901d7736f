package org.annalist.quotes;

/**
 * A quotation and who said it.
 *
 * @param id article-local id ("q1", "q2"…), in text order
 * @param text the quoted words without the quote marks (for indirect speech, the reported clause)
 * @param start character offset of the quoted words in the article text
 * @param end character offset after them
 * @param direct true for words in quote marks, false for indirect speech
 * @param speaker id of the speaking entity, or null when the text does not say
 * @param speakerName the speaking entity's name, or null
 * @param attribution how the speaker was found (e.g. "pronoun-after-quote", "nominal-before-quote"), or null
 */
public record Quote(
        String id,
        String text,
        int start,
        int end,
        boolean direct,
        String speaker,
        String speakerName,
        String attribution) {}
