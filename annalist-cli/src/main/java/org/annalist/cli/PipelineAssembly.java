package org.annalist.cli;

import org.annalist.language.LanguageAnnotator;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.pipeline.PipelineFactory;

/** Builds the pipeline the commands run from their options; the stages are wired in {@link PipelineFactory}. */
final class PipelineAssembly {

    private PipelineAssembly() {}

    static ArticlePipeline pipeline(LanguageAnnotator language, PipelineOptions options) {
        return PipelineFactory.create(language, options.actorFiles);
    }
}
