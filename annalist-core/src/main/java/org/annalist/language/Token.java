package org.annalist.language;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param start character offset of the first character in the article text
 * @param end character offset after the last character
 * @param text the token exactly as written in the article
 * @param lemma dictionary form, lower-cased for common words
 * @param partOfSpeech Penn Treebank tag (NN, VBD, NNP…)
 * @param namedEntityTag CoreNLP named-entity tag (PERSON, COUNTRY, DATE…), or "O"
 */
public record Token(int index, int start, int end, String text, String lemma, String partOfSpeech, String namedEntityTag) {

    public boolean isVerb() {
        return partOfSpeech.startsWith("VB");
    }

    public boolean isNoun() {
        return partOfSpeech.startsWith("NN");
    }

    public boolean isProperNoun() {
        return partOfSpeech.startsWith("NNP");
    }

    public boolean isPronoun() {
        return partOfSpeech.startsWith("PRP");
    }
}
