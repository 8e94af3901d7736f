package edu.stanford.nlp.parser.nndep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast classifier must give CoreNLP's scores to the last bit, or the parses (and every
 * figure measured on them) would drift. Compared on the real English model, for features the
 * model precomputed, features it did not, and repeats served from the cache.
 */
class FastInferenceClassifierTest {

    private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private static Classifier trained;
    private static int[] precomputedFeatures;

    @BeforeAll
    static void loadModel() {
        trained = FastInferenceClassifier.trainedClassifier(pristineParser("scores"));
        assertThat(trained).isNotInstanceOf(FastInferenceClassifier.class);
        precomputedFeatures = FastInferenceClassifier.precomputedFeatures(trained);
        assertThat(precomputedFeatures).hasSize(20_000);
    }

    /**
     * A parser of its own: CoreNLP keeps one parser per model and properties for the whole JVM,
     * and the language layer installs the fast classifier into the one it uses.
     */
    private static DependencyParser pristineParser(String purpose) {
        Properties configuration = new Properties();
        configuration.setProperty("numCached", "1");
        configuration.setProperty("annalistTest", FastInferenceClassifierTest.class.getName() + "." + purpose);
        return DependencyParser.loadFromModelFile(MODEL, configuration);
    }

    @Test
    void scoresEqualCoreNlpsBitForBitOnPrecomputedAndOtherFeatures() {
        FastInferenceClassifier fast = FastInferenceClassifier.copying(trained, 1024);
        Random random = new Random(20261127);
        int vocabulary = trained.getE().length;
        int precomputedSeen = 0;
        for (int configuration = 0; configuration < 400; configuration++) {
            int[] features = new int[Config.numTokens];
            for (int position = 0; position < features.length; position++) {
                int precomputed = precomputedFeatures[random.nextInt(precomputedFeatures.length)];
                if (random.nextBoolean() && precomputed % Config.numTokens == position) {
                    features[position] = precomputed / Config.numTokens;
                    precomputedSeen++;
                } else {
                    features[position] = random.nextInt(vocabulary);
                }
            }
            double[] expected = trained.computeScores(features);
            assertThat(fast.computeScores(features)).as("configuration %d", configuration).containsExactly(expected);
            assertThat(fast.computeScores(features)).as("configuration %d from the cache", configuration).containsExactly(expected);
        }
        assertThat(precomputedSeen).isPositive();
    }

    @Test
    void scoresEqualCoreNlpsWhenEveryFeatureIsPrecomputed() {
        FastInferenceClassifier fast = FastInferenceClassifier.copying(trained, 16);
        Random random = new Random(7);
        int[][] byPosition = new int[Config.numTokens][];
        for (int position = 0; position < Config.numTokens; position++) {
            int fixedPosition = position;
            byPosition[position] = java.util.Arrays.stream(precomputedFeatures)
                    .filter(feature -> feature % Config.numTokens == fixedPosition).map(feature -> feature / Config.numTokens).toArray();
        }
        for (int configuration = 0; configuration < 100; configuration++) {
            int[] features = new int[Config.numTokens];
            for (int position = 0; position < features.length; position++) {
                int[] words = byPosition[position];
                features[position] = words.length == 0 ? random.nextInt(trained.getE().length) : words[random.nextInt(words.length)];
            }
            assertThat(fast.computeScores(features)).containsExactly(trained.computeScores(features));
        }
    }

    @Test
    void installReplacesTheParsersClassifierOnceAndKeepsItsWeights() {
        DependencyParser parser = pristineParser("install");
        Classifier before = FastInferenceClassifier.trainedClassifier(parser);

        FastInferenceClassifier installed = FastInferenceClassifier.install(parser, 64);

        assertThat(FastInferenceClassifier.trainedClassifier(parser)).isSameAs(installed);
        assertThat(installed.getW2()).isSameAs(before.getW2());
        assertThat(installed.getE()).isSameAs(before.getE());
        assertThat(FastInferenceClassifier.install(parser, 64)).as("installed twice").isSameAs(installed);
    }
}
