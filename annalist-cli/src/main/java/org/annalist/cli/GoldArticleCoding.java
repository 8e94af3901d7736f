package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annalist.evaluation.GoldArticle;
import org.annalist.evaluation.GoldSet;
import org.annalist.evaluation.GoldSetReader;
import org.annalist.input.ReadResult;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.pipeline.BatchRunner;
import org.annalist.pipeline.BatchSettings;
import org.annalist.pipeline.CodedArticle;
import org.annalist.pipeline.Outcome;
import org.annalist.pipeline.RunSummary;

/**
 * Codes every article of a gold set through the batch runner, for the commands that compare the
 * output with the gold (eval, train-confidence, train-recipients): the coded articles by id, and each rejection
 * printed as one line, so a gold article that could not be coded is never silently unscored.
 */
final class GoldArticleCoding {

    /** The coded articles by article id, and the run's counts. */
    record Result(Map<String, CodedArticle> coded, RunSummary summary) {}

    /**
     * A gold article with events, as the pipeline coded it: what the training commands learn from.
     *
     * @param set the gold set's name ({@link #setName}), the fold it falls in
     * @param asGoldCode how a system code reads in the gold set's conventions
     */
    record CodedGold(String set, GoldArticle gold, CodedArticle coded, UnaryOperator<String> asGoldCode) {}

    private GoldArticleCoding() {}

    /** Reads and codes the gold files: their articles that have gold events and were coded, file by file in their order. */
    static List<CodedGold> codeArticlesWithEvents(ArticlePipeline pipeline, BatchSettings settings, List<Path> goldFiles, PrintWriter err)
            throws IOException {
        List<CodedGold> articles = new ArrayList<>();
        for (Path goldFile : goldFiles) {
            articles.addAll(codeArticlesWithEvents(pipeline, settings, goldFile, err));
        }
        return articles;
    }

    /** Reads and codes a gold file: its articles that have gold events and were coded, in the file's order. */
    static List<CodedGold> codeArticlesWithEvents(ArticlePipeline pipeline, BatchSettings settings, Path goldFile, PrintWriter err)
            throws IOException {
        GoldSet goldSet = new GoldSetReader(new ObjectMapper()).read(goldFile);
        Map<String, CodedArticle> coded = code(pipeline, settings, goldSet, err).coded();
        String set = setName(goldFile);
        List<CodedGold> articles = new ArrayList<>();
        for (GoldArticle article : goldSet.articles()) {
            CodedArticle result = coded.get(article.article().id());
            if (result != null && article.events() != null) {
                articles.add(new CodedGold(set, article, result, goldSet::asGoldCode));
            }
        }
        return articles;
    }

    /** "wire3" for evaluation/wire3/gold.jsonl, the file's name for others ("PLOVER_GSR_dev.json"). */
    static String setName(Path goldFile) {
        String file = goldFile.getFileName().toString();
        Path parent = goldFile.toAbsolutePath().normalize().getParent();
        return file.equals("gold.jsonl") && parent != null && parent.getFileName() != null ? parent.getFileName().toString() : file;
    }

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
