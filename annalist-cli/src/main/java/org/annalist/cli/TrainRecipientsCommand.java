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
import org.annalist.confidence.training.WeightsFile;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.reranking.training.RecipientCrossValidation;
import org.annalist.reranking.training.RecipientExample;
import org.annalist.reranking.training.RecipientTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code annalist train-recipients}: learns, from gold sets, which of an event's candidate
 * recipients (the rules' choice, none, a coded party nearby) is right, and cross-validates it. A
 * user command like {@code train-confidence}: the weights describe the recipient rules they were
 * learnt on, so a user who changes those retrains them.
 */
@Command(name = "train-recipients", mixinStandardHelpOptions = true,
        description = {"Learns the recipient reranker's weights (dictionaries/events/recipient-weights.tsv) from gold sets: codes every gold article without the reranker, keeps the events eval pairs with a gold event on type and actor, and fits a logistic regression over their candidate recipients (the rules' choice, none, a coded party of the sentence or the two before; docs/events.md, \"Recipient reranking\").",
            "The cost and the margin by which another candidate must beat the rules' choice are chosen by leave-one-gold-set-out; --cross-validate reports per held-out set the recipients fixed and broken with both chosen on the other sets only."})
final class TrainRecipientsCommand implements Callable<Integer> {

    private final LanguageFactory languages;

    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--gold", paramLabel = "FILE", required = true, description = "A gold file with events; repeat for several. Each is one fold.")
    List<Path> goldFiles = new ArrayList<>();

    @Option(names = "--cross-validate", description = "Report leave-one-gold-set-out cross-validation: per held-out set the cost and margin chosen on the other sets, recipients fixed and broken.")
    boolean crossValidate;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the weights learnt from all gold files here, cost and margin chosen by leave-one-set-out over them (TSV: feature, weight, events).")
    Path out;

    TrainRecipientsCommand(LanguageFactory languages) {
        this.languages = languages;
    }

    @Override
    public Integer call() throws Exception {
        GoldTraining.requireOutOrCrossValidation(spec, out, crossValidate);
        PrintWriter output = spec.commandLine().getOut();
        ArticlePipeline pipeline = GoldTraining.pipelineBefore(GoldTraining.TrainedStage.RECIPIENT_RERANKING, languages, pipelineOptions);
        List<RecipientExample> examples = new ArrayList<>();
        for (GoldArticleCoding.CodedGold article : GoldArticleCoding.codeArticlesWithEvents(pipeline, pipelineOptions.batchSettings(),
                goldFiles, spec.commandLine().getErr())) {
            examples.addAll(RecipientExample.of(article.set(), article.gold().events(), article.coded(), article.asGoldCode()));
        }
        long ruleRight = examples.stream().filter(RecipientExample::ruleRight).count();
        long anyRight = examples.stream().filter(example -> example.positive().contains(true)).count();
        output.printf(Locale.ROOT, "%d events paired with gold on type and actor and with more than one candidate; rules' recipient right on %d, some candidate right on %d%n",
                examples.size(), ruleRight, anyRight);
        if (crossValidate) {
            crossValidate(examples, output);
        }
        if (out != null) {
            double[] chosen = new RecipientCrossValidation().choose(examples);
            List<ConfidenceModel.Weight> weights = RecipientTrainer.train(examples, chosen[0], chosen[1]);
            List<String> comments = List.of(
                    "Recipient reranker weights: the log-odds each feature adds to a candidate recipient's chance of being the gold one (docs/events.md, \"Recipient reranking\").",
                    "Written by: annalist train-recipients" + GoldTraining.goldArguments(goldFiles),
                    String.format(Locale.ROOT, "Trained on %d events paired with gold on type and actor (rules' recipient right on %d); cost C %.2f and margin chosen by leave-one-set-out.",
                            examples.size(), ruleRight, chosen[0]),
                    "Columns: feature (group=value, see org.annalist.reranking.RecipientFeatures); weight (log-odds); events (candidates that had it).",
                    "The row \"margin\" is no feature: another candidate replaces the rules' recipient only when it outscores it by more than this.",
                    "Retrain with annalist train-recipients --out after changing patterns or recipient rules rather than editing weights by hand.");
            Files.writeString(out, WeightsFile.write(comments, weights), StandardCharsets.UTF_8);
            output.printf(Locale.ROOT, "wrote %d weights (C %.2f, margin %.1f) to %s%n", weights.size(), chosen[0], chosen[1], out);
        }
        output.flush();
        return 0;
    }

    private static void crossValidate(List<RecipientExample> examples, PrintWriter output) {
        output.printf(Locale.ROOT, "  %-22s %6s %6s %6s %6s %6s %6s %6s%n", "held out", "C", "margin", "events", "right", "fixed", "broken", "changed");
        int fixed = 0;
        int broken = 0;
        for (RecipientCrossValidation.Fold fold : new RecipientCrossValidation().run(examples)) {
            output.printf(Locale.ROOT, "  %-22s %6.2f %6.1f %6d %6d %6d %6d %6d%n", fold.set(), fold.cost(), fold.margin(), fold.events(),
                    fold.ruleRight(), fold.fixed(), fold.broken(), fold.changed());
            output.flush();
            fixed += fold.fixed();
            broken += fold.broken();
        }
        output.printf(Locale.ROOT, "total fixed %d broken %d net %d%n", fixed, broken, fixed - broken);
        output.println("plain leave-one-set-out at C 1.0, all held-out events: margin, fixed, broken, changed");
        List<RecipientCrossValidation.Tally> curve = new RecipientCrossValidation().byMargin(examples, 1.0);
        for (int m = 0; m < curve.size(); m++) {
            output.printf(Locale.ROOT, "  %6.1f %5d %5d %5d%n", RecipientCrossValidation.MARGINS.get(m), curve.get(m).fixed(),
                    curve.get(m).broken(), curve.get(m).changed());
        }
        output.flush();
    }
}
