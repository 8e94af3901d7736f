package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "X said Y had done something and demanded/accused/called on …": the parser joins the reporter's second act to the
 * reported verb, so the enhanced parse lends it the reported clause's coded subject (Y). A speech, appeal or
 * accusation so joined is the reporter's ({@link org.annalist.quotes.ReporterConjunct}); a material act stays Y's.
 */
class ReporterConjunctEventTest {

    private static List<Event> events(String text) {
        return CoderFixture.code("2026-04-14", text).events();
    }

    private static List<String> codes(List<Event> events, String rule, boolean actors) {
        return events.stream().filter(event -> event.rule().equals(rule))
                .flatMap(event -> (actors ? event.actors() : event.recipients()).stream()).map(EventParty::code).toList();
    }

    @Test
    void aDemandJoinedToAReportedIncursionIsTheReportersNotTheIntruders() {
        List<Event> events = events("Chile's foreign ministry said the Argentine trawler had entered Chilean waters illegally "
                + "and demanded that Buenos Aires recall the vessel.");

        assertThat(codes(events, "request.demand", true)).containsExactly("CHL");
        assertThat(codes(events, "request.demand", false)).containsExactly("ARG");
    }

    @Test
    void anAccusationJoinedToAReportedProgressiveIsTheReporters() {
        List<Event> events = events("Djibouti's information minister said on Tuesday that Eritrea had been massing troops on the border "
                + "and accused President Isaias Afwerki of planning an invasion.");

        assertThat(codes(events, "accuse.accuse", true)).containsExactly("DJI");
    }

    @Test
    void anUrgingAfterAReportedPlanIsTheReportersEvenWhenThePlannerIsCoded() {
        List<Event> events = events("Ghana's foreign minister said Nigeria would challenge the tariff ruling and urged Togo to reopen the border.");

        assertThat(codes(events, "request.urge", true)).containsExactly("GHA");
        assertThat(codes(events, "request.urge", false)).containsExactly("TGO");
    }

    @Test
    void aMaterialActJoinedToTheReportedClauseStaysWithTheClausesSubject() {
        List<Event> events = events("Kenya's defence ministry said Somali troops had killed 14 militants and freed three hostages near the border.");

        assertThat(events).filteredOn(event -> event.rule().startsWith("retreat.free"))
                .allSatisfy(event -> assertThat(event.provenance().derivation().actorSource()).doesNotContain("speaker"));
    }
}
