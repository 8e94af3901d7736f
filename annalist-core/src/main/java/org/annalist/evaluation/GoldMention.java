package org.annalist.evaluation;

/**
 * One gold coreference mention of a GUM document, located in the rebuilt article text.
 *
 * @param entityId the document-local entity id of the gold chain ("3")
 * @param entityType GUM's entity type: person, organization, place, abstract, event, time…
 * @param start character offset of its first token in the article text
 * @param end character offset after its last token
 * @param text exactly {@code article.text().substring(start, end)}
 * @param headStart character offset of its syntactic head: the first token whose dependency head lies outside the mention
 * @param headEnd character offset after the head token
 * @param headTag the head token's Penn Treebank tag (NNP, PRP, NN…)
 */
public record GoldMention(String entityId, String entityType, int start, int end, String text,
        int headStart, int headEnd, String headTag) {

    /** A mention headed by a proper noun: "US President Donald Trump", "Afghanistan's". */
    public boolean named() {
        return headTag.startsWith("NNP");
    }

    /** A mention headed by a personal or possessive pronoun: "she", "their". */
    public boolean pronoun() {
        return headTag.startsWith("PRP");
    }
}
