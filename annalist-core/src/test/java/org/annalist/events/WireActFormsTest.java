package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wire-copy phrasings of protest, aid, concession and cooperation listed by semantic field
 * (patterns.tsv rows marked lexicon1): crowds pouring into the streets, chanting slogans, a general
 * strike launched (a labour protest, not an attack), walking out of a chamber, stones pelted; a
 * lender approving a loan, a state providing another "with" weapons, relief distributed or rushed,
 * boats handed over; a veto lifted, internet access restored, a tax increase scrapped, blockades
 * suspended. And rallying behind a leader is support, not a demonstration.
 */
class WireActFormsTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-03-11", text).events();
    }

    private static List<Event> ofType(String type, String text) {
        return code(text).stream().filter(event -> event.event().equals(type)).toList();
    }

    @Test
    void crowdsPouringIntoTheStreetsDemonstrate() {
        assertThat(ofType("PROTEST", "Thousands of Armenian demonstrators poured into the streets of Yerevan on Sunday."))
                .extracting(Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("141", "ARM"));
    }

    @Test
    void chantingSlogansOutsideAnEmbassyIsADemonstration() {
        assertThat(ofType("PROTEST", "Georgian protesters chanted slogans outside the Russian embassy in Tbilisi on Monday."))
                .extracting(Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("141", "GEO"));
    }

    @Test
    void aLaunchedGeneralStrikeIsALabourProtestNotAnAttack() {
        List<Event> events = code("Ghanaian labour unions launched a general strike on Tuesday over the new fuel levy.");
        assertThat(events).extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("PROTEST", "143", "GHA"));
    }

    @Test
    void aLaunchedHungerStrikeIsNoAttack() {
        assertThat(code("Jailed Turkish journalists launched a hunger strike on Friday."))
                .extracting(Event::event, Event::cameo)
                .containsExactly(tuple("PROTEST", "142"));
    }

    @Test
    void walkingOutOfTheChamberIsAWalkout() {
        assertThat(ofType("PROTEST", "Opposition lawmakers in Kenya walked out of the parliament in Nairobi on Wednesday."))
                .extracting(Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("143", "KEN"));
    }

    @Test
    void peltingPoliceWithStonesIsAViolentProtest() {
        assertThat(ofType("PROTEST", "Chilean protesters pelted police with stones in Valparaiso on Thursday."))
                .extracting(Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("145", "CHL"));
    }

    @Test
    void rallyingBehindALeaderIsSupportNotADemonstration() {
        assertThat(code("Hungarian lawmakers rallied behind the prime minister on Monday."))
                .extracting(Event::event).doesNotContain("PROTEST");
    }

    @Test
    void aLenderApprovingALoanGivesEconomicAid() {
        assertThat(ofType("AID", "The World Bank approved a $400 million loan to Ghana on Thursday."))
                .extracting(Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("071", "IGO", "GHA"));
    }

    @Test
    void providingAStateWithWeaponsNamesItAsTheObject() {
        assertThat(ofType("AID", "Norway provided Ukraine with additional air defence systems on Tuesday."))
                .extracting(Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("072", "NOR", "UKR"));
    }

    @Test
    void rushingSuppliesAndDispatchingRescueTeamsAreHumanitarianAid() {
        assertThat(ofType("AID", "India rushed emergency supplies to Myanmar on Saturday."))
                .extracting(Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("070", "IND", "MMR"));
        assertThat(ofType("AID", "Greece dispatched rescue teams to Turkey on Monday."))
                .extracting(Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("073", "GRC", "TUR"));
    }

    @Test
    void handingOverPatrolBoatsIsMilitaryAidNotJudicialCooperation() {
        assertThat(code("Japan handed over six patrol boats to the Philippine coast guard on Friday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("AID", "072", "JPN", "PHL"));
    }

    @Test
    void liftingAVetoIsAConcession() {
        assertThat(ofType("CONCEDE", "Slovakia lifted its veto on the new sanctions package on Wednesday."))
                .extracting(Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("080", "SVK"));
    }

    @Test
    void restoringInternetServiceEasesARestriction() {
        assertThat(ofType("CONCEDE", "The Sudanese authorities restored internet services in Khartoum on Sunday."))
                .extracting(Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("0811", "SDN"));
    }

    @Test
    void scrappingATaxIncreaseIsAPolicyConcession() {
        assertThat(ofType("CONCEDE", "The Ghanaian government scrapped the planned fuel tax increase on Friday."))
                .extracting(Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("0832", "GHA"));
    }

    @Test
    void protestersSuspendingTheirBlockadesConcede() {
        assertThat(ofType("CONCEDE", "Peruvian farmers suspended their road blockades on Monday."))
                .extracting(Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("080", "PER"));
    }
}
