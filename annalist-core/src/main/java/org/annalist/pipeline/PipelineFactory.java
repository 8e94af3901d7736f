package org.annalist.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.annalist.actors.ActorResolver;
import org.annalist.actors.DictionaryActorResolver;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.language.LanguageAnnotator;

/**
 * Wires the stages after the language layer into the one pipeline every entry point runs: the
 * command line, the Spark job and the tests that compare them. Keeping the wiring here, and
 * nowhere else, is what makes "the Spark job codes exactly like {@code annalist code}" true by
 * construction rather than by care.
 */
public final class PipelineFactory {

    private PipelineFactory() {}

    /**
     * @param language the language layer (CoreNLP in production; tests share one instance)
     * @param actorFiles the user's own actor files, whose rows take precedence over the bundled ones
     */
    public static ArticlePipeline create(LanguageAnnotator language, List<Path> actorFiles) {
        return new ArticlePipeline(language, actorResolver(actorFiles),
                (document, actors) -> List.of(),
                (document, actors, quotes) -> List.of());
    }

    /** The actors stage the pipeline uses, on its own for evaluations that compare it with others. */
    public static ActorResolver actorResolver(List<Path> actorFiles) {
        return new DictionaryActorResolver(ActorDictionaries.load(actorFiles));
    }
}
