package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusterMetricsTest {

    private static final double TOLERANCE = 1e-9;

    // Key {a b c} {d e}; response {a b} {c d e}.
    private static final List<Set<String>> KEY = List.of(Set.of("a", "b", "c"), Set.of("d", "e"));
    private static final List<Set<String>> RESPONSE = List.of(Set.of("a", "b"), Set.of("c", "d", "e"));

    @Test
    void mucCountsLinksKeptAndLinksAdded() {
        // Recall: {a b c} is cut into {a b}{c}: 3 − 2 = 1 of 2 links; {d e} stays whole: 1 of 1 → 2/3.
        // Precision: {a b} lies in one key chain: 1 of 1; {c d e} is cut into {c}{d e}: 1 of 2 → 2/3.
        LinkScore score = ClusterMetrics.muc(KEY, RESPONSE);

        assertThat(score.recallNumerator()).isEqualTo(2);
        assertThat(score.recallDenominator()).isEqualTo(3);
        assertThat(score.precision()).isCloseTo(2.0 / 3, within(TOLERANCE));
        assertThat(score.f1()).isCloseTo(2.0 / 3, within(TOLERANCE));
    }

    @Test
    void bCubedAveragesPerMentionOverlap() {
        // Recall per mention |K∩R|/|K|: a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 → (11/3)/5 = 11/15.
        // Precision per mention |K∩R|/|R|: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 → (11/3)/5 = 11/15.
        LinkScore score = ClusterMetrics.bCubed(KEY, RESPONSE);

        assertThat(score.recall()).isCloseTo(11.0 / 15, within(TOLERANCE));
        assertThat(score.precision()).isCloseTo(11.0 / 15, within(TOLERANCE));
        assertThat(score.recallDenominator()).isEqualTo(5);
    }

    @Test
    void ceafEntityPairsEntitiesOneToOne() {
        // φ4: {abc}~{ab} = 4/5, {abc}~{cde} = 2/6, {de}~{ab} = 0, {de}~{cde} = 4/5.
        // Best pairing {abc}-{ab}, {de}-{cde} = 1.6; recall 1.6/2 key entities, precision 1.6/2 response entities.
        LinkScore score = ClusterMetrics.ceafEntity(KEY, RESPONSE);

        assertThat(score.recall()).isCloseTo(0.8, within(TOLERANCE));
        assertThat(score.precision()).isCloseTo(0.8, within(TOLERANCE));
    }

    @Test
    void responseOfSingletonsKeepsNoLinks() {
        // Key {a b c}; response {a}{b}{c}.
        // MUC: recall 0/2, precision 0/0 → 0. B³: recall 3 × 1/3 / 3 = 1/3, precision 1.
        // CEAF-e: each pairing 2·1/(3+1) = 1/2; recall 0.5/1, precision 0.5/3.
        List<Set<String>> key = List.of(Set.of("a", "b", "c"));
        List<Set<String>> response = List.of(Set.of("a"), Set.of("b"), Set.of("c"));

        assertThat(ClusterMetrics.muc(key, response).f1()).isZero();
        assertThat(ClusterMetrics.bCubed(key, response).recall()).isCloseTo(1.0 / 3, within(TOLERANCE));
        assertThat(ClusterMetrics.bCubed(key, response).precision()).isCloseTo(1.0, within(TOLERANCE));
        assertThat(ClusterMetrics.ceafEntity(key, response).recall()).isCloseTo(0.5, within(TOLERANCE));
        assertThat(ClusterMetrics.ceafEntity(key, response).precision()).isCloseTo(1.0 / 6, within(TOLERANCE));
    }

    @Test
    void identicalPartitionsScorePerfectly() {
        assertThat(ClusterMetrics.muc(KEY, KEY).f1()).isCloseTo(1.0, within(TOLERANCE));
        assertThat(ClusterMetrics.bCubed(KEY, KEY).f1()).isCloseTo(1.0, within(TOLERANCE));
        assertThat(ClusterMetrics.ceafEntity(KEY, KEY).f1()).isCloseTo(1.0, within(TOLERANCE));
    }

    @Test
    void assignmentBeatsTheGreedyChoice() {
        // Greedy takes 0.9 and is left with 0.0; the best pairing is 0.8 + 0.8.
        assertThat(Assignment.maximumTotal(new double[][] {{0.9, 0.8}, {0.8, 0.0}})).isCloseTo(1.6, within(TOLERANCE));
        // More columns than rows: row 0 → column 2 (0.7), row 1 → column 0 (0.5).
        assertThat(Assignment.maximumTotal(new double[][] {{0.6, 0.1, 0.7}, {0.5, 0.2, 0.6}})).isCloseTo(1.2, within(TOLERANCE));
        assertThat(Assignment.maximumTotal(new double[0][0])).isZero();
    }
}
