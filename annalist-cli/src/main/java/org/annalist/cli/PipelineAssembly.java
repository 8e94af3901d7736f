package org.annalist.cli;

import java.util.List;
import org.annalist.actors.ActorResolver;
import org.annalist.actors.DictionaryActorResolver;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.events.DependencyEventCoder;
import org.annalist.events.ontology.EventOntology;
import org.annalist.events.patterns.PatternDictionary;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.LanguageAnnotator;
import org.annalist.pipeline.AnnalistVersion;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.quotes.QuoteAttributor;

/** Builds the pipeline the commands run, from their options: the one place stages are wired. */
final class PipelineAssembly {

    /** The stages after the language layer, each built once from the options. */
    record Stages(ActorResolver actors, QuoteAttributor quotes, DependencyEventCoder events) {}

    private PipelineAssembly() {}

    static ArticlePipeline pipeline(LanguageAnnotator language, PipelineOptions options) {
        Stages stages = stages(options);
        return new ArticlePipeline(language, stages.actors(), stages.quotes(), stages.events());
    }

    static Stages stages(PipelineOptions options) {
        ActorDictionaries actorDictionaries = ActorDictionaries.load(options.actorFiles);
        EventOntology ontology = EventOntology.bundled();
        DependencyEventCoder events = new DependencyEventCoder(ontology, PatternDictionary.load(options.patternFiles, ontology),
                WordLists.bundled(ontology), actorDictionaries.places(), AnnalistVersion.get());
        return new Stages(new DictionaryActorResolver(actorDictionaries), (document, actors) -> List.of(), events);
    }

    /** The actors stage the pipeline uses, on its own for evaluations that compare it with others. */
    static ActorResolver actorResolver(PipelineOptions options) {
        return new DictionaryActorResolver(ActorDictionaries.load(options.actorFiles));
    }
}
