package org.annalist.confidence.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.evaluation.Counts;
import org.annalist.evaluation.GoldArticle;
import org.annalist.events.Event;
import org.annalist.events.EventParty;
import org.annalist.events.Evidence;
import org.annalist.events.Span;
import org.junit.jupiter.api.Test;

class LeaveOneSetOutTest {

    private static final LeaveOneSetOut CROSS_VALIDATION = new LeaveOneSetOut(new ConfidenceTrainer(new LogisticRegression(1)));

    private static GoldArticle.Event gold(String type, String actor, String recipient) {
        return new GoldArticle.Event(type, List.of(new GoldArticle.Party(actor, null)), List.of(new GoldArticle.Party(recipient, null)),
                List.of(), null);
    }

    private static Event coded(String id, String type, String actor, String recipient) {
        return new Event(id, LocalDate.of(2025, 1, 1), type, null, List.of(), List.of(new EventParty(null, actor, actor, null, null)),
                List.of(new EventParty(null, recipient, recipient, null, null)), null, 4, -10, "190", -10, List.of(),
                new Evidence(0, "", new Span(0, 1, "x"), null, null), "test");
    }

    /**
     * An article whose gold is one attack; the coder found it (feature "good") and one more that is
     * wrong (feature "bad"), or, inverted, the gold is the other attack.
     */
    private static TrainingArticle article(String set, boolean inverted) {
        GoldArticle.Event expected = inverted ? gold("ASSAULT", "USA", "IRN") : gold("ASSAULT", "RUS", "UKR");
        return new TrainingArticle(set, List.of(expected), List.of(coded("v1", "ASSAULT", "RUS", "UKR"), coded("v2", "ASSAULT", "USA", "IRN")),
                List.of(List.of("bias", "good"), List.of("bias", "bad")), code -> code);
    }

    private static List<TrainingArticle> sets(boolean lastInverted) {
        List<TrainingArticle> articles = new ArrayList<>();
        for (String set : List.of("a", "b", "c", "d")) {
            for (int i = 0; i < 3; i++) {
                articles.add(article(set, lastInverted && set.equals("d")));
            }
        }
        return articles;
    }

    private static LeaveOneSetOut.Fold fold(LeaveOneSetOut.Report report, String set) {
        return report.folds().stream().filter(fold -> fold.set().equals(set)).findFirst().orElseThrow();
    }

    @Test
    void holdsOutEachSetOnceAndDropsTheEventsTheOtherSetsTeachItToDoubt() {
        LeaveOneSetOut.Report report = CROSS_VALIDATION.run(sets(false));

        assertThat(report.folds()).extracting(LeaveOneSetOut.Fold::set).containsExactly("a", "b", "c", "d");
        for (LeaveOneSetOut.Fold fold : report.folds()) {
            assertThat(fold.unfiltered()).isEqualTo(new Counts(3, 3, 0));
            assertThat(fold.threshold()).isGreaterThan(0);
            assertThat(fold.filtered()).isEqualTo(new Counts(3, 0, 0));
        }
        assertThat(report.bands().stream().mapToInt(LeaveOneSetOut.Band::events).sum()).isEqualTo(24);
        assertThat(report.logLoss()).isLessThan(report.baselineLogLoss());
    }

    @Test
    void choosesTheHeldOutSetsThresholdAndWeightsWithoutLookingAtIt() {
        LeaveOneSetOut.Report usual = CROSS_VALIDATION.run(sets(false));
        LeaveOneSetOut.Report inverted = CROSS_VALIDATION.run(sets(true));

        // set d's gold now says the other event is right: its own fold must not notice until it is scored
        assertThat(fold(inverted, "d").threshold()).isEqualTo(fold(usual, "d").threshold());
        assertThat(fold(inverted, "d").filtered()).isEqualTo(new Counts(0, 3, 3));
        assertThat(fold(inverted, "d").unfiltered()).isEqualTo(new Counts(3, 3, 0));
        // while the folds that train on d do see the change
        assertThat(fold(inverted, "a").filtered()).isNotEqualTo(fold(usual, "a").filtered());
    }

    @Test
    void rescoresAfterFilteringSoADroppedPartnerFreesItsGoldEventForAnother() {
        TrainingArticle twice = new TrainingArticle("a", List.of(gold("ASSAULT", "RUS", "UKR")),
                List.of(coded("v1", "ASSAULT", "RUS", "UKR"), coded("v2", "ASSAULT", "RUS", "UKR")), List.of(List.of("bias"), List.of("bias")),
                code -> code);
        Map<TrainingArticle, double[]> estimates = new IdentityHashMap<>();
        estimates.put(twice, new double[] {0.1, 0.9});

        assertThat(twice.labels()).containsExactly(true, false);
        assertThat(LeaveOneSetOut.score(List.of(twice), estimates, 0)).isEqualTo(new Counts(1, 1, 0));
        assertThat(LeaveOneSetOut.score(List.of(twice), estimates, 0.5)).isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void keepsEveryEventWhenNoThresholdRaisesF1() {
        TrainingArticle allRight = new TrainingArticle("a", List.of(gold("ASSAULT", "RUS", "UKR"), gold("ASSAULT", "USA", "IRN")),
                List.of(coded("v1", "ASSAULT", "RUS", "UKR"), coded("v2", "ASSAULT", "USA", "IRN")), List.of(List.of("bias"), List.of("bias")),
                code -> code);
        Map<TrainingArticle, double[]> estimates = new IdentityHashMap<>();
        estimates.put(allRight, new double[] {0.2, 0.9});

        assertThat(LeaveOneSetOut.best(estimates, List.of(allRight))).isZero();
    }

    @Test
    void needsThreeGoldSets() {
        List<TrainingArticle> two = sets(false).stream().filter(article -> article.set().equals("a") || article.set().equals("b")).toList();

        assertThatThrownBy(() -> CROSS_VALIDATION.run(two)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("three");
    }
}
