package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/**
 * A third party's offer that names no one, in a story between two countries, is made to both
 * sides; a side's own offer, and an offer whose act names its target, are not.
 */
class ThirdPartyOfferTest {

    private static final String OPENING = "NAIROBI, Sept 3 - Kenya accused Somalia on Monday of arming militias near the border, "
            + "and Somalia recalled its ambassador from Nairobi. Somalia's foreign ministry said Kenya had violated its sovereignty. ";

    @Test
    void blocOfferingToMediateOffersToBothSides() {
        assertThat(CoderFixture.code("2025-09-03", OPENING + "The African Union offered to mediate.").events())
                .filteredOn(event -> event.event().equals("AGREE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()),
                        event -> event.provenance().derivation().recipientSource())
                .containsExactly(tuple("IGO", "KEN,SOM", ThirdPartyOffer.SOURCE));
    }

    @Test
    void bodyReadyToHelpOffersToBothSides() {
        assertThat(CoderFixture.code("2025-09-03", OPENING + "The European Union said it was ready to help.").events())
                .filteredOn(event -> event.event().equals("AGREE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("EUR", "KEN,SOM"));
    }

    @Test
    void offerWhoseActNamesItsTargetKeepsIt() {
        assertThat(CoderFixture.code("2025-09-03", OPENING + "The United Nations offered to help Somalia.").events())
                .filteredOn(event -> event.event().equals("AGREE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("UNO", "SOM"));
    }

    @Test
    void sideOfTheStoryDoesNotOfferToItself() {
        assertThat(CoderFixture.code("2025-09-03", OPENING + "Kenya said it was ready to help.").events())
                .filteredOn(event -> event.event().equals("AGREE"))
                .allSatisfy(event -> assertThat(codes(event.recipients())).doesNotContain("KEN"));
    }

    @Test
    void lobbyOfOneSideCriticisingBothGovernmentsIncludesItsOwn() {
        assertThat(CoderFixture.code("2025-09-03", OPENING + "Kenya and Somalia also exchanged protest notes on Tuesday. "
                + "Ethiopia and Uganda watched the row closely. "
                + "The Kenya Association of Manufacturers criticised both governments for hurting trade.").events())
                .filteredOn(event -> event.event().equals("ACCUSE") && event.evidence().sentence().contains("Manufacturers"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("KEN", "KEN,SOM"));
    }
}
