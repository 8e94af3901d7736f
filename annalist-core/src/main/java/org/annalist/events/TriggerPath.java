package org.annalist.events;

import java.util.List;

/**
 * The path from a trigger to a word near it in the enhanced dependency graph: one arc down
 * ({@code obl:against}), two arcs down ({@code obj > nmod:of}), one arc up ({@code ^amod}) or up
 * and down to a sibling ({@code ^xcomp > nsubj}). Relations are lower case; the first of two
 * arcs is named without its subtype, the last with it. {@link #name()} writes the path in that
 * notation.
 *
 * @param up whether the path starts by climbing from the trigger to its head
 * @param relations the one or two arcs' relations, in the order the path takes them
 */
public record TriggerPath(boolean up, List<String> relations) {

    /** The shape of a path, named as the recipient reranker's features name it. */
    public enum Shape {
        /** A dependent of the trigger. */
        ONE_DOWN("one down"),
        /** A dependent of a dependent of the trigger. */
        TWO_DOWN("two down"),
        /** The trigger's head. */
        HEAD("head"),
        /** Another dependent of the trigger's head. */
        SIBLING("sibling");

        private final String label;

        Shape(String label) {
            this.label = label;
        }

        /** The shape as feature names write it ("two down"). */
        public String label() {
            return label;
        }
    }

    public TriggerPath {
        relations = List.copyOf(relations);
        if (relations.isEmpty() || relations.size() > 2) {
            throw new IllegalArgumentException("a trigger path has one or two arcs: " + relations);
        }
    }

    /** One arc down from the trigger. */
    public static TriggerPath down(String relation) {
        return new TriggerPath(false, List.of(relation));
    }

    /** One arc up from the trigger to its head. */
    public static TriggerPath up(String relation) {
        return new TriggerPath(true, List.of(relation));
    }

    /** This one-arc path continued one arc down. */
    public TriggerPath then(String relation) {
        return new TriggerPath(up, List.of(relations.get(0), relation));
    }

    /** How many arcs the path takes. */
    public int arcs() {
        return relations.size();
    }

    public Shape shape() {
        if (up) {
            return arcs() == 2 ? Shape.SIBLING : Shape.HEAD;
        }
        return arcs() == 2 ? Shape.TWO_DOWN : Shape.ONE_DOWN;
    }

    /** The first arc's relation without its subtype, but for {@code nmod:poss}, which keeps it. */
    public String firstRelation() {
        String first = relations.get(0);
        int colon = first.indexOf(':');
        return colon < 0 || first.equals("nmod:poss") ? first : first.substring(0, colon);
    }

    /** The path in its written notation: {@code ^} for the arc up, {@code " > "} between arcs ("^conj > obj"). */
    public String name() {
        return (up ? "^" : "") + String.join(" > ", relations);
    }
}
