package org.annalist.language.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.FastInferenceClassifier;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.Optional;
import java.util.Properties;

/**
 * Parses each sentence with CoreNLP's neural dependency parser and keeps the two graphs the
 * stages read: the basic tree and the enhanced++ graph. CoreNLP's {@code depparse} annotator
 * also builds the collapsed, CC-processed and enhanced graphs of every sentence, which nothing
 * here reads; building only two of the five is the same parse for less work.
 *
 * <p>The parser's network is scored by {@link FastInferenceClassifier}: the same scores as
 * CoreNLP's classifier to the last bit, at a fraction of the cost (it was a third of all worker
 * CPU; docs/performance.md). It keeps the hidden-layer contribution of each (word, feature
 * position) the model does not precompute (it precomputes only its 20,000 most frequent) in a
 * cache of {@code cachedFeatures} entries shared by all threads without a lock. News
 * vocabulary is wide: {@link #CACHED_FEATURES} entries of 4 KB (the hidden layer has 1,000
 * nodes), about 0.4 GB when full, keep most of it. The cache only saves arithmetic; the parses are
 * the same.
 */
final class DependencyParsing {

    /** Entries in the parser's feature cache: 100,000 of 4 KB each (CoreNLP's own cache held as many). */
    static final int CACHED_FEATURES = 100_000;

    /** CoreNLP's English Universal Dependencies model, the one {@code depparse} loads by default. */
    static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private final DependencyParser parser;
    private final String slowScoringReason;

    DependencyParsing(int cachedFeatures) {
        Properties configuration = new Properties();
        // CoreNLP's own cache is replaced below; one entry keeps it from holding anything meanwhile.
        configuration.setProperty("numCached", "1");
        this.parser = DependencyParser.loadFromModelFile(MODEL, configuration);
        this.slowScoringReason = installFastScoring(parser, cachedFeatures);
    }

    /**
     * Installs the fast scoring; on a CoreNLP release laid out differently the parser keeps its
     * own (same parses, slower, and a cache of one entry) and the reason is returned.
     */
    private static String installFastScoring(DependencyParser parser, int cachedFeatures) {
        try {
            FastInferenceClassifier.install(parser, cachedFeatures);
            return null;
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    /**
     * Empty when the parser is scored by {@link FastInferenceClassifier}; otherwise why not, for
     * the annotator's description (and so every article's provenance).
     */
    Optional<String> slowScoringReason() {
        return Optional.ofNullable(slowScoringReason);
    }

    /** Sets the basic and enhanced++ dependencies on every sentence of the annotation. */
    void parse(Annotation annotation) {
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            if (Thread.currentThread().isInterrupted()) {
                throw new RuntimeInterruptedException();
            }
            GrammaticalStructure structure = parser.predict(sentence);
            sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                    SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null));
            sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                    SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                            GrammaticalStructure.Extras.NONE, null));
        }
    }
}
