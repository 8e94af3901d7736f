package org.annalist.cli;

import org.annalist.actors.DictionaryActorResolver;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.language.LanguageAnnotator;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.quotes.SpeechVerbQuoteAttributor;
import org.annalist.quotes.SpeechVerbs;

/** Builds the pipeline the commands run, from their options: the one place stages are wired. */
final class PipelineAssembly {

    private PipelineAssembly() {}

    static ArticlePipeline pipeline(LanguageAnnotator language, PipelineOptions options) {
        return new ArticlePipeline(language, new DictionaryActorResolver(ActorDictionaries.load(options.actorFiles)),
                new SpeechVerbQuoteAttributor(SpeechVerbs.bundled()),
                (document, actors, quotes) -> java.util.List.of());
    }
}
