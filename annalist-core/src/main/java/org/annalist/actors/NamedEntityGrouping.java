package org.annalist.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.NamedEntity;

/**
 * The simplest actors stage: one entity per distinct named-entity text and type, uncoded.
 * Kept as the baseline that the dictionary-based resolver is measured against.
 */
public final class NamedEntityGrouping implements ActorResolver {

    private static final Set<String> NOT_ACTORS = Set.of("NUMBER", "ORDINAL", "MONEY", "PERCENT", "TITLE", "DURATION", "SET");

    @Override
    public ActorAnalysis resolve(AnnotatedDocument document) {
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        Map<String, NamedEntity> firsts = new LinkedHashMap<>();
        for (NamedEntity named : document.namedEntities()) {
            if (NOT_ACTORS.contains(named.type())) {
                continue;
            }
            String key = named.type() + "\u0000" + named.text().toLowerCase(Locale.ROOT);
            firsts.putIfAbsent(key, named);
            groups.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Mention(named.start(), named.end(), named.text(), named.sentenceIndex(), MentionKind.NAME));
        }
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> group : groups.entrySet()) {
            NamedEntity first = firsts.get(group.getKey());
            entities.add(new Entity("e" + (entities.size() + 1), first.text(), first.type(), null, null, null,
                    group.getValue(), "named-entity"));
        }
        return new ActorAnalysis(entities);
    }
}
