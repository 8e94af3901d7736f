package org.annalist.events;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How the words near a trigger hang from it in the enhanced dependency graph, keyed by each word's
 * start offset in the article text: what the recipient reranker ({@code org.annalist.reranking})
 * reads to tell a party the trigger governs ("met Peru": {@code obj}; "talks with Peru":
 * {@code nmod:with}) from one that only stands in the same sentence. Each word has the
 * {@link TriggerPath} found first; words further than two arcs away have none. Read by the
 * reranker only; not written to the JSON.
 *
 * @param byTokenStart per word's start offset, the shortest path to it
 */
public record TriggerRelations(Map<Integer, TriggerPath> byTokenStart) {

    public TriggerRelations {
        byTokenStart = Map.copyOf(byTokenStart);
    }

    /** The shortest path to any word of the span (fewest arcs, then the first word); empty when none is near the trigger. */
    public Optional<TriggerPath> pathTo(Span span) {
        if (span == null) {
            return Optional.empty();
        }
        TriggerPath best = null;
        for (TriggerPath path : new TreeMap<>(byTokenStart).subMap(span.start(), span.end()).values()) {
            if (best == null || path.arcs() < best.arcs()) {
                best = path;
            }
        }
        return Optional.ofNullable(best);
    }
}
