package org.annalist.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.annalist.language.Dependency;

/**
 * Reads the {@link TriggerRelations} of a trigger off its sentence's enhanced graph: breadth
 * first, one arc down, one arc up, two arcs down, then up and down to a sibling; the first path
 * found names a word. The trigger's own words are left out.
 */
final class TriggerRelationFinder {

    private TriggerRelationFinder() {}

    static TriggerRelations relations(SentenceGraph graph, TriggerMatch match) {
        int head = match.head();
        Map<Integer, String> byToken = new HashMap<>();
        for (int word : match.words()) {
            byToken.put(word, null);
        }
        for (Dependency down : graph.dependents(head)) {
            byToken.putIfAbsent(down.dependent(), name(down));
        }
        for (Dependency up : graph.heads(head)) {
            if (up.governor() >= 0) {
                byToken.putIfAbsent(up.governor(), "^" + name(up));
            }
        }
        for (Dependency down : graph.dependents(head)) {
            for (Dependency further : graph.dependents(down.dependent())) {
                byToken.putIfAbsent(further.dependent(), base(down) + " > " + name(further));
            }
        }
        for (Dependency up : graph.heads(head)) {
            if (up.governor() < 0) {
                continue;
            }
            for (Dependency sibling : graph.dependents(up.governor())) {
                byToken.putIfAbsent(sibling.dependent(), "^" + base(up) + " > " + name(sibling));
            }
        }
        Map<Integer, String> byTokenStart = new HashMap<>();
        byToken.forEach((token, path) -> {
            if (path != null && token >= 0 && token < graph.size()) {
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
