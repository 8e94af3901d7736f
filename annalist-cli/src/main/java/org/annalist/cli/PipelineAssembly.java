package org.annalist.cli;

import org.annalist.actors.DictionaryActorResolver;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.language.LanguageAnnotator;
import org.annalist.pipeline.ArticlePipeline;

/** Builds the pipeline the commands run, from their options: the one place stages are wired. */
final class PipelineAssembly {

    private PipelineAssembly() {}

    static ArticlePipeline pipeline(LanguageAnnotator language, PipelineOptions options) {
        return new ArticlePipeline(language, new DictionaryActorResolver(ActorDictionaries.load(options.actorFiles)), (document, actors) -> java.util.List.of(),
                (document, actors, quotes) -> java.util.List.of());
    }
}
