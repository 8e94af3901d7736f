package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.article.Article;
import org.annalist.events.Event;
import org.annalist.events.EventParty;
import org.annalist.events.Evidence;
import org.annalist.events.Span;
import org.annalist.pipeline.CodedArticle;
import org.junit.jupiter.api.Test;

class EventScorerTest {

    private static EventParty party(String code, String sector) {
        return new EventParty(null, code, code, sector, null);
    }

    private static Event event(String type, List<EventParty> actors, List<EventParty> recipients) {
        return event(type, actors, recipients, "test-rule");
    }

    private static Event event(String type, List<EventParty> actors, List<EventParty> recipients, String rule) {
        return new Event("v1", LocalDate.of(2024, 11, 18), type, null, List.of(), actors, recipients, null, 1, 1.0, "040", 1.0,
                List.of(), new Evidence(0, "Iran and Azerbaijan met.", new Span(0, 3, "met"), null, null), rule);
    }

    private static CodedArticle coded(Event... events) {
        Article article = new Article("a1", LocalDate.of(2024, 11, 19), null, null, null, null, "Iran and Azerbaijan met.", "a1");
        return new CodedArticle(article, List.of(), List.of(), List.of(events), List.of(), 1, 5, List.of());
    }

    private static GoldArticle.Event gold(String type, List<GoldArticle.Party> actors, List<GoldArticle.Party> recipients) {
        return new GoldArticle.Event(type, actors, recipients, List.of(), null);
    }

    @Test
    void matchesOnTypeAndActorAndRecipientCodes() {
        EventScorer scorer = new EventScorer();
        scorer.add(List.of(gold("CONSULT", List.of(new GoldArticle.Party("IRN", "MIL")), List.of(new GoldArticle.Party("AZE", "MIL")))),
                coded(event("CONSULT", List.of(party("IRN", "GOV")), List.of(party("AZE", "MIL")))));

        assertThat(scorer.loose()).isEqualTo(new Counts(1, 0, 0));
        assertThat(scorer.strict()).isEqualTo(new Counts(0, 1, 1));
    }

    @Test
    void matchesACompoundActorWrittenAsActorAndRecipient() {
        EventScorer scorer = new EventScorer();
        scorer.add(List.of(gold("CONSULT", List.of(new GoldArticle.Party("IRN", null), new GoldArticle.Party("AZE", null)), List.of())),
                coded(event("CONSULT", List.of(party("AZE", null)), List.of(party("IRN", null)))));

        assertThat(scorer.loose()).isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void pairsAJointGoldEventSoThatALaterDirectedOneStillFindsItsMatch() {
        EventScorer scorer = new EventScorer();
        // The joint event could take either system event; taking the first would leave the directed one missed.
        scorer.add(List.of(
                        gold("CONSULT", List.of(new GoldArticle.Party("IRN", null), new GoldArticle.Party("AZE", null)), List.of()),
                        gold("CONSULT", List.of(new GoldArticle.Party("IRN", null)), List.of(new GoldArticle.Party("AZE", null)))),
                coded(event("CONSULT", List.of(party("IRN", null)), List.of(party("AZE", null))),
                        event("CONSULT", List.of(party("AZE", null)), List.of(party("IRN", null)))));

        assertThat(scorer.loose()).isEqualTo(new Counts(2, 0, 0));
        assertThat(scorer.mismatches()).isEmpty();
    }

    @Test
    void pairsTwinEventsWithTheOneCodedFromTheGoldEventsOwnWordsSoTheirDatesAreComparedRightly() {
        EventScorer scorer = new EventScorer();
        GoldArticle.Party ghana = new GoldArticle.Party("GHA", null);
        GoldArticle.Party togo = new GoldArticle.Party("TGO", null);
        GoldArticle.Event tuesday = new GoldArticle.Event("ACCUSE", List.of(ghana), List.of(togo), List.of(),
                "accusing Lome of harbouring the plotters",
                new GoldArticle.Attributes(LocalDate.of(2026, 3, 10), "112", true, null, null));
        GoldArticle.Event today = new GoldArticle.Event("ACCUSE", List.of(ghana), List.of(togo), List.of(),
                "accused Togo of bad faith", new GoldArticle.Attributes(LocalDate.of(2026, 3, 11), "112", true, null, null));
        Event later = new Event("v2", LocalDate.of(2026, 3, 11), "ACCUSE", null, List.of(), List.of(party("GHA", null)),
                List.of(party("TGO", null)), null, 3, -2.0, "112", -2.0, List.of(),
                new Evidence(1, "The minister accused Togo of bad faith.", new Span(13, 21, "accused"), null, null), "accuse.accuse");
        Event earlier = new Event("v1", LocalDate.of(2026, 3, 10), "ACCUSE", null, List.of(), List.of(party("GHA", null)),
                List.of(party("TGO", null)), null, 3, -2.0, "112", -2.0, List.of(),
                new Evidence(0, "Ghana closed the border on Tuesday, accusing Lome of harbouring the plotters.",
                        new Span(36, 44, "accusing"), null, null), "accuse.accuse");

        // in gold order the first gold event would take the first system event, the later one
        scorer.add(List.of(tuesday, today), coded(later, earlier));

        assertThat(scorer.loose()).isEqualTo(new Counts(2, 0, 0));
        assertThat(scorer.attributes().tallies().get("date")).isEqualTo(new AttributeScorer.Tally(2, 2));
        assertThat(EventScorer.matchedEvents(List.of(tuesday), List.of(later, earlier), code -> code)).containsExactly(false, true);
    }

    @Test
    void countsWrongDirectionTypeAndExtrasAsErrors() {
        EventScorer scorer = new EventScorer();
        scorer.add(List.of(
                        gold("ACCUSE", List.of(new GoldArticle.Party("RUS", null)), List.of(new GoldArticle.Party("UKR", null))),
                        gold("ASSAULT", List.of(new GoldArticle.Party("RUS", null)), List.of(new GoldArticle.Party("UKR", null)))),
                coded(event("ACCUSE", List.of(party("UKR", null)), List.of(party("RUS", null))),
                        event("THREATEN", List.of(party("RUS", null)), List.of(party("UKR", null)))));

        assertThat(scorer.loose()).isEqualTo(new Counts(0, 2, 2));
        assertThat(scorer.byType().get("ASSAULT")).isEqualTo(new Counts(0, 0, 1));
        assertThat(scorer.byType().get("THREATEN")).isEqualTo(new Counts(0, 1, 0));
        assertThat(scorer.loose().f1()).isZero();
    }

    @Test
    void readsUnCodesAsIgoWhenTheGoldSetSaysSo() {
        GoldSet ploverRecords = new GoldSet(List.of(), java.util.Map.of("UNO", "IGO"));
        EventScorer scorer = new EventScorer(ploverRecords::asGoldCode);
        scorer.add(List.of(gold("REQUEST", List.of(new GoldArticle.Party("IGO", null)), List.of(new GoldArticle.Party("IRQ", null)))),
                coded(event("REQUEST", List.of(party("UNO", null)), List.of(party("IRQ", null)))));

        assertThat(scorer.loose()).isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void computesPrecisionRecallAndF1() {
        Counts counts = new Counts(6, 2, 4);

        assertThat(counts.precision()).isEqualTo(0.75);
        assertThat(counts.recall()).isEqualTo(0.6);
        assertThat(counts.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void namesMatchBySurnameOrTransliteratedFullName() {
        assertThat(Names.sameName("Mohammad-Reza Ashtiani", "Ashtiani")).isTrue();
        assertThat(Names.sameName("Ashtiani", "Mohammad Reza Ashtiani")).isTrue();
        assertThat(Names.sameName("Farid Aliyef", "Farid Aliyev")).isFalse();
        assertThat(Names.sameName("Farid Aliyef", "F. Aliyef")).isTrue();
        assertThat(Names.quoteContains("“We are certain that we will be able”", "we are certain")).isTrue();
    }

    @Test
    void talliesEachRulesMatchedAndUnmatchedEventsMostFalsePositivesFirst() {
        EventScorer scorer = new EventScorer();
        scorer.add(List.of(
                        gold("CONSULT", List.of(new GoldArticle.Party("IRN", null)), List.of(new GoldArticle.Party("AZE", null))),
                        gold("ACCUSE", List.of(new GoldArticle.Party("RUS", null)), List.of(new GoldArticle.Party("UKR", null)))),
                coded(event("CONSULT", List.of(party("IRN", null)), List.of(party("AZE", null)), "consult.meet"),
                        event("CONSULT", List.of(party("IRN", null)), List.of(party("TUR", null)), "consult.meet"),
                        event("ACCUSE", List.of(party("UKR", null)), List.of(party("RUS", null)), "accuse.accuse"),
                        event("REQUEST", List.of(party("UKR", null)), List.of(party("USA", null)), "request.ask"),
                        event("THREATEN", List.of(party("RUS", null)), List.of(party("UKR", null)), "threaten.warn")));

        assertThat(scorer.byRule()).containsEntry("consult.meet", new Counts(1, 1, 0))
                .containsEntry("accuse.accuse", new Counts(0, 1, 0));
        assertThat(RulePrecision.byFalsePositives(scorer.byRule())).containsExactly(
                new RulePrecision("consult.meet", 2, 1),
                new RulePrecision("accuse.accuse", 1, 0),
                new RulePrecision("request.ask", 1, 0),
                new RulePrecision("threaten.warn", 1, 0));
        assertThat(new RulePrecision("consult.meet", 2, 1).precision()).isEqualTo(0.5);
    }

    private static Event derived(String type, List<EventParty> actors, List<EventParty> recipients, String actorPath, String recipientPath) {
        Event plain = event(type, actors, recipients);
        org.annalist.events.Provenance provenance = new org.annalist.events.Provenance("patterns.tsv", "0", "a1", "0", "test",
                new org.annalist.events.EventDerivation(org.annalist.events.patterns.TriggerKind.VERB, actorPath, recipientPath), null);
        return new Event(plain.id(), plain.date(), plain.event(), plain.mode(), plain.context(), actors, recipients, null, 1, 1.0,
                "040", 1.0, List.of(), plain.evidence(), plain.rule(), provenance);
    }

    @Test
    void talliesEachRoleFillingPathAndWhatItsMissesLacked() {
        EventScorer scorer = new EventScorer();
        scorer.add(List.of(
                        gold("REJECT", List.of(new GoldArticle.Party("BLR", null)), List.of(new GoldArticle.Party("LTU", null))),
                        gold("THREATEN", List.of(new GoldArticle.Party("PRK", null)), List.of()),
                        gold("ACCUSE", List.of(new GoldArticle.Party("RUS", null)), List.of(new GoldArticle.Party("UKR", null))),
                        gold("SUPPORT", List.of(new GoldArticle.Party("LVA", null)), List.of(new GoldArticle.Party("POL", null)))),
                coded(derived("REJECT", List.of(party("BLR", null)), List.of(party("LTU", null)), "subject", "responds to v1"),
                        // right type and actor, wrong recipient: "only"; with no recipient it would match: "empty"
                        derived("THREATEN", List.of(party("PRK", null)), List.of(party("JPN", null)), "subject", "responds to v2"),
                        // right type and recipient, wrong actor
                        derived("ACCUSE", List.of(party("BLR", null)), List.of(party("UKR", null)), "possessor", "object"),
                        // the recipient the gold names was not found
                        derived("SUPPORT", List.of(party("LVA", null)), List.of(), "subject", null)));

        assertThat(PathPrecision.byFalsePositives(scorer.byPath())).containsExactly(
                new PathPrecision("actor", "subject", 3, 1, 0, 0),
                new PathPrecision("actor", "possessor", 1, 0, 1, 0),
                new PathPrecision("recipient", "responds to vN", 2, 1, 1, 1),
                new PathPrecision("recipient", "(no recipient)", 1, 0, 1, 0),
                new PathPrecision("recipient", "object", 1, 0, 0, 0));
        assertThat(PathPrecision.generalise("victims of the other country (fishermen)")).isEqualTo("victims of the other country (…)");
        assertThat(PathPrecision.generalise("earlier event v12 (same word)")).isEqualTo("earlier event vN (same word)");
    }
}
