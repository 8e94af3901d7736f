package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A directed act named without its target, in a story between two countries, is aimed at the other one. */
class CounterpartRecipientTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-06-11", text).events();
    }

    @Test
    void diplomaticProtestWithoutTargetIsAimedAtTheOtherCountry() {
        assertThat(code("Norway on Tuesday halved the cod quota for Icelandic trawlers near Svalbard. "
                + "Iceland lodged a protest through diplomatic channels on Wednesday."))
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ISL", "NOR"));
    }

    @Test
    void suspendedTalksAreASanctionOnTheOtherCountry() {
        assertThat(code("Peru accused Chile of moving border markers in the Atacama desert. "
                + "Chile suspended talks on the fishing agreement on Friday."))
                .filteredOn(event -> event.event().equals("SANCTION"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("CHL", "PER"));
    }

    @Test
    void aidWithoutRecipientGoesToTheOtherCountry() {
        assertThat(code("Japan and the Philippines signed a maritime security pact in Manila on Monday. "
                + "Japan will also help train the Philippine coast guard, the ministry said."))
                .filteredOn(event -> event.event().equals("AID"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("JPN", "PHL"));
    }

    @Test
    void protestMarchStaysDomestic() {
        // PROTEST is not on the directed-event list: demonstrators with no target are their own country's affair
        assertThat(code("Chile recalled its ambassador to Peru on Monday. "
                + "Thousands of Chileans marched in Santiago on Tuesday."))
                .filteredOn(event -> event.event().equals("PROTEST"))
                .extracting(event -> codes(event.recipients()))
                .containsOnly("CHL");
    }

    @Test
    void otherCountryNotNamedNearbyGivesNoCounterpart() {
        assertThat(code("Peru and Chile held talks on fishing rights in Lima in March. "
                + "The talks ended without a deal. Fishermen in Arica complained about the delays. "
                + "Prices of fish rose in the markets. Restaurants raised their menus. "
                + "Chile lodged a protest on Friday."))
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.recipients()))
                .doesNotContain("PER");
    }

    @Test
    void prisonerReleaseInADealIsAimedAtTheOtherCountry() {
        assertThat(code("Canada eased visa rules for Cuban students on Monday after months of talks with Havana. "
                + "Cuba freed 12 political prisoners on Tuesday."))
                .filteredOn(event -> event.event().equals("RETREAT") && codes(event.actors()).equals("CUB"))
                .extracting(event -> codes(event.recipients()))
                .containsExactly("CAN");
    }

    @Test
    void resignationStaysTheActorsOwnAffair() {
        assertThat(code("Slovakia recalled its ambassador to Hungary on Monday. "
                + "Slovakia's defence minister will resign on Friday, his office said."))
                .filteredOn(event -> event.cameo().startsWith("0831"))
                .extracting(event -> codes(event.recipients()))
                .containsExactly("SVK");
    }

    @Test
    void aCountryNamedInPassingIsNoCounterpart() {
        // Kenya is mentioned six times, Uganda once: the story is not between the two
        assertThat(code("Kenyan police arrested ten suspects over the kidnapping of 40 pupils in Kisumu. "
                + "Kenya's interior ministry said the gang had held the children for a week. "
                + "The Kenyan army searched the forests near the school on Monday. "
                + "Kenyan lawmakers said security in the county had collapsed. "
                + "A Ugandan trader said he had seen the gang near the border. "
                + "Kenya's government lodged a protest through diplomatic channels."))
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.recipients()))
                .isNotEmpty()
                .doesNotContain("UGA");
    }

    @Test
    void riotPoliceDispersingACrowdActOnTheirOwnCountryNotTheStorysOtherSide() {
        assertThat(code("Armenia accused Turkey on Monday of funding a campaign against the new border law. "
                + "Turkey rejected the accusation. "
                + "Tens of thousands of Armenians rallied outside parliament in Yerevan against the law on Tuesday. "
                + "Riot police used tear gas to disperse the crowd after midnight, the interior ministry said."))
                .filteredOn(event -> event.rule().equals("assault.use-tear-gas"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ARM", "ARM"));
    }
    @Test
    void oppositionDemandWithoutAddresseeIsAimedAtItsOwnAuthorities() {
        // the opposition's demand in a story between two countries goes to its own authorities, not the other country
        assertThat(code("Fiji signed a policing agreement with Japan in Suva on Monday. "
                + "Japan will pay for new patrol boats under the agreement. "
                + "The opposition Fiji Unity Party demanded that parliament be told how much Japan would spend on the boats."))
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("FJI", "FJI"));
    }

    @Test
    void oppositionClashWithoutTargetIsNotMadeDomestic() {
        // only demands and complaints: a challenger's violent act may be aimed across the border
        assertThat(code("Vietnam protested to Indonesia on Monday over the seizure of three trawlers near the Natuna Islands. "
                + "Indonesia said the boats had fished illegally in its waters. "
                + "Vietnamese fishermen clashed on Tuesday, an Indonesian navy officer said."))
                .filteredOn(event -> event.event().equals("ASSAULT"))
                .isNotEmpty()
                .extracting(event -> codes(event.recipients()))
                .doesNotContain("VNM");
    }
}
