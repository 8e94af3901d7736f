package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.actors.ActorAnalysis;
import org.annalist.confidence.ConfidenceModel;
import org.annalist.events.CodingResult;
import org.annalist.events.Decision;
import org.annalist.events.Event;
import org.annalist.events.EventParty;
import org.annalist.input.ArticleInputs;
import org.annalist.input.ReadResult;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.LanguageAnnotator;
import org.annalist.language.Sentence;
import org.annalist.language.Token;
import org.annalist.pipeline.PipelineFactory;
import org.annalist.quotes.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code annalist explain}: shows, sentence by sentence, the parse, every pattern whose head word
 * occurs, and the coder's own decision on it — the trace {@link org.annalist.events.DependencyEventCoder}
 * records while coding, not a re-run of its logic.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {
            "Explains how articles were coded, sentence by sentence.",
            "For each sentence: the dependency parse (token/POS/relation<head), the patterns whose trigger word occurs, and why each did or did not give an event (EMITTED, NEGATED, NO_ACTOR, NO_CODED_ACTOR, OUTRANKED ...; see docs/events.md).",
            "Each event is followed by its confidence and the five features that moved it most (their log-odds weights from the confidence weights file)."})
final class ExplainCommand implements Callable<Integer> {

    private final LanguageFactory languages;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Mixin
    PipelineOptions pipelineOptions;

    @picocli.CommandLine.Option(names = "--all",
            description = "Also list each pattern set aside for a missing trigger word or the wrong part of speech (counted otherwise).")
    boolean all;

    ExplainCommand(LanguageFactory languages) {
        this.languages = languages;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        LanguageAnnotator language = languages.create(pipelineOptions.languageSettings());
        PipelineFactory.Stages stages = PipelineAssembly.stages(pipelineOptions);
        int explained = 0;
        try (ArticleInputs articles = inputs.open(System.in, new ObjectMapper())) {
            while (articles.hasNext()) {
                ReadResult result = articles.next();
                if (result instanceof ReadResult.Rejected rejected) {
                    spec.commandLine().getErr().println("annalist: rejected " + rejected.rejection().message());
                    continue;
                }
                AnnotatedDocument document = language.annotate(((ReadResult.Read) result).article());
                ActorAnalysis actors = stages.actors().resolve(document);
                List<Quote> quotes = stages.quotes().attribute(document, actors);
                CodingResult coded = stages.events().codeWithDecisions(document, actors, quotes);
                CodingResult coding = new CodingResult(stages.recipients().rerank(coded.events(), actors.entities()), coded.decisions());
                String text = document.text();
                List<Event> scored = stages.confidence().score(coding.events(), actors.entities(), quotes, text);
                List<List<ConfidenceModel.Contribution>> reasons = stages.confidence().contributions(coding.events(), actors.entities(), quotes, text);
                print(out, document, new CodingResult(scored, coding.decisions()), reasons, all);
                explained++;
            }
        }
        out.flush();
        return explained > 0 ? 0 : 1;
    }

    /** How many of an event's weighed features explain prints: enough to see why, few enough to read. */
    private static final int SHOWN_CONTRIBUTIONS = 5;

    private static void print(PrintWriter out, AnnotatedDocument document, CodingResult coding,
            List<List<ConfidenceModel.Contribution>> reasons, boolean all) {
        out.println("# article " + document.article().id() + " (" + document.article().date() + "): "
                + coding.events().size() + " events");
        for (Sentence sentence : document.sentences()) {
            out.println();
            out.println("[" + sentence.index() + "] " + sentence.text());
            out.println("  parse: " + parse(sentence));
            java.util.Map<String, Integer> notApplicable = new java.util.TreeMap<>();
            for (Decision decision : coding.decisions()) {
                if (decision.sentenceIndex() != sentence.index()) {
                    continue;
                }
                if (!all && (decision.reason() == org.annalist.events.DecisionReason.TRIGGER_WORDS_MISSING
                        || decision.reason() == org.annalist.events.DecisionReason.WRONG_PART_OF_SPEECH)) {
                    notApplicable.merge("\"" + decision.trigger().text() + "\" " + decision.reason(), 1, Integer::sum);
                    continue;
                }
                out.println("  " + (decision.produced() ? "=> " + decision.eventId() + " " : "   ")
                        + decision.reason() + "  " + decision.rule() + " at \"" + decision.trigger().text() + "\" ("
                        + decision.ruleLocation() + "): " + decision.detail());
            }
            if (!notApplicable.isEmpty()) {
                out.println("     (set aside, --all to list: " + notApplicable.entrySet().stream()
                        .map(entry -> entry.getKey() + " x" + entry.getValue()).collect(java.util.stream.Collectors.joining(", ")) + ")");
            }
            for (int index = 0; index < coding.events().size(); index++) {
                Event event = coding.events().get(index);
                if (event.evidence().sentenceIndex() == sentence.index()) {
                    out.println("  " + event.id() + ": " + event.event() + (event.mode() == null ? "" : "/" + event.mode())
                            + " " + event.context() + " cameo " + event.cameo() + " " + parties(event.actors()) + " -> "
                            + parties(event.recipients()) + " on " + event.date()
                            + (event.location() == null ? "" : " at " + event.location().name() + " (" + event.location().code() + ")")
                            + (event.aux().isEmpty() ? "" : " aux " + event.aux())
                            + (event.evidence().quote() == null ? "" : " in quote " + event.evidence().quote()
                                    + " reported by " + event.evidence().reportedBy()));
                    if (event.provenance() != null && event.provenance().confidence() != null) {
                        out.println("      confidence " + String.format(java.util.Locale.ROOT, "%.3f", event.provenance().confidence().value())
                                + " (" + event.provenance().confidence().model() + "): " + reasons.get(index).stream().limit(SHOWN_CONTRIBUTIONS)
                                        .map(reason -> String.format(java.util.Locale.ROOT, "%+.2f %s", reason.weight(), reason.feature()))
                                        .collect(java.util.stream.Collectors.joining(", ")));
                    }
                }
            }
        }
    }

    /** The parse compactly: each token as word/POS/relation<head-index, enhanced relations. */
    private static String parse(Sentence sentence) {
        List<String> parts = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            StringBuilder part = new StringBuilder().append(token.index()).append(':').append(token.text())
                    .append('/').append(token.partOfSpeech());
            for (Dependency arc : sentence.enhancedHeadArcs(token.index())) {
                part.append(' ').append(arc.relation()).append('<').append(arc.governor() < 0 ? "ROOT" : arc.governor());
            }
            parts.add(part.toString());
        }
        return String.join(" | ", parts);
    }

    private static String parties(List<EventParty> parties) {
        List<String> names = new ArrayList<>();
        for (EventParty party : parties) {
            names.add(party.mention().text() + "=" + party.code() + (party.sector() == null ? "" : "/" + party.sector()));
        }
        return names.toString();
    }
}
