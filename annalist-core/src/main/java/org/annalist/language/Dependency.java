package org.annalist.language;

/**
 * One arc of a sentence's Universal Dependencies parse.
 *
 * @param relation the relation with its subtype, e.g. "nsubj", "obl:on", "compound:prt"
 * @param governor index of the head token in the sentence, or {@link #ROOT}
 * @param dependent index of the dependent token in the sentence
 */
public record Dependency(String relation, int governor, int dependent) {

    public static final int ROOT = -1;

    /** The relation without its subtype: "obl" for "obl:on". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
