package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Appeals, charges and instructions reported as indirect speech: the text holds the verb that says
 * what kind of act it was; an instruction given with a speech verb ("ordered X to …") is reported as
 * an appeal is; asking for one's own anonymity reports nothing.
 */
class AppealReportTest {

    private static List<Quote> indirect(String text) {
        return QuoteFixture.quotes(" date 2026-03-11 " + text).stream().filter(quote -> !quote.direct()).toList();
    }

    @Test
    void anAppealsTextStartsWithItsVerb() {
        assertThat(indirect("Chile's Foreign Ministry called on Bolivia to release the two border guards."))
                .extracting(Quote::text, Quote::speakerName)
                .containsExactly(tuple("called on Bolivia to release the two border guards", "Foreign Ministry"));
    }

    @Test
    void aChargesTextStartsWithItsVerb() {
        assertThat(indirect("Amnesty International accused Peruvian police of beating detained miners."))
                .extracting(Quote::text)
                .containsExactly("accused Peruvian police of beating detained miners");
    }

    @Test
    void anAnnouncedAppealKeepsItsModal() {
        assertThat(indirect("Lithuania would ask NATO to send more air defence systems, Foreign Minister Gintaras Vaitkus said."))
                .extracting(Quote::text)
                .anyMatch(text -> text.startsWith("would ask NATO to send more air defence systems"));
    }

    @Test
    void anOrderWithAHearerAndAnInfinitiveIsAnInstruction() {
        assertThat(indirect("President Ramaphosa ordered the army to evacuate the flooded villages."))
                .extracting(Quote::text, Quote::speakerName, Quote::attribution)
                .containsExactly(tuple("ordered the army to evacuate the flooded villages", "Ramaphosa", "indirect:directive-complement:nsubj"));
    }

    @Test
    void askingNotToBeNamedIsNoAppeal() {
        assertThat(indirect("A senior Kenyan official, who asked not to be named, said Nairobi was preparing a formal protest."))
                .extracting(Quote::text)
                .noneMatch(text -> text.contains("to be named"));
    }

    @Test
    void aChargeTheParserJoinedToAMangledReportIsTheReportersToo() {
        // "said Warsaw was “concerned about …” and called on Minsk to …": the parser makes the report an
        // open complement of "said" and joins "called" to a noun inside it, so "called" has no subject
        assertThat(indirect("Interior Minister Tomasz Kowal said Warsaw was \"concerned about Belarus's reckless actions\" "
                + "and called on Minsk to close the camps."))
                .filteredOn(quote -> quote.attribution().startsWith("indirect:appeal-complement"))
                .extracting(Quote::speakerName)
                .containsExactly("Tomasz Kowal");
    }

    @Test
    void anAppealOnlyAnnouncedInsideAReportIsTheReportersStatement() {
        assertThat(indirect("Foreign Minister Arturo Solano said Panama had sent a protest note to Managua and would ask "
                + "the United Nations to send observers."))
                .filteredOn(quote -> quote.text().startsWith("would ask"))
                .extracting(Quote::speakerName)
                .containsExactly("Arturo Solano");
    }

    @Test
    void anAppealWhoseInfinitiveIsAReportingWordKeepsIt() {
        assertThat(indirect("Interior Minister Hans Weber called on power and water operators to report cyber intrusions within 24 hours."))
                .extracting(Quote::text)
                .contains("called on power and water operators to report cyber intrusions within 24 hours");
    }

    @Test
    void aDemandsClauseIsReportedWithTheDemand() {
        assertThat(indirect("Amnesty International demanded that the government publish the full loan agreement."))
                .extracting(Quote::text, Quote::speakerName)
                .containsExactly(tuple("demanded that the government publish the full loan agreement", "Amnesty International"));
    }

    @Test
    void aDenialsGerundIsWhatWasDenied() {
        assertThat(indirect("Hezbollah denied moving weapons into the border villages."))
                .extracting(Quote::text, Quote::speakerName, Quote::attribution)
                .containsExactly(tuple("denied moving weapons into the border villages", "Hezbollah", "indirect:gerund-complement:nsubj"));
    }

    @Test
    void aContinuedActionIsNoReport() {
        assertThat(indirect("The army continued shelling the northern districts of the town.")).isEmpty();
    }
}
