package org.annalist.evaluation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The standard coreference metrics comparing a key (gold) and a response (system) partition of
 * the same mentions: MUC (links), B³ (mentions) and CEAF-e (entities). Mentions that are in one
 * partition only count as singletons of the other, as in the reference CoNLL scorer.
 */
public final class ClusterMetrics {

    private ClusterMetrics() {}

    /**
     * MUC (Vilain et al. 1995): recall is, over the key chains, the links kept,
     * Σ(|k| − number of response parts of k) / Σ(|k| − 1); precision is the same with the roles swapped.
     */
    public static <M> LinkScore muc(List<Set<M>> key, List<Set<M>> response) {
        double[] recall = mucRecall(key, response);
        double[] precision = mucRecall(response, key);
        return new LinkScore(recall[0], recall[1], precision[0], precision[1]);
    }

    private static <M> double[] mucRecall(List<Set<M>> key, List<Set<M>> response) {
        Map<M, Integer> responseCluster = clusterIndex(response);
        double numerator = 0;
        double denominator = 0;
        for (Set<M> chain : key) {
            Set<Object> parts = new HashSet<>();
            for (M mention : chain) {
                Integer cluster = responseCluster.get(mention);
                parts.add(cluster != null ? cluster : new Object()); // absent from the response: a part of its own
            }
            numerator += chain.size() - parts.size();
            denominator += chain.size() - 1;
        }
        return new double[] {numerator, denominator};
    }

    /**
     * B³ (Bagga and Baldwin 1998): recall averages, over the key's mentions, the share of the
     * mention's key chain that is in its response cluster; precision averages the converse.
     */
    public static <M> LinkScore bCubed(List<Set<M>> key, List<Set<M>> response) {
        double[] recall = bCubedRecall(key, response);
        double[] precision = bCubedRecall(response, key);
        return new LinkScore(recall[0], recall[1], precision[0], precision[1]);
    }

    private static <M> double[] bCubedRecall(List<Set<M>> key, List<Set<M>> response) {
        Map<M, Integer> responseCluster = clusterIndex(response);
        double numerator = 0;
        double mentions = 0;
        for (Set<M> chain : key) {
            for (M mention : chain) {
                Integer cluster = responseCluster.get(mention);
                int shared = cluster == null ? 1 : overlap(chain, response.get(cluster));
                numerator += (double) shared / chain.size();
                mentions++;
            }
        }
        return new double[] {numerator, mentions};
    }

    /**
     * CEAF-e (Luo 2005): the best one-to-one alignment of key and response entities under
     * φ4(k, r) = 2|k ∩ r| / (|k| + |r|); recall divides its total by the key entities,
     * precision by the response entities.
     */
    public static <M> LinkScore ceafEntity(List<Set<M>> key, List<Set<M>> response) {
        double[][] similarity = new double[key.size()][response.size()];
        for (int k = 0; k < key.size(); k++) {
            for (int r = 0; r < response.size(); r++) {
                similarity[k][r] = 2.0 * overlap(key.get(k), response.get(r)) / (key.get(k).size() + response.get(r).size());
            }
        }
        double best = Assignment.maximumTotal(similarity);
        return new LinkScore(best, key.size(), best, response.size());
    }

    private static <M> Map<M, Integer> clusterIndex(List<Set<M>> partition) {
        Map<M, Integer> index = new HashMap<>();
        for (int cluster = 0; cluster < partition.size(); cluster++) {
            for (M mention : partition.get(cluster)) {
                if (index.put(mention, cluster) != null) {
                    throw new IllegalArgumentException("mention " + mention + " is in two clusters");
                }
            }
        }
        return index;
    }

    private static <M> int overlap(Set<M> first, Set<M> second) {
        int shared = 0;
        for (M mention : first) {
            shared += second.contains(mention) ? 1 : 0;
        }
        return shared;
    }
}
