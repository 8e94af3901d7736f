package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The scoring step of CoreNLP's neural dependency parser, for parsing only, with the same scores
 * as CoreNLP's {@link Classifier} to the last bit and a fraction of its cost.
 *
 * <p>Profiles of Annalist put a third of all worker CPU in {@code Classifier.computeScores}, the
 * network's forward pass run once per parser transition. Three things made it slow, and this
 * class changes only those:
 * <ol>
 *   <li>The output layer sums each transition's score in one long chain of dependent additions,
 *       which the JIT may not reorder (Java's floating point is strict), so the CPU waits on every
 *       step. Here the weights are transposed and all transitions' sums advance together, one
 *       hidden node at a time: each sum keeps CoreNLP's order of additions, so every score is
 *       bit-for-bit the same, and the inner loop runs across independent sums, which the JIT
 *       vectorises. The same goes for a feature's hidden-layer contribution.</li>
 *   <li>The model's precomputed contributions were found through a {@code HashMap<Integer, Integer>}
 *       (a boxed key per feature, 48 features per transition). Here it is an open-addressing
 *       table of ints.</li>
 *   <li>The contributions of the other features were kept in one synchronised LRU cache shared by
 *       all threads. Here they are kept in a lock-free direct-mapped cache: an entry that
 *       collides replaces the older one, which costs a recomputation, never a wrong value.</li>
 * </ol>
 *
 * <p>It lives in CoreNLP's package because the parser calls the package-private
 * {@code computeScores(int[])} and nothing else of its classifier when it parses; that is the only
 * way in. {@link #install} reads the trained model out of the parser's private fields, which ties
 * this class to the CoreNLP release it was written for (4.5.x). If those fields are not there,
 * {@code install} throws and the caller keeps CoreNLP's own classifier. It never falls back
 * silently to different arithmetic.
 */
public final class FastInferenceClassifier extends Classifier {

    private static final int FEATURES = Config.numTokens;
    private static final int NO_SLOT = -1;

    private final float[][] embeddings;
    private final float[][] hiddenWeights;
    private final float[] hiddenBias;
    private final float[][] outputWeights;
    private final float[][] hiddenWeightsByInput;
    private final double[][] outputWeightsByNode;
    private final int hiddenSize;
    private final int transitions;
    private final int embeddingSize;
    private final PrecomputedIndex precomputedIndex;
    private final double[][] precomputed;
    private final ContributionCache cache;

    private FastInferenceClassifier(Classifier trained, Map<Integer, Integer> precomputedSlots,
            double[][] precomputed, int cachedContributions) {
        // The superclass only holds placeholders: every array it would allocate for training
        // (gradient histories as large as the embeddings) is then one element long.
        super(new Config(new Properties()), new float[1][1], new float[1][1], new float[1], new float[1][1], List.of());
        this.embeddings = trained.getE();
        this.hiddenWeights = trained.getW1();
        this.hiddenBias = trained.getb1();
        this.outputWeights = trained.getW2();
        this.hiddenSize = hiddenWeights.length;
        this.embeddingSize = embeddings[0].length;
        this.transitions = outputWeights.length;
        this.hiddenWeightsByInput = transpose(hiddenWeights);
        this.outputWeightsByNode = widen(transpose(outputWeights));
        this.precomputedIndex = new PrecomputedIndex(precomputedSlots);
        this.precomputed = precomputed;
        this.cache = new ContributionCache(cachedContributions);
    }

    /**
     * Replaces the parser's classifier with this one, keeping its trained weights and
     * precomputed table. CoreNLP shares one parser per model and properties across the JVM, so
     * a parser already scored by this class is left as it is.
     *
     * @param cachedContributions how many hidden-layer contributions of features the model does
     *     not precompute to keep (4 KB each with the English model's 1,000 hidden nodes)
     * @throws IllegalStateException if the parser is not laid out as in CoreNLP 4.5.x
     */
    public static FastInferenceClassifier install(DependencyParser parser, int cachedContributions) {
        Classifier current = trainedClassifier(parser);
        if (current instanceof FastInferenceClassifier installed) {
            // CoreNLP hands out one parser per model and properties to the whole JVM.
            return installed;
        }
        FastInferenceClassifier fast = copying(current, cachedContributions);
        write(DependencyParser.class, parser, "classifier", fast);
        return fast;
    }

    /** The classifier the parser scores with. */
    static Classifier trainedClassifier(DependencyParser parser) {
        return (Classifier) read(DependencyParser.class, parser, "classifier");
    }

    /** A fast classifier with the trained one's weights and precomputed table (shared, not copied). */
    static FastInferenceClassifier copying(Classifier trained, int cachedContributions) {
        double[][] precomputed = (double[][]) read(Classifier.class, trained, "saved");
        return new FastInferenceClassifier(trained, precomputedSlots(trained), precomputed, cachedContributions);
    }

    /** The feature ids (word id × 48 + position) the model precomputed, for tests. */
    static int[] precomputedFeatures(Classifier trained) {
        return precomputedSlots(trained).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Feature id to its row in the precomputed table, as the trained classifier keeps it. */
    @SuppressWarnings("unchecked")
    private static Map<Integer, Integer> precomputedSlots(Classifier trained) {
        return (Map<Integer, Integer>) read(Classifier.class, trained, "preMap");
    }

    /** The scores of every transition for one parser configuration's features. */
    @Override
    double[] computeScores(int[] features) {
        double[] hidden = new double[hiddenSize];
        int offset = 0;
        for (int position = 0; position < features.length; position++) {
            int token = features[position];
            int feature = token * FEATURES + position;
            int slot = precomputedIndex.slotOf(feature);
            if (slot != NO_SLOT) {
                addInPlace(hidden, precomputed[slot]);
            } else {
                addInPlace(hidden, contribution(feature, token, offset));
            }
            offset += embeddingSize;
        }
        for (int node = 0; node < hiddenSize; node++) {
            hidden[node] += hiddenBias[node];
            hidden[node] = hidden[node] * hidden[node] * hidden[node];
        }
        return outputScores(hidden);
    }

    private float[] contribution(int feature, int token, int offset) {
        float[] cached = cache.get(feature);
        if (cached == null) {
            cached = hiddenContribution(embeddings[token], offset);
            cache.put(feature, cached);
        }
        return cached;
    }

    /**
     * One feature's contribution to the hidden layer: its weight slice times its embedding. Each
     * node's sum runs over the embedding in CoreNLP's order; all nodes advance together, reading
     * the transposed weights row by row.
     */
    private float[] hiddenContribution(float[] embedding, int offset) {
        double[] sums = new double[hiddenSize];
        for (int k = 0; k < embeddingSize; k++) {
            float value = embedding[k];
            float[] weights = hiddenWeightsByInput[offset + k];
            for (int node = 0; node < hiddenSize; node++) {
                sums[node] += weights[node] * value;
            }
        }
        float[] contribution = new float[hiddenSize];
        for (int node = 0; node < hiddenSize; node++) {
            contribution[node] = (float) sums[node];
        }
        return contribution;
    }

    /**
     * Every transition's score. Each score is summed over the hidden nodes in CoreNLP's order; all
     * scores advance together, one hidden node at a time, over the transposed weights.
     */
    private double[] outputScores(double[] hidden) {
        double[] scores = new double[transitions];
        for (int node = 0; node < hiddenSize; node++) {
            double activation = hidden[node];
            double[] weights = outputWeightsByNode[node];
            for (int transition = 0; transition < transitions; transition++) {
                scores[transition] += activation * weights[transition];
            }
        }
        return scores;
    }

    private static float[][] transpose(float[][] matrix) {
        float[][] transposed = new float[matrix[0].length][matrix.length];
        for (int row = 0; row < matrix.length; row++) {
            for (int column = 0; column < matrix[row].length; column++) {
                transposed[column][row] = matrix[row][column];
            }
        }
        return transposed;
    }

    /** Widened to double, which is exact: products with these weights are then CoreNLP's. */
    private static double[][] widen(float[][] matrix) {
        double[][] widened = new double[matrix.length][];
        for (int row = 0; row < matrix.length; row++) {
            widened[row] = new double[matrix[row].length];
            for (int column = 0; column < matrix[row].length; column++) {
                widened[row][column] = matrix[row][column];
            }
        }
        return widened;
    }

    private static void addInPlace(double[] sum, double[] addend) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += addend[i];
        }
    }

    private static void addInPlace(double[] sum, float[] addend) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += addend[i];
        }
    }

    @Override
    public float[][] getW1() {
        return hiddenWeights;
    }

    @Override
    public float[] getb1() {
        return hiddenBias;
    }

    @Override
    public float[][] getW2() {
        return outputWeights;
    }

    @Override
    public float[][] getE() {
        return embeddings;
    }

    private static Object read(Class<?> owner, Object instance, String fieldName) {
        return onField(owner, fieldName, field -> field.get(instance));
    }

    private static void write(Class<?> owner, Object instance, String fieldName, Object value) {
        onField(owner, fieldName, field -> {
            field.set(instance, value);
            return null;
        });
    }

    /** What one reflective access does with the private field it opened. */
    private interface FieldAccess {
        Object apply(Field field) throws ReflectiveOperationException;
    }

    private static Object onField(Class<?> owner, String fieldName, FieldAccess access) {
        try {
            Field field = owner.getDeclaredField(fieldName);
            field.setAccessible(true);
            return access.apply(field);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("CoreNLP's " + owner.getSimpleName() + "." + fieldName
                    + " is not as in CoreNLP 4.5.x: " + e, e);
        }
    }

    /** Feature id to row of the precomputed table, open addressing over ints (no boxing). */
    private static final class PrecomputedIndex {
        private final int[] keys;
        private final int[] slots;
        private final int mask;

        PrecomputedIndex(Map<Integer, Integer> precomputedSlots) {
            int capacity = Integer.highestOneBit(Math.max(2, precomputedSlots.size() * 2 - 1)) << 1;
            this.keys = new int[capacity];
            this.slots = new int[capacity];
            this.mask = capacity - 1;
            java.util.Arrays.fill(keys, NO_SLOT);
            precomputedSlots.forEach((feature, slot) -> {
                int i = mix(feature) & mask;
                while (keys[i] != NO_SLOT) {
                    i = (i + 1) & mask;
                }
                keys[i] = feature;
                slots[i] = slot;
            });
        }

        int slotOf(int feature) {
            int i = mix(feature) & mask;
            while (true) {
                int key = keys[i];
                if (key == feature) {
                    return slots[i];
                }
                if (key == NO_SLOT) {
                    return NO_SLOT;
                }
                i = (i + 1) & mask;
            }
        }
    }

    /**
     * Direct-mapped cache of hidden-layer contributions, shared by all threads without a lock.
     * Entries are immutable and published through final fields, so a reader sees either a whole
     * entry or an older one; a colliding entry replaces the older one.
     */
    private static final class ContributionCache {
        private final CachedContribution[] entries;

        ContributionCache(int capacity) {
            this.entries = new CachedContribution[Math.max(1, capacity)];
        }

        float[] get(int feature) {
            CachedContribution entry = entries[slot(feature)];
            return entry != null && entry.feature == feature ? entry.contribution : null;
        }

        void put(int feature, float[] contribution) {
            entries[slot(feature)] = new CachedContribution(feature, contribution);
        }

        private int slot(int feature) {
            return Math.floorMod(mix(feature), entries.length);
        }
    }

    private static final class CachedContribution {
        final int feature;
        final float[] contribution;

        CachedContribution(int feature, float[] contribution) {
            this.feature = feature;
            this.contribution = contribution;
        }
    }

    /** Spreads feature ids (word id × 48 + position) over the table. */
    private static int mix(int feature) {
        int h = feature * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
