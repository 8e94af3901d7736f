package org.annalist.cli;

import org.annalist.actors.ActorResolver;
import org.annalist.language.LanguageAnnotator;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.pipeline.PipelineFactory;

/**
 * Builds the pipeline the commands run from their options. The stages are wired in
 * {@link PipelineFactory}, the one place shared with the Spark job.
 */
final class PipelineAssembly {

    private PipelineAssembly() {}

    static ArticlePipeline pipeline(LanguageAnnotator language, PipelineOptions options) {
        return PipelineFactory.create(language, userFiles(options));
    }

    static PipelineFactory.Stages stages(PipelineOptions options) {
        return PipelineFactory.stages(userFiles(options));
    }

    /** The actors stage the pipeline uses, on its own for evaluations that compare it with others. */
    static ActorResolver actorResolver(PipelineOptions options) {
        return PipelineFactory.actorResolver(options.actorFiles);
    }

    private static PipelineFactory.UserFiles userFiles(PipelineOptions options) {
        return new PipelineFactory.UserFiles(options.actorFiles, options.patternFiles);
    }
}
