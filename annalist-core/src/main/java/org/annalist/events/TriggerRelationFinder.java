package org.annalist.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.annalist.language.Dependency;

/**
 * Reads the {@link TriggerRelations} of a trigger off its sentence's enhanced graph: breadth
 * first, one arc down, one arc up, two arcs down, then up and down to a sibling; the first path
 * found names a word. The trigger's own words are not left out: a particle hanging from the head,
 * or the head itself as a dependent of its own head, gets a path like any other word.
 */
final class TriggerRelationFinder {

    private TriggerRelationFinder() {}

    static TriggerRelations relations(SentenceGraph graph, TriggerMatch match) {
        int head = match.head();
        Map<Integer, TriggerPath> byToken = new HashMap<>();
        for (Dependency down : graph.dependents(head)) {
            byToken.putIfAbsent(down.dependent(), TriggerPath.down(name(down)));
        }
        for (Dependency up : graph.heads(head)) {
            if (up.governor() >= 0) {
                byToken.putIfAbsent(up.governor(), TriggerPath.up(name(up)));
            }
        }
        for (Dependency down : graph.dependents(head)) {
            for (Dependency further : graph.dependents(down.dependent())) {
                byToken.putIfAbsent(further.dependent(), TriggerPath.down(base(down)).then(name(further)));
            }
        }
        for (Dependency up : graph.heads(head)) {
            if (up.governor() < 0) {
                continue;
            }
            for (Dependency sibling : graph.dependents(up.governor())) {
                byToken.putIfAbsent(sibling.dependent(), TriggerPath.up(base(up)).then(name(sibling)));
            }
        }
        Map<Integer, TriggerPath> byTokenStart = new HashMap<>();
        byToken.forEach((token, path) -> {
            if (token >= 0 && token < graph.size()) {
                byTokenStart.put(graph.token(token).start(), path);
            }
        });
        return new TriggerRelations(byTokenStart);
    }

    private static String name(Dependency arc) {
        return arc.relation().toLowerCase(Locale.ROOT);
    }

    private static String base(Dependency arc) {
        return arc.baseRelation().toLowerCase(Locale.ROOT);
    }
}
