package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.confidence.ConfidenceModel;
import org.annalist.confidence.training.ConfidenceTrainer;
import org.annalist.confidence.training.LeaveOneSetOut;
import org.annalist.confidence.training.LogisticRegression;
import org.annalist.confidence.training.TrainingArticle;
import org.annalist.confidence.training.WeightsFile;
import org.annalist.evaluation.Counts;
import org.annalist.pipeline.ArticlePipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code annalist train-confidence}: learns the event confidence weights from gold sets, and
 * cross-validates them. A user command, not a developer tool, because the weights are knowledge
 * like the patterns: a user who adds patterns or annotates their own gold retrains them, and
 * passes the file to the other commands with {@code --confidence-weights}.
 */
@Command(name = "train-confidence", mixinStandardHelpOptions = true,
        description = {
            "Learns the weights of the event confidence model (dictionaries/events/confidence-weights.tsv) from gold sets.",
            "Codes every gold article, labels each coded event right when the evaluation's matching pairs it with a gold event (type + actor/recipient codes, as in eval), and fits an L2-regularised logistic regression (LIBLINEAR) over the events' features: rule, event type, how actor and recipient were found, mention kinds, modality, quotation, lead paragraph or later (docs/events.md, \"Confidence\").",
            "--cross-validate holds out each gold set in turn (at least three): F1 without a filter and with the events below a threshold dropped, the threshold chosen on the other sets only; then the calibration of the held-out estimates."})
final class TrainConfidenceCommand implements Callable<Integer> {

    private final LanguageFactory languages;

    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--gold", paramLabel = "FILE", required = true,
            description = "A gold file with events (own JSON Lines gold or PLOVER records, as for eval); repeat for several. Each is one fold of the cross-validation.")
    List<Path> goldFiles = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Write the weights learnt from all gold files here (TSV: feature, weight, events).")
    Path out;

    @Option(names = "--cross-validate", description = "Report leave-one-gold-set-out cross-validation: per held-out set F1 without and with a confidence filter, and the calibration.")
    boolean crossValidate;

    @Option(names = "--cost", paramLabel = "C", defaultValue = "0.4",
            description = "LIBLINEAR's C: how much the data weighs against the L2 penalty; smaller keeps rare features' weights nearer 0 (default: ${DEFAULT-VALUE}).")
    double cost;

    @Option(names = "--examples-out", paramLabel = "FILE",
            description = "Write the training examples here, one coded event a line: set, article, event id, matched (1/0), its features separated by '|'.")
    Path examplesOut;

    @Option(names = "--leave-out", paramLabel = "GROUP", split = ",",
            description = "Leave out the features of these groups (the part before '=': rule, type, actor.path…), to measure what a group adds.")
    List<String> leftOut = new ArrayList<>();

    TrainConfidenceCommand(LanguageFactory languages) {
        this.languages = languages;
    }

    @Override
    public Integer call() throws Exception {
        GoldTraining.requireOutOrCrossValidation(spec, out, crossValidate);
        PrintWriter output = spec.commandLine().getOut();
        ArticlePipeline pipeline = GoldTraining.pipelineBefore(GoldTraining.TrainedStage.CONFIDENCE, languages, pipelineOptions);
        List<TrainingArticle> articles = code(pipeline);
        long events = articles.stream().mapToLong(article -> article.events().size()).sum();
        long right = articles.stream().mapToLong(article -> count(article.labels())).sum();
        output.printf(Locale.ROOT, "%d gold articles with events, %d coded events, %d of them matched to gold (%.3f)%n",
                articles.size(), events, right, events == 0 ? 0.0 : (double) right / events);
        if (examplesOut != null) {
            writeExamples(articles, examplesOut);
        }
        ConfidenceTrainer trainer = new ConfidenceTrainer(new LogisticRegression(cost));
        if (crossValidate) {
            report(new LeaveOneSetOut(trainer).run(articles), output);
        }
        if (out != null) {
            List<ConfidenceModel.Weight> weights = trainer.train(articles);
            List<String> comments = new ArrayList<>();
            comments.add("Event confidence weights: the log-odds each feature adds to an event's chance of being right (docs/events.md, \"Confidence\").");
            comments.add("Written by: annalist train-confidence --cost " + cost
                    + (leftOut.isEmpty() ? "" : " --leave-out " + String.join(",", leftOut))
                    + GoldTraining.goldArguments(goldFiles));
            comments.add(String.format(Locale.ROOT, "Trained on %d coded events of %d gold articles, %d matched to gold.", events, articles.size(), right));
            comments.add("Columns: feature (group=value, see dictionaries/README.md); weight (log-odds); events (training events that had it).");
            comments.add("A feature missing from this file weighs 0. Retrain after changing patterns rather than editing weights by hand.");
            Files.writeString(out, WeightsFile.write(comments, weights), StandardCharsets.UTF_8);
            ConfidenceModel.file(out);
            output.printf(Locale.ROOT, "wrote %d weights to %s%n", weights.size(), out);
        }
        output.flush();
        return 0;
    }

    /** The gold articles with events as the pipeline coded them, without the left-out feature groups. */
    private List<TrainingArticle> code(ArticlePipeline pipeline) throws java.io.IOException {
        List<TrainingArticle> articles = new ArrayList<>();
        for (GoldArticleCoding.CodedGold article : GoldArticleCoding.codeArticlesWithEvents(pipeline, pipelineOptions.batchSettings(), goldFiles,
                spec.commandLine().getErr())) {
            TrainingArticle training = TrainingArticle.of(article.set(), article.gold().events(), article.coded(), article.asGoldCode());
            articles.add(leftOut.isEmpty() ? training : training.without(leftOut));
        }
        return articles;
    }

    private static void writeExamples(List<TrainingArticle> articles, Path file) throws java.io.IOException {
        StringBuilder text = new StringBuilder("set\tarticle\tevent\tmatched\tfeatures\n");
        for (TrainingArticle article : articles) {
            boolean[] labels = article.labels();
            for (int i = 0; i < labels.length; i++) {
                text.append(article.set()).append('\t').append(article.events().get(i).provenance() == null ? "" : article.events().get(i).provenance().articleId())
                        .append('\t').append(article.events().get(i).id()).append('\t').append(labels[i] ? 1 : 0).append('\t')
                        .append(String.join("|", article.features().get(i))).append('\n');
            }
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void report(LeaveOneSetOut.Report report, PrintWriter output) {
        output.println();
        output.println("leave-one-gold-set-out: held-out set, F1 without a filter, threshold chosen on the other sets, F1 with it");
        output.printf(Locale.ROOT, "  %-22s %-38s %9s  %s%n", "held out", "no filter", "threshold", "filtered");
        Counts unfiltered = Counts.ZERO;
        Counts filtered = Counts.ZERO;
        for (LeaveOneSetOut.Fold fold : report.folds()) {
            output.printf(Locale.ROOT, "  %-22s %-38s %9.2f  %s%n", fold.set(), line(fold.unfiltered()), fold.threshold(), line(fold.filtered()));
            unfiltered = unfiltered.plus(fold.unfiltered());
            filtered = filtered.plus(fold.filtered());
        }
        output.printf(Locale.ROOT, "  %-22s %-38s %9s  %s%n", "all (pooled)", line(unfiltered), "", line(filtered));
        output.printf(Locale.ROOT, "  threshold chosen on all held-out estimates together: %.2f%n", report.threshold());
        output.println();
        output.println("calibration of the held-out estimates: band, events, mean estimate, share matched to gold");
        for (LeaveOneSetOut.Band band : report.bands()) {
            output.printf(Locale.ROOT, "  %.1f-%.1f  %5d  %.3f  %.3f%n", band.from(), band.to(), band.events(), band.meanEstimate(), band.precision());
        }
        output.printf(Locale.ROOT, "held-out log-loss %.4f (a constant estimate, the training share of right events: %.4f)%n",
                report.logLoss(), report.baselineLogLoss());
    }

    private static String line(Counts counts) {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (%d/%d/%d)", counts.precision(), counts.recall(), counts.f1(),
                counts.truePositives(), counts.falsePositives(), counts.falseNegatives());
    }

    private static long count(boolean[] labels) {
        long count = 0;
        for (boolean label : labels) {
            count += label ? 1 : 0;
        }
        return count;
    }
}
