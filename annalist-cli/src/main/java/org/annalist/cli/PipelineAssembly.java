package org.annalist.cli;

import org.annalist.actors.DictionaryActorResolver;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.events.DependencyEventCoder;
import org.annalist.events.ontology.EventOntology;
import org.annalist.events.patterns.PatternDictionary;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.LanguageAnnotator;
import org.annalist.pipeline.AnnalistVersion;
import org.annalist.pipeline.ArticlePipeline;

/** Builds the pipeline the commands run, from their options: the one place stages are wired. */
final class PipelineAssembly {

    private PipelineAssembly() {}

    static ArticlePipeline pipeline(LanguageAnnotator language, PipelineOptions options) {
        ActorDictionaries actorDictionaries = ActorDictionaries.load(options.actorFiles);
        return new ArticlePipeline(language, new DictionaryActorResolver(actorDictionaries), (document, actors) -> java.util.List.of(),
                eventCoder(options, actorDictionaries));
    }

    /** The event coder with the bundled ontology and patterns, then the user's pattern files. */
    static DependencyEventCoder eventCoder(PipelineOptions options, ActorDictionaries actorDictionaries) {
        EventOntology ontology = EventOntology.bundled();
        return new DependencyEventCoder(ontology, PatternDictionary.load(options.patternFiles, ontology),
                WordLists.bundled(ontology), actorDictionaries.places(), AnnalistVersion.get());
    }
}
