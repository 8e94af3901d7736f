package org.annalist.actors;

import java.util.List;
import java.util.Optional;

/** The actors stage's result: the article's entities, in order of first mention. */
public record ActorAnalysis(List<Entity> entities) {

    public ActorAnalysis {
        entities = List.copyOf(entities);
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
