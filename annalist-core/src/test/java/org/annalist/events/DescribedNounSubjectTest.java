package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A present participle the parser hangs on the noun before it: a crowd noun does what the participle says
 * ("fired tear gas at miners blocking the road"), and the addressee of a letter does not ("wrote to the minister
 * urging him to act" is the writer's appeal).
 */
class DescribedNounSubjectTest {

    private static List<Event> events(String text) {
        return CoderFixture.code("2025-06-10", text).events();
    }

    @Test
    void aCrowdDescribedByAParticipleDoesItsAct() {
        List<Event> events = events("Bolivian police fired tear gas on Monday at hundreds of miners blocking the main road to Oruro.");

        assertThat(events).filteredOn(event -> event.rule().equals("protest.block-road")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("PROTEST");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("BOL");
                });
    }

    @Test
    void theAddresseeOfALetterIsNotTheOneWhoUrges() {
        List<Event> events = events("Senegal's foreign minister wrote to his Gambian counterpart urging him to reopen the border crossing.");

        assertThat(events).filteredOn(event -> event.rule().equals("request.urge")).singleElement()
                .satisfies(event -> assertThat(event.actors()).extracting(EventParty::code).containsExactly("SEN"));
    }

    @Test
    void aGenericGroupDescribedByAParticipleDoesNothing() {
        List<Event> events = events("The Kenyan army warned that any group sheltering the militants would be treated as an enemy.");

        assertThat(events).noneMatch(event -> event.rule().equals("aid.shelter"));
    }

    @Test
    void aThingDescribedByAParticipleIsNoActor() {
        List<Event> events = events("Yemen's rebels said they would target ships trading with Israel in the Red Sea.");

        assertThat(events).noneMatch(event -> event.rule().equals("cooperate.trade-with"));
    }
}
