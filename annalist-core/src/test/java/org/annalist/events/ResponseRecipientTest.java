package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A threat or refusal without a named target answers the party that last acted on its actor. */
class ResponseRecipientTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-05-20", text).events();
    }

    @Test
    void threatToRetaliateIsAimedAtTheSanctioningCountry() {
        assertThat(code("Canada imposed sanctions on Venezuela on Monday over the disputed election. "
                + "Venezuela's foreign ministry threatened on Tuesday to retaliate."))
                .filteredOn(event -> event.event().equals("THREATEN"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("VEN", "CAN"));
    }

    @Test
    void warningAboutTheActorsOwnMeasuresIsAimedAtTheOtherSide() {
        assertThat(code("Vietnamese vessels entered waters near the Paracel Islands on Monday, Chinese officials said. "
                + "A Chinese spokesman warned that China would take all necessary measures to defend its sovereignty."))
                .filteredOn(event -> event.event().equals("THREATEN"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("CHN", "VNM"));
    }

    @Test
    void refusalAnswersTheDemandMadeOfTheActor() {
        assertThat(code("Norway demanded on Monday that Russia return the seized trawler. "
                + "Russia refused on Tuesday, saying the vessel had fished illegally."))
                .filteredOn(event -> event.event().equals("REJECT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("RUS", "NOR"));
    }

    @Test
    void refusalAfterAPraiseOfTheActorAnswersNobodyNamed() {
        assertThat(code("The European Union praised Serbia on Monday for its cooperation. "
                + "Serbia refused on Tuesday, saying the decision was final."))
                .filteredOn(event -> event.event().equals("REJECT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SRB", ""));
    }

    @Test
    void domesticWarningWithoutAnyoneActingOnTheActorStaysDomestic() {
        assertThat(code("Tens of thousands of people marched in Lima on Monday against the pension reform. "
                + "Peru's interior minister warned that anyone who damaged property would be punished."))
                .filteredOn(event -> event.event().equals("THREATEN"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("PER", "PER"));
    }

    @Test
    void unionsWarningAnswersItsOwnGovernmentNotTheForeignSanctioner() {
        assertThat(code("Canada imposed tariffs on Peruvian copper on Monday. "
                + "Peru's largest miners' union warned on Tuesday that its members would block the highways to Lima."))
                .filteredOn(event -> event.event().equals("THREATEN"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("PER", "PER"));
    }

    @Test
    void oppositionRefusalAnswersItsOwnGovernment() {
        assertThat(code("Lithuania closed two border crossings with Belarus on Monday. "
                + "The Belarusian opposition party refused on Tuesday to attend any meeting with the government."))
                .filteredOn(event -> event.event().equals("REJECT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("BLR", "BLR"));
    }
    @Test
    void rebelsRefusalAnswersItsOwnStateNotAForeignAppealToTheGovernment() {
        assertThat(code("Thailand urged Myanmar's military government on Monday to free detained aid workers. "
                + "The Kachin Independence Army said on Tuesday it would not give back any town it had seized."))
                .filteredOn(event -> event.event().equals("REJECT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("MMR", "MMR"));
    }

    @Test
    void rebelsRefusalAnswersAForeignAppealAimedAtThem() {
        assertThat(code("Thailand urged the Kachin Independence Army on Monday to accept a ceasefire. "
                + "The Kachin Independence Army refused on Tuesday, saying the army was still bombing its villages."))
                .filteredOn(event -> event.event().equals("REJECT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("MMR", "THA"));
    }
}
