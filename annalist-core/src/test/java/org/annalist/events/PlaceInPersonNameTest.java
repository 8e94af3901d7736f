package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A town's name as a person's first name ("Maros Sefcovic": Maros is a town in Indonesia) is no
 * place of the sentence: neither the event's location nor the home country of its rules.
 */
class PlaceInPersonNameTest {

    @Test
    void firstNameThatIsATownIsNotTheEventsLocation() {
        List<Event> events = CoderFixture.code("2026-03-10", "EU trade chief Maros Sefcovic criticised China's new duties "
                + "on European brandy on Tuesday.").events();
        assertThat(events).filteredOn(event -> event.event().equals("ACCUSE")).isNotEmpty()
                .allSatisfy(event -> assertThat(event.location() == null ? null : event.location().name()).isNotEqualTo("Maros"));
    }
}
