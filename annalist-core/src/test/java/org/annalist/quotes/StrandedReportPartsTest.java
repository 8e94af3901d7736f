package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reported clauses the parser cut short or hung upside down are still reported whole. */
class StrandedReportPartsTest {

    @Test
    void predicateLeftHangingFromSaidCompletesTheReport() {
        assertThat(QuoteFixture.quotes("Defence Minister Ana Lopes said police units and army troops stationed in the district had arrested "
                + "six suspects overnight.")).extracting(Quote::text, Quote::speakerName).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "police units and army troops stationed in the district had arrested six suspects overnight", "Ana Lopes"));
    }

    @Test
    void whenClauseHungFromSaidStaysInTheReport() {
        assertThat(QuoteFixture.quotes("A port official, speaking on condition of anonymity, said the fire started when workers tried to weld "
                + "a fuel tank near the dock.")).extracting(Quote::text)
                .containsExactly("the fire started when workers tried to weld a fuel tank near the dock");
    }

    @Test
    void saidParsedAsTheSubjectOfANominalPredicateStillReportsIt() {
        assertThat(QuoteFixture.quotes("The Khartoum health ministry, which is run by the army, said at least 25 children in intensive care "
                + "wards across the city were at serious risk.")).extracting(Quote::text, Quote::speakerName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "at least 25 children in intensive care wards across the city were at serious risk", "Khartoum health ministry"));
    }

    @Test
    void predicateHungFromTheFirstConjunctOrMadeTheRootCompletesTheSecondReport() {
        assertThat(QuoteFixture.quotes("In a statement read on state radio, army spokesman Colonel Idrissa Kone accused Mali of sheltering "
                + "\"armed gangs and smugglers\" and said the crossing would remain shut until Bamako stopped serving as a haven "
                + "for raids on Burkina Faso.")).filteredOn(quote -> quote.text().startsWith("the crossing"))
                .extracting(Quote::text, Quote::speakerName).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "the crossing would remain shut until Bamako stopped serving as a haven for raids on Burkina Faso", "Idrissa Kone"));
    }

    @Test
    void accusationOfAGerundHungFromTheObjectIsTheCharge() {
        assertThat(QuoteFixture.quotes("Union leader Maria Ortega said the strike would go ahead but accused the ministry of ignoring safety "
                + "rules at its mines in the northern provinces.")).extracting(Quote::text, Quote::speakerName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("the strike would go ahead", "Maria Ortega"),
                org.assertj.core.groups.Tuple.tuple("accused the ministry of ignoring safety rules at its mines in the northern provinces", "Maria Ortega"));
    }

    @Test
    void saidParsedAsTheSubjectOfTheReportedVerbStillReportsIt() {
        assertThat(QuoteFixture.quotes("An Indian official, speaking on condition of anonymity, said Delhi would not accept a Chinese military "
                + "presence in Bhutan.")).extracting(Quote::text, Quote::speakerName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Delhi would not accept a Chinese military presence in Bhutan", null));
    }

    @Test
    void secondThatClauseJoinedToSaidIsASecondReport() {
        assertThat(QuoteFixture.quotes("Foreign Minister Anna Kowal said the drills violated the treaty and that Warsaw had sent a formal protest "
                + "to Minsk through its embassy in Vilnius.")).extracting(Quote::text, Quote::speakerName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("the drills violated the treaty", "Anna Kowal"),
                org.assertj.core.groups.Tuple.tuple("that Warsaw had sent a formal protest to Minsk through its embassy in Vilnius", "Anna Kowal"));
    }

    @Test
    void reportAfterAnotherReportingVerbIsNotTakenForItsSubject() {
        assertThat(QuoteFixture.quotes("Austrian government spokesman Lukas Weber condemned the ruling and said Vienna would raise it with "
                + "the Hungarian ambassador.")).extracting(Quote::text, Quote::speakerName).contains(
                org.assertj.core.groups.Tuple.tuple("Vienna would raise it with the Hungarian ambassador", "Lukas Weber"));
    }

    @Test
    void accordingToASourceDescribedByARelativeClauseReportsTheMainClause() {
        assertThat(QuoteFixture.quotes("Three fishermen were detained near the atoll, according to the Maldivian coast guard, which said it had "
                + "seized their boat.")).extracting(Quote::text, Quote::speakerName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Three fishermen were detained near the atoll", "Maldivian coast guard"));
    }

    @Test
    void commaSetClauseAfterTheReportIsNotAddedToIt() {
        assertThat(QuoteFixture.quotes("Ana Lopes said the curfew would be lifted, before she left for the airport."))
                .extracting(Quote::text).containsExactly("the curfew would be lifted");
    }
}
