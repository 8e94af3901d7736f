package org.annalist.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import org.annalist.evaluation.GoldSet;
import org.annalist.input.ReadResult;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.pipeline.BatchRunner;
import org.annalist.pipeline.BatchSettings;
import org.annalist.pipeline.CodedArticle;
import org.annalist.pipeline.Outcome;
import org.annalist.pipeline.RunSummary;

/**
 * Codes every article of a gold set through the batch runner, for the commands that compare the
 * output with the gold (eval, train-confidence): the coded articles by id, and each rejection
 * printed as one line, so a gold article that could not be coded is never silently unscored.
 */
final class GoldArticleCoding {

    /** The coded articles by article id, and the run's counts. */
    record Result(Map<String, CodedArticle> coded, RunSummary summary) {}

    private GoldArticleCoding() {}

    static Result code(ArticlePipeline pipeline, BatchSettings settings, GoldSet goldSet, PrintWriter err) {
        Map<String, CodedArticle> coded = new HashMap<>();
        RunSummary summary = new BatchRunner(pipeline, settings).run(
                goldSet.articles().stream().<ReadResult>map(gold -> new ReadResult.Read(gold.article())).iterator(),
                outcome -> {
                    if (outcome instanceof Outcome.Coded ok) {
                        coded.put(ok.article().article().id(), ok.article());
                    } else {
                        err.println("annalist: rejected " + ((Outcome.Rejected) outcome).rejection().message());
                    }
                },
                done -> { });
        return new Result(coded, summary);
    }
}
