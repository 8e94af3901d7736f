package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "X said its forces had not …": the owner pronoun of a reported subject is the speaker. */
class ReportedOwnerTest {

    @Test
    void itsForcesInADenialAreTheSpeakers() {
        assertThat(CoderFixture.code("2025-03-04", "Peru accused Chile of firing on Peruvian fishing boats near Peruvian waters on Sunday.\n\n"
                + "Chile said its navy had not attacked any Peruvian boat.").events())
                .filteredOn(event -> event.event().equals("ASSAULT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()), Event::aux)
                .containsExactly(tuple("CHL", "PER", List.of("negation")));
    }

    @Test
    void theirTroopsReportedByAConjoinedSpeakerAreTheSpeakers() {
        assertThat(CoderFixture.code("2025-03-04", "Bolivian and Paraguayan officials met in Asuncion on Monday.\n\n"
                + "Paraguay said their troops would not attack Bolivian positions.").events())
                .filteredOn(event -> event.event().equals("ASSAULT"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("PRY");
    }

    @Test
    void theCountryAsAReportedSubjectIsTheSpeakersCountry() {
        assertThat(CoderFixture.code("2025-03-04", "Estonia convicted two men of spying for Moscow on Monday.\n\n"
                + "Estonian officials said the country would also bar entry to 20 Russian citizens linked to the network.").events())
                .filteredOn(event -> event.event().equals("SANCTION"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("EST", "RUS"));
    }
}
