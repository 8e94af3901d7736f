package org.annalist.cli;

import org.annalist.actors.NamedEntityGrouping;
import org.annalist.language.LanguageAnnotator;
import org.annalist.language.corenlp.CoreNlpAnnotator;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.quotes.SpeechVerbQuoteAttributor;
import org.annalist.quotes.SpeechVerbs;

/** Builds the pipeline the commands run, from their options: the one place stages are wired. */
final class PipelineAssembly {

    private PipelineAssembly() {}

    static LanguageAnnotator language(PipelineOptions options) {
        return new CoreNlpAnnotator(options.languageSettings());
    }

    static ArticlePipeline pipeline(LanguageAnnotator language, PipelineOptions options) {
        return new ArticlePipeline(language, new NamedEntityGrouping(), new SpeechVerbQuoteAttributor(SpeechVerbs.bundled()),
                (document, actors, quotes) -> java.util.List.of());
    }
}
