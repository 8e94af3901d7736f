package org.annalist.cli;

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

    private static PipelineFactory.UserFiles userFiles(PipelineOptions options) {
        return new PipelineFactory.UserFiles(options.actorFiles, options.patternFiles, options.statementFiles, options.confidenceWeights);
    }
}
