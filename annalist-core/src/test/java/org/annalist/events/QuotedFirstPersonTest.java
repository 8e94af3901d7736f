package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "“We will impose sanctions,” the minister said": inside a quotation, "we" and "our army" are the speaker's side. */
class QuotedFirstPersonTest {

    @Test
    void weInsideAQuotationIsTheSpeakersCountry() {
        List<Event> events = CoderFixture.code("2025-02-10", "Polish Foreign Minister Anna Kowalska spoke in Warsaw on Monday. "
                + "“We will impose new sanctions on Moscow,” Kowalska told reporters.").events();

        assertThat(events).filteredOn(event -> event.event().equals("SANCTION")).singleElement().satisfies(event -> {
            assertThat(event.actors()).extracting(EventParty::code).containsExactly("POL");
            assertThat(event.recipients()).extracting(EventParty::code).containsExactly("RUS");
            assertThat(event.aux()).contains("future");
        });
    }

    @Test
    void ownedNounWithACountryAdjectiveIsThatCountryNotTheSpeakers() {
        List<Event> events = CoderFixture.code("2025-05-14", "TUNIS (Reuters) - Italy's ambassador in Tunis, Paolo Ferri, "
                + "said on Wednesday that Rome stood “shoulder to shoulder with our Tunisian partners”.").events();

        assertThat(events).filteredOn(event -> event.event().equals("SUPPORT")).singleElement().satisfies(event -> {
            assertThat(event.actors()).extracting(EventParty::code).containsExactly("ITA");
            assertThat(event.recipients()).extracting(EventParty::code).containsExactly("TUN");
        });
    }
}
