package org.annalist.language.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.Properties;

/**
 * Parses each sentence with CoreNLP's neural dependency parser and keeps the two graphs the
 * stages read: the basic tree and the enhanced++ graph. CoreNLP's {@code depparse} annotator
 * also builds the collapsed, CC-processed and enhanced graphs of every sentence, which nothing
 * here reads; building only two of the five is the same parse for less work.
 *
 * <p>The parser keeps the hidden-layer contribution of each (word, feature position) it meets in
 * a cache of {@code cachedFeatures} entries shared by all threads (the words the model does not
 * precompute). CoreNLP's default of 5,000 entries is too few for news, whose vocabulary is wide:
 * {@link #CACHED_FEATURES} entries (about 90 MB) cut the CPU per ~350-token article by about a tenth
 * (docs/performance.md). The cache only saves arithmetic; the parses are the same.
 */
final class DependencyParsing {

    /** Entries in the parser's feature cache: 100,000, about 0.9 KB each. */
    static final int CACHED_FEATURES = 100_000;

    /** CoreNLP's English Universal Dependencies model, the one {@code depparse} loads by default. */
    static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private final DependencyParser parser;

    DependencyParsing(int cachedFeatures) {
        Properties configuration = new Properties();
        configuration.setProperty("numCached", Integer.toString(cachedFeatures));
        this.parser = DependencyParser.loadFromModelFile(MODEL, configuration);
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
