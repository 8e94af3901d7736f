package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annalist.confidence.ConfidenceScoring;
import org.annalist.actors.ActorResolver;
import org.annalist.actors.NamedEntityGrouping;
import org.annalist.evaluation.ActorScorer;
import org.annalist.evaluation.ConfidenceCalibration;
import org.annalist.evaluation.CoreferenceScorer;
import org.annalist.evaluation.Counts;
import org.annalist.evaluation.EventScorer;
import org.annalist.evaluation.GoldArticle;
import org.annalist.evaluation.GoldSet;
import org.annalist.evaluation.GoldSetReader;
import org.annalist.evaluation.GumDocument;
import org.annalist.evaluation.GumEvaluation;
import org.annalist.evaluation.GumReader;
import org.annalist.evaluation.QuoteScorer;
import org.annalist.evaluation.RulePrecision;
import org.annalist.language.LanguageAnnotator;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.pipeline.PipelineFactory;
import org.annalist.pipeline.CodedArticle;
import org.annalist.pipeline.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code annalist eval}: codes gold-annotated articles and scores actors, quotes and events. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {
            "Scores Annalist against gold sets: its own JSON Lines gold (entities, quotes, events) or the PLOVER gold standard records.",
            "Own gold keeps its articles in articles/ beside it; the PLOVER records are a JSON array with their texts. Events match on PLOVER type and the actor and recipient country codes (a second, stricter figure adds sectors); of the matched events, the share with the gold's date, CAMEO code and root, aux, and (PLOVER records) mode and context is printed as 'found events, attributes right'; see docs/accuracy.md.",
            "--by-confidence prints, per band of the events' confidence, how many events fell in it and the share matched to gold (the calibration); --min-confidence P scores only the events of confidence P or more (default: code's, " + ConfidenceScoring.DEFAULT_MINIMUM + "; 0 for all).",
            "--errors lists every miss; after each missed event, why: 'coded as TYPE [..] -> [..] (rule)' (the sentence was coded as another type or between other parties), 'rejected RULE (REASON)' (a pattern of the gold type gave no event, and the DecisionReason), 'no trigger' (with the evidence's verb and noun lemmas no pattern knows) or 'sentence not found'; then the misses per diagnosis, and each wrong attribute of a found event ('attribute  date 2026-03-10 coded 2026-03-11 in …').",
            "--by-rule prints, per pattern rule id (an event's rule), the events it produced, how many matched a gold event (the same matching as the events F1) and its precision, most false positives first: per gold file, and for all gold files together when there are several.",
            "--by-path prints, per path that filled an event's actor or recipient (the derivation's actor_found_by / recipient_found_by, event ids as vN; '(no recipient)' for none), the events it filled, how many matched gold, the precision, and of the unmatched how many missed a gold event only by that role ('only': type and the other role right, so another path could have won it) and, for recipients, how many would have matched with no recipient ('empty').",
            "--gum scores entity grouping (within-article coreference of persons, organisations and places) against the GUM corpus's gold coreference, for the dictionary resolver and the named-entity baseline."})
final class EvalCommand implements Callable<Integer> {

    private final LanguageFactory languages;

    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--gold", paramLabel = "FILE",
            description = "A gold file; repeat for several, e.g. --gold evaluation/events/gold.jsonl --gold ../shared/data/plover-gsr/PLOVER_GSR_dev.json")
    List<Path> goldFiles = new ArrayList<>();

    @Option(names = "--gum", paramLabel = "DIR",
            description = "A folder of GUM CoNLL-U files with gold coreference, e.g. --gum ../shared/data/gum-news")
    Path gumFolder;

    @Option(names = "--errors", description = "List every missed, spurious or wrongly coded item after the scores; after each missed event, why it was missed (no trigger, rejected RULE (REASON), coded as TYPE [..] -> [..] (RULE), sentence not found), and the misses per diagnosis.")
    boolean errors;

    @Option(names = "--by-rule", description = "Per pattern rule id: events produced, matched to gold (type + actor/recipient codes), precision and false positives, most false positives first; per gold file and, with several, for all together.")
    boolean byRule;

    @Option(names = "--by-path", description = "Per role-filling path of the actor and of the recipient (the event's actor_found_by / recipient_found_by): events it filled, matched to gold, precision, false positives; of those, how many missed a gold event only by that role ('only') and, for recipients, how many would have matched with no recipient ('empty'); per gold file and, with several, for all together.")
    boolean byPath;

    @Option(names = "--by-confidence", description = "Per confidence band (0.2 wide): events, their mean confidence and the share matched to gold; per gold file and, with several, for all together.")
    boolean byConfidence;

    @Option(names = "--min-confidence", paramLabel = "P", defaultValue = ConfidenceScoring.DEFAULT_MINIMUM,
            description = "Score only the events whose confidence is at least P, as annalist code puts them in events (default: ${DEFAULT-VALUE}, "
                    + "code's default); 0 scores every coded event.")
    double minimumConfidence;

    /** The calibration tally over every gold file scored so far. */
    private final ConfidenceCalibration calibrationOverAll = new ConfidenceCalibration();

    /** The per-rule tally over every gold file scored so far (for --by-rule with several gold files). */
    private final Map<String, Counts> byRuleOverAll = new java.util.TreeMap<>();

    /** The per-path tally over every gold file scored so far (for --by-path with several gold files). */
    private final Map<String, org.annalist.evaluation.PathPrecision> byPathOverAll = new java.util.TreeMap<>();

    /** Missed events per diagnosis over every gold file scored so far (for --errors with several gold files). */
    private final Map<String, Integer> diagnosesOverAll = new java.util.TreeMap<>();

    EvalCommand(LanguageFactory languages) {
        this.languages = languages;
    }

    @Override
    public Integer call() throws Exception {
        if (goldFiles.isEmpty() && gumFolder == null) {
            throw new ParameterException(spec.commandLine(), "give at least one --gold FILE or --gum DIR");
        }
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper();
        LanguageAnnotator language = languages.create(pipelineOptions.languageSettings());
        PipelineFactory.Stages stages = PipelineAssembly.stages(pipelineOptions);
        if (gumFolder != null) {
            reportGum(language, stages.actors(), out);
        }
        RememberingLanguage annotations = new RememberingLanguage(language);
        ArticlePipeline pipeline = stages.pipeline(errors ? annotations : language);
        for (Path goldFile : goldFiles) {
            GoldSet goldSet = new GoldSetReader(mapper).read(goldFile);
            List<GoldArticle> gold = goldSet.articles();
            GoldArticleCoding.Result run = GoldArticleCoding.code(pipeline, pipelineOptions.batchSettings(), goldSet, spec.commandLine().getErr());
            Map<String, CodedArticle> coded = run.coded();
            RunSummary summary = run.summary();
            out.printf(Locale.ROOT, "%n%s: %d articles, coded %d, rejected %d%n", goldFile, gold.size(), summary.coded(), summary.rejected());
            report(goldSet, coded, new MissedEventDiagnoses(stages, annotations, goldSet, coded, minimumConfidence), out);
            annotations.forget();
        }
        if (byConfidence && goldFiles.size() > 1) {
            out.printf(Locale.ROOT, "%nall %d gold files: events by confidence%n", goldFiles.size());
            calibrationOverAll.lines().forEach(line -> out.println("    " + line));
        }
        if (byRule && goldFiles.size() > 1 && !byRuleOverAll.isEmpty()) {
            out.printf(Locale.ROOT, "%nall %d gold files: events by rule%n", goldFiles.size());
            printByRule(byRuleOverAll, out);
        }
        if (byPath && goldFiles.size() > 1 && !byPathOverAll.isEmpty()) {
            out.printf(Locale.ROOT, "%nall %d gold files: events by path%n", goldFiles.size());
            printByPath(byPathOverAll, out);
        }
        if (errors && goldFiles.size() > 1 && !diagnosesOverAll.isEmpty()) {
            out.printf(Locale.ROOT, "%nall %d gold files: %s%n", goldFiles.size(), diagnosisSummary(diagnosesOverAll));
        }
        out.flush();
        return 0;
    }

    private void report(GoldSet gold, Map<String, CodedArticle> coded, MissedEventDiagnoses diagnoses, PrintWriter out) {
        EventScorer events = new EventScorer(gold::asGoldCode);
        ActorScorer actors = new ActorScorer();
        QuoteScorer quotes = new QuoteScorer();
        boolean anyEvents = false;
        boolean anyActors = false;
        boolean anyQuotes = false;
        ConfidenceCalibration calibration = new ConfidenceCalibration();
        for (GoldArticle article : gold.articles()) {
            CodedArticle result = coded.get(article.article().id());
            if (result == null) {
                continue;
            }
            if (article.events() != null) {
                // every coded event, withheld or not: the calibration is of the model, not of the filter
                calibration.add(article.events(), result.events(), gold::asGoldCode);
            }
            if (minimumConfidence > 0) {
                result = withConfidenceAtLeast(result, minimumConfidence);
            }
            if (article.events() != null) {
                events.add(article.events(), result);
                anyEvents = true;
            }
            if (article.entities() != null) {
                actors.add(article.entities(), result);
                anyActors = true;
            }
            if (article.quotes() != null) {
                quotes.add(article.quotes(), result);
                anyQuotes = true;
            }
        }
        if (anyActors) {
            out.printf(Locale.ROOT, "  persons        %4d  found %.3f  country accuracy %.3f  sector accuracy %.3f%n",
                    actors.persons(), actors.personsFound(), actors.personCountryAccuracy(), actors.personSectorAccuracy());
            out.printf(Locale.ROOT, "  organisations  %4d  found %.3f  code accuracy %.3f%n",
                    actors.organisations(), actors.organisationsFound(), actors.organisationCodeAccuracy());
        }
        if (anyQuotes) {
            printQuotes("direct quotes  ", quotes.direct(), out);
            printQuotes("indirect quotes", quotes.indirect(), out);
        }
        if (anyEvents) {
            out.println("  events (type + actor/recipient codes):  " + events.loose().summary());
            out.println("  events, sectors too:                    " + events.strict().summary());
            if (!events.attributes().tallies().isEmpty()) {
                out.println("  found events, attributes right:         " + events.attributes().summary());
            }
            out.println("  per event type:");
            events.byType().forEach((type, counts) -> out.printf(Locale.ROOT, "    %-10s %s%n", type, counts.summary()));
            events.byRule().forEach((rule, counts) -> byRuleOverAll.merge(rule, counts, Counts::plus));
            calibrationOverAll.add(calibration);
            if (byConfidence) {
                out.println("  events by confidence:");
                calibration.lines().forEach(line -> out.println("    " + line));
            }
            if (byRule) {
                out.println("  events by rule:");
                printByRule(events.byRule(), out);
            }
            events.byPath().forEach((path, row) -> byPathOverAll.merge(path, row, org.annalist.evaluation.PathPrecision::plus));
            if (byPath) {
                out.println("  events by path:");
                printByPath(events.byPath(), out);
            }
        }
        if (errors) {
            out.println("  errors:");
            actors.mistakes().forEach(line -> out.println("    actor  " + line));
            quotes.mistakes().forEach(line -> out.println("    quote  " + line));
            events.mismatches().forEach(m -> {
                out.println("    event  " + m.article() + ": " + m.kind() + " " + m.description());
                if (m.gold() != null) {
                    out.println("           why: " + diagnoses.explain(m.article(), m.gold()));
                }
            });
            events.attributes().mistakes().forEach(line -> out.println("    attribute  " + line));
            if (!diagnoses.tally().isEmpty()) {
                out.println("  " + diagnosisSummary(diagnoses.tally()));
                diagnoses.tally().forEach((diagnosis, count) -> diagnosesOverAll.merge(diagnosis, count, Integer::sum));
            }
        }
    }

    /** The coded article without the events whose confidence is below the minimum (events without one are kept). */
    private static CodedArticle withConfidenceAtLeast(CodedArticle coded, double minimum) {
        List<org.annalist.events.Event> kept = coded.events().stream()
                .filter(event -> event.reportedAt(minimum))
                .toList();
        return new CodedArticle(coded.article(), coded.entities(), coded.quotes(), kept, coded.times(), coded.sentenceCount(),
                coded.tokenCount(), coded.warnings());
    }

    /** "missed events by diagnosis: no trigger 12, rejected NO_CODED_ACTOR 3, ...", most frequent first. */
    private static String diagnosisSummary(Map<String, Integer> tally) {
        return "missed events by diagnosis: " + tally.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static void printByRule(Map<String, Counts> tally, PrintWriter out) {
        out.println("    " + RulePrecision.heading());
        RulePrecision.byFalsePositives(tally).forEach(row -> out.println("    " + row.line()));
    }

    private static void printByPath(Map<String, org.annalist.evaluation.PathPrecision> tally, PrintWriter out) {
        out.println("    " + org.annalist.evaluation.PathPrecision.heading());
        org.annalist.evaluation.PathPrecision.byFalsePositives(tally).forEach(row -> out.println("    " + row.line()));
    }

    private void reportGum(LanguageAnnotator language, ActorResolver pipelineActors, PrintWriter out) {
        List<GumDocument> documents = new GumReader().readFolder(gumFolder);
        Map<String, ActorResolver> resolvers = new LinkedHashMap<>();
        resolvers.put("dictionary resolver", pipelineActors);
        resolvers.put("baseline (one entity per named-entity text)", new NamedEntityGrouping());
        Map<String, CoreferenceScorer> scores = new GumEvaluation(language, resolvers)
                .score(documents, failure -> spec.commandLine().getErr().println("annalist: failed " + failure));
        out.printf(Locale.ROOT, "%n%s: %d GUM documents; entity grouping of persons, organisations and places%n", gumFolder, documents.size());
        scores.forEach((label, score) -> {
            out.printf(Locale.ROOT, "  %s, %d documents scored:%n", label, score.documents());
            out.println("    MUC      " + score.muc().summary());
            out.println("    B3       " + score.bCubed().summary());
            out.println("    CEAF-e   " + score.ceafEntity().summary());
            out.printf(Locale.ROOT, "    CoNLL F1 %.3f (mean of the three)%n", score.conllF1());
            out.printf(Locale.ROOT, "    gold actor mentions found: names %s, pronouns %s, others %s%n",
                    detection(score.named()), detection(score.pronouns()), detection(score.others()));
            out.printf(Locale.ROOT, "    system mentions %d, of which paired with a gold mention of any type %d%n",
                    score.systemMentions(), score.systemMentionsAligned());
        });
    }

    private static String detection(CoreferenceScorer.Detection detection) {
        return String.format(Locale.ROOT, "%.3f (%d/%d)", detection.recall(), detection.found(), detection.gold());
    }

    private static void printQuotes(String label, QuoteScorer.Tally tally, PrintWriter out) {
        out.printf(Locale.ROOT, "  %s %4d  found %.3f  speaker accuracy %.3f (%.3f of those found)  wrong speakers %d  not in the gold %d of %d%n",
                label, tally.gold(), tally.recall(), tally.speakerAccuracy(), tally.speakerAccuracyWhenFound(), tally.wrongSpeakers(),
                tally.notInGold(), tally.coded());
    }

}
