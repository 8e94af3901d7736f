package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annalist.events.Event;
import org.annalist.events.EventParty;
import org.annalist.events.Evidence;
import org.annalist.events.Span;
import org.junit.jupiter.api.Test;

class AttributeScorerTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);

    private static Event coded(LocalDate date, String cameo, List<String> aux, String mode, List<String> context) {
        EventParty ghana = new EventParty(null, "Ghana", "GHA", "GOV", null);
        EventParty togo = new EventParty(null, "Togo", "TGO", "GOV", null);
        return new Event("v1", date, "COERCE", mode, context, List.of(ghana), List.of(togo), null, 4, -7.0, cameo, -5.0, aux,
                new Evidence(0, "Ghana expelled two Togolese diplomats on Tuesday.", new Span(6, 14, "expelled"), null, null), "coerce.expel");
    }

    private static GoldArticle.Event gold(List<String> aux, GoldArticle.Attributes attributes) {
        return new GoldArticle.Event("COERCE", List.of(new GoldArticle.Party("GHA", null)), List.of(new GoldArticle.Party("TGO", null)),
                aux, "expelled two Togolese diplomats", attributes);
    }

    @Test
    void scoresDateCameoCodeRootAndAuxOfAMatchedEvent() {
        AttributeScorer scorer = new AttributeScorer();

        scorer.add("a1", gold(List.of(), new GoldArticle.Attributes(TUESDAY, "1734", true, null, null)),
                coded(TUESDAY.plusDays(1), "1733", List.of(), null, List.of()));

        assertThat(scorer.tallies()).containsExactly(
                entry("date", 1, 0), entry("CAMEO code", 1, 0), entry("CAMEO root", 1, 1), entry("aux", 1, 1));
        assertThat(scorer.mistakes()).containsExactly(
                "date 2026-03-10 coded 2026-03-11 in a1: COERCE \"expelled\"",
                "CAMEO code 1734 coded 1733 in a1: COERCE \"expelled\"");
        assertThat(scorer.summary()).isEqualTo("date 0.000 (1), CAMEO code 0.000 (1), CAMEO root 1.000 (1), aux 1.000 (1)");
    }

    @Test
    void anAppealCodeIsComparedAsTheDemandOfTheSameAimTheGoldCanWrite() {
        AttributeScorer scorer = new AttributeScorer();

        scorer.add("a1", gold(List.of(), new GoldArticle.Attributes(null, "1053", false, null, null)),
                coded(TUESDAY, "0253", List.of(), null, List.of()));
        scorer.add("a1", gold(List.of(), new GoldArticle.Attributes(null, "1056", false, null, null)),
                coded(TUESDAY, "0253", List.of(), null, List.of()));

        assertThat(scorer.tallies()).containsExactly(entry("CAMEO code", 2, 1), entry("CAMEO root", 2, 2));
    }

    @Test
    void scoresOnlyWhatTheGoldAnnotates() {
        AttributeScorer scorer = new AttributeScorer();

        scorer.add("a1", gold(List.of(), GoldArticle.Attributes.NONE), coded(TUESDAY, "1734", List.of("future"), null, List.of()));

        assertThat(scorer.tallies()).isEmpty();
        assertThat(scorer.summary()).isEmpty();
    }

    @Test
    void auxMustAgreeAsASet() {
        AttributeScorer scorer = new AttributeScorer();

        scorer.add("a1", gold(List.of("future"), new GoldArticle.Attributes(null, null, true, null, null)),
                coded(TUESDAY, "1734", List.of(), null, List.of()));

        assertThat(scorer.tallies()).containsExactly(entry("aux", 1, 0));
        assertThat(scorer.mistakes()).containsExactly("aux [future] coded [] in a1: COERCE \"expelled\"");
    }

    @Test
    void oneOfSeveralGoldContextsCodedIsRightAndModeIgnoresCase() {
        AttributeScorer scorer = new AttributeScorer();

        scorer.add("a1", gold(List.of(), new GoldArticle.Attributes(null, null, false, "Expel", "legal, diplomatic")),
                coded(TUESDAY, "1734", List.of(), "expel", List.of("diplomatic")));
        scorer.add("a1", gold(List.of(), new GoldArticle.Attributes(null, null, false, null, "military")),
                coded(TUESDAY, "1734", List.of(), null, List.of()));

        assertThat(scorer.tallies()).containsExactly(entry("mode", 1, 1), entry("context", 2, 1));
    }

    private static Map.Entry<String, AttributeScorer.Tally> entry(String attribute, int scored, int right) {
        return Map.entry(attribute, new AttributeScorer.Tally(scored, right));
    }
}
