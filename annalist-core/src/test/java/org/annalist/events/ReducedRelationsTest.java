package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reductions in relations (SANCTION): suspending a truce with a neighbour (160), cutting another country's quota or raising duties on its goods (163),
 * cancelling a deal with it (160).
 */
class ReducedRelationsTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-05-06", text).events();
    }

    @Test
    void suspendingATruceReducesRelations() {
        assertThat(code("Thailand suspended a border truce with Cambodia on Tuesday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SANCTION", "160", "THA", "KHM"));
    }

    @Test
    void cuttingAnotherCountrysQuotaIsASanction() {
        assertThat(code("Norway cut the fishing quota for Russian trawlers on Tuesday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SANCTION", "163", "NOR", "RUS"));
    }

    @Test
    void raisingDutiesOnAnotherCountrysGoodsIsASanction() {
        assertThat(code("Mexico raised duties on Chinese steel on Tuesday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SANCTION", "163", "MEX", "CHN"));
    }

    @Test
    void cancellingADealWithACountryReducesRelations() {
        assertThat(code("Panama cancelled a port deal with China on Tuesday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SANCTION", "160", "PAN", "CHN"));
    }
}
