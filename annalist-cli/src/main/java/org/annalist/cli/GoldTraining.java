package org.annalist.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.pipeline.PipelineFactory;
import org.annalist.reranking.RecipientReranking;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What the commands that learn weights from gold sets (train-recipients, train-confidence) share:
 * the check that they were asked for weights or a cross-validation, the pipeline that stops
 * before the stage they train, and the command line their weights file records.
 */
final class GoldTraining {

    /** The stage whose weights a command learns: the pipeline runs every stage before it, not it or any after. */
    enum TrainedStage {
        /** The recipient reranker: the rules' recipients, neither reranked nor scored. */
        RECIPIENT_RERANKING,
        /** The event confidence: the events after the recipient reranking, before any confidence. */
        CONFIDENCE
    }

    private GoldTraining() {}

    /** Rejects a command line that asks for neither {@code --out} nor {@code --cross-validate}. */
    static void requireOutOrCrossValidation(CommandSpec spec, Path out, boolean crossValidate) {
        if (out == null && !crossValidate) {
            throw new ParameterException(spec.commandLine(), "give --out FILE, --cross-validate or both");
        }
    }

    /** The pipeline of the options up to the trained stage, never scoring confidence. */
    static ArticlePipeline pipelineBefore(TrainedStage stage, LanguageFactory languages, PipelineOptions options) {
        PipelineFactory.Stages stages = PipelineAssembly.stages(options);
        RecipientReranking reranking = stage == TrainedStage.CONFIDENCE ? stages.recipients() : null;
        return new ArticlePipeline(languages.create(options.languageSettings()), stages.actors(), stages.quotes(), stages.events(),
                reranking, null);
    }

    /** The gold files as the command line named them (" --gold a --gold b"), for a weights file's "Written by" line. */
    static String goldArguments(List<Path> goldFiles) {
        return goldFiles.stream().map(path -> " --gold " + path).collect(Collectors.joining());
    }
}
