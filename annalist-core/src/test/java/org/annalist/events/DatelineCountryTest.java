package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The dateline's country is the country of unnamed actors only when the story names it as a party. */
class DatelineCountryTest {

    private static List<String> allCodes(CodingResult result) {
        return result.events().stream()
                .flatMap(event -> Stream.concat(event.actors().stream(), event.recipients().stream()))
                .map(EventParty::code)
                .distinct()
                .toList();
    }

    @Test
    void courtSeatDatelineDoesNotMakeUnnamedActorsDutch() {
        CodingResult result = CoderFixture.code("2025-03-06", "THE HAGUE, March 6 (Reuters) - Judges at the International Criminal Court "
                + "issued an arrest warrant for a Libyan militia commander on Thursday.\n\n"
                + "Libya's government said it would cooperate with the court.\n\n"
                + "Rights groups welcomed the decision.");
        assertThat(result.events()).isNotEmpty();
        assertThat(allCodes(result)).doesNotContain("NLD");
    }

    @Test
    void datelineOfACountryNamedAsAPartyStillGivesUnnamedActorsItsCode() {
        CodingResult result = CoderFixture.code("2025-03-06", "NAIROBI, Kenya (AP) - Police fired tear gas at protesters in the city "
                + "centre on Tuesday, the Kenyan interior ministry said.");
        assertThat(result.events())
                .filteredOn(event -> event.event().equals("ASSAULT"))
                .extracting(event -> event.actors().get(0).code())
                .containsExactly("KEN");
    }
    @Test
    void summitVenueDatelineDoesNotMakeTheStorysCrowdsTheHosts() {
        CodingResult result = CoderFixture.code("2025-06-03", "DAKAR, June 3 (Reuters) - Mali and Guinea agreed on Tuesday to reopen "
                + "their border after talks hosted by Senegal's president.\n\n"
                + "Mali's junta said the deal would end months of hardship. Guinea's foreign minister welcomed it.\n\n"
                + "Mali's army chief promised to pull back troops, and Malian traders celebrated the news.\n\n"
                + "Hundreds of opposition supporters marched through the capital on Friday.");
        assertThat(result.events())
                .filteredOn(event -> event.event().equals("PROTEST"))
                .extracting(event -> event.actors().get(0).code())
                .containsExactly("MLI");
    }

    @Test
    void placeOfACountryTheStoryNeverNamesDoesNotGiveUnnamedActorsItsCode() {
        // "Santa Cruz" is a Philippine town in the gazetteer; a Belizean story about a Belizean village of that name
        CodingResult result = CoderFixture.code("2025-06-03", "BELMOPAN (AFP) - Belize's government raised fuel prices on Monday.\n\n"
                + "Angry farmers blocked the main road near Santa Cruz on Tuesday.");
        assertThat(result.events())
                .filteredOn(event -> event.event().equals("PROTEST"))
                .extracting(event -> event.actors().get(0).code())
                .containsExactly("BLZ");
    }

    @Test
    void namesakeTownGivesNeitherTheEventsPlaceNorItsParties() {
        // the town list's "Santa Cruz" is Philippine; the story is Bolivian and never names the Philippines
        CodingResult result = CoderFixture.code("2026-02-17", "LA PAZ (AP) - Bolivia's government raised diesel prices on Monday.\n\n"
                + "Police arrested 20 truckers who had blocked the highway in Santa Cruz on Tuesday, officials said.");
        assertThat(result.events()).filteredOn(event -> event.event().equals("COERCE")).isNotEmpty();
        assertThat(allCodes(result)).doesNotContain("PHL");
        assertThat(result.events()).allSatisfy(event -> assertThat(event.location() == null ? null : event.location().code())
                .isNotEqualTo("PHL"));
    }
}
