package org.annalist.actors;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.dictionary.Place;

/**
 * The actors stage's result.
 *
 * @param entities the article's entities, in order of first mention
 * @param namesakes the gazetteer's towns the article names but that must be namesakes of places in
 *        another country ({@link NamesakeTowns}): no place of this article, for the later stages either
 */
public record ActorAnalysis(List<Entity> entities, Set<Place> namesakes) {

    public ActorAnalysis {
        entities = List.copyOf(entities);
        namesakes = Set.copyOf(namesakes);
    }

    public ActorAnalysis(List<Entity> entities) {
        this(entities, Set.of());
    }

    /** The entity with a mention covering the character offset. */
    public Optional<Entity> entityAt(int offset) {
        for (Entity entity : entities) {
            if (entity.mentionedAt(offset)) {
                return Optional.of(entity);
            }
        }
        return Optional.empty();
    }

    public Optional<Entity> byId(String id) {
        return entities.stream().filter(entity -> entity.id().equals(id)).findFirst();
    }
}
