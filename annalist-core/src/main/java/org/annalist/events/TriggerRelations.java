package org.annalist.events;

import java.util.Map;
import java.util.TreeMap;

/**
 * How the words near a trigger hang from it in the enhanced dependency graph, keyed by each word's
 * start offset in the article text: what the recipient reranker ({@code org.annalist.reranking})
 * reads to tell a party the trigger governs ("met Peru": {@code obj}; "talks with Peru":
 * {@code nmod:with}) from one that only stands in the same sentence. A path is named by its
 * relations, lower-case with their prepositions: one arc down ({@code obl:against}), two arcs down
 * ({@code obj > nmod:of}, the first relation without its subtype), one arc up ({@code ^amod}) or
 * up and down to a sibling ({@code ^xcomp > nsubj}, {@code ^conj > obj}). Words further away
 * have none. Read by the reranker only; not written to the JSON.
 *
 * @param byTokenStart per word's start offset, the shortest path's name
 */
public record TriggerRelations(Map<Integer, String> byTokenStart) {

    /** The name of a party's relation when none of its words is near the trigger. */
    public static final String NONE = "none";

    public TriggerRelations {
        byTokenStart = Map.copyOf(byTokenStart);
    }

    /** The shortest path to any word of the span (fewest arcs, then the first word), or {@link #NONE}. */
    public String relationOf(Span span) {
        if (span == null) {
            return NONE;
        }
        String best = null;
        for (Map.Entry<Integer, String> entry : new TreeMap<>(byTokenStart).subMap(span.start(), span.end()).entrySet()) {
            if (best == null || arcs(entry.getValue()) < arcs(best)) {
                best = entry.getValue();
            }
        }
        return best == null ? NONE : best;
    }

    private static int arcs(String path) {
        return path.contains(" > ") ? 2 : 1;
    }
}
