package org.annalist.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.annalist.actors.ActorResolver;
import org.annalist.actors.DictionaryActorResolver;
import org.annalist.confidence.ConfidenceModel;
import org.annalist.confidence.ConfidenceScoring;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.events.DependencyEventCoder;
import org.annalist.events.StatementLexicon;
import org.annalist.events.ontology.EventOntology;
import org.annalist.events.patterns.PatternDictionary;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.LanguageAnnotator;
import org.annalist.quotes.QuoteAttributor;
import org.annalist.quotes.SpeechVerbQuoteAttributor;
import org.annalist.quotes.SpeechVerbs;
import org.annalist.reranking.RecipientModel;
import org.annalist.reranking.RecipientReranking;

/**
 * Wires the stages after the language layer into the one pipeline every entry point runs: the
 * command line, the Spark job and the tests that compare them. Keeping the wiring here, and
 * nowhere else, is what makes "the Spark job codes exactly like {@code annalist code}" true by
 * construction rather than by care.
 */
public final class PipelineFactory {

    /**
     * The user's knowledge files, each taking precedence over the bundled rows.
     *
     * @param actorFiles extra actors (organisations.tsv columns)
     * @param patternFiles extra event patterns (patterns.tsv columns)
     * @param statementFiles extra evaluative words of statements (statement-words.tsv columns)
     * @param confidenceWeights the confidence model's weights in place of the bundled ones
     *        (a file written by {@code annalist train-confidence}), or null
     */
    public record UserFiles(List<Path> actorFiles, List<Path> patternFiles, List<Path> statementFiles, Path confidenceWeights) {

        public static final UserFiles NONE = new UserFiles(List.of(), List.of());

        public UserFiles {
            actorFiles = List.copyOf(actorFiles);
            patternFiles = List.copyOf(patternFiles);
            statementFiles = List.copyOf(statementFiles);
        }

        /** The user's actor and pattern files, with the bundled statement words and confidence weights. */
        public UserFiles(List<Path> actorFiles, List<Path> patternFiles) {
            this(actorFiles, patternFiles, List.of(), null);
        }
    }

    /** The stages after the language layer, each built once. */
    public record Stages(ActorResolver actors, QuoteAttributor quotes, DependencyEventCoder events, RecipientReranking recipients,
            ConfidenceScoring confidence) {

        /** The pipeline of these stages after the given language layer. */
        public ArticlePipeline pipeline(LanguageAnnotator language) {
            return new ArticlePipeline(language, actors, quotes, events, recipients, confidence);
        }
    }

    private PipelineFactory() {}

    /**
     * @param language the language layer (CoreNLP in production; tests share one instance)
     * @param files the user's own actor and pattern files
     */
    public static ArticlePipeline create(LanguageAnnotator language, UserFiles files) {
        return stages(files).pipeline(language);
    }

    public static Stages stages(UserFiles files) {
        ActorDictionaries actorDictionaries = ActorDictionaries.load(files.actorFiles());
        EventOntology ontology = EventOntology.bundled();
        SpeechVerbs speechVerbs = SpeechVerbs.bundled();
        DependencyEventCoder events = new DependencyEventCoder(ontology, PatternDictionary.load(files.patternFiles(), ontology),
                WordLists.bundled(ontology), actorDictionaries.places(), actorDictionaries.sectors(),
                StatementLexicon.load(files.statementFiles(), ontology), speechVerbs, AnnalistVersion.get());
        ConfidenceModel confidence = files.confidenceWeights() == null ? ConfidenceModel.bundled() : ConfidenceModel.file(files.confidenceWeights());
        return new Stages(new DictionaryActorResolver(actorDictionaries), new SpeechVerbQuoteAttributor(speechVerbs, actorDictionaries.referenceWords()), events,
                new RecipientReranking(RecipientModel.bundled()), new ConfidenceScoring(confidence));
    }
}
