package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/** A city or country in the "in" or "at" phrase of a gathering ("a summit in Kampala") is where it is held, not a recipient. */
class VenueOfGatheringTest {

    private static final String OPENING = "NAIROBI, Sept 3 - Kenya accused Somalia on Monday of arming militias near the border, "
            + "and Somalia recalled its ambassador from Nairobi. Somalia's foreign ministry said Kenya had violated its sovereignty. ";

    @Test
    void offerToHostTalksInACityGoesToTheTwoSides() {
        assertThat(CoderFixture.code("2025-09-03", OPENING + "The African Union offered to host talks in Addis Ababa.").events())
                .filteredOn(event -> event.event().equals("AGREE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("IGO", "KEN,SOM"));
    }

    @Test
    void jointSigningAtASummitInACityHasNoRecipient() {
        assertThat(CoderFixture.code("2025-09-03", OPENING + "Kenya and Somalia later signed a border protocol at a regional summit "
                + "in Kampala.").events())
                .filteredOn(event -> event.event().equals("SUPPORT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("KEN,SOM", ""));
    }

    @Test
    void signingAtAConferenceInAThirdCountryHasNoRecipient() {
        assertThat(CoderFixture.code("2025-09-03", OPENING + "Kenyan and Somali ministers signed a trade protocol at an "
                + "intergovernmental conference in Tanzania on Tuesday.").events())
                .filteredOn(event -> event.event().equals("SUPPORT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("KEN,SOM", ""));
    }

    @Test
    void venueInsideTheOfferedTalksIsNotTheirHolder() {
        // the third party's own capital, reached through the talks' "in" phrase, is where they would be held
        assertThat(CoderFixture.code("2025-09-03", OPENING + "Tanzanian President Samia Suluhu Hassan, who helped broker last year's "
                + "truce, offered to host talks between the two sides in Dodoma.").events())
                .filteredOn(event -> event.event().equals("AGREE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("TZA", "KEN,SOM"));
    }
}
