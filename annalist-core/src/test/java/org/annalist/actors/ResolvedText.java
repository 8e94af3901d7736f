package org.annalist.actors;

import java.util.List;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.testing.SharedLanguage;

/** The actors stage run on a short text with the bundled dictionaries, for the stage's rule tests. */
final class ResolvedText {

    /** One resolver for every test class: the dictionaries load once per JVM, like the language layer. */
    private static final DictionaryActorResolver RESOLVER = new DictionaryActorResolver(ActorDictionaries.load(List.of()));

    private ResolvedText() {}

    static ActorAnalysis resolve(String text) {
        return RESOLVER.resolve(SharedLanguage.annotate("test", text));
    }

    /** The entity of that name, or a failure listing the entities there are. */
    static Entity named(ActorAnalysis analysis, String name) {
        return analysis.entities().stream().filter(entity -> name.equals(entity.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + analysis.entities()));
    }

    /** The texts of the entity's mentions, in text order. */
    static List<String> mentionTexts(Entity entity) {
        return entity.mentions().stream().map(Mention::text).toList();
    }
}
