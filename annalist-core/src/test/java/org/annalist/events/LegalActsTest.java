package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Legal acts against a person are COERCE 173 as arrests are (the gold conventions): an arrest warrant issued for
 * someone, a person charged with a crime.
 */
class LegalActsTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-05-06", text).events();
    }

    @Test
    void arrestWarrantIssuedForAForeignerIsCoercion() {
        assertThat(code("Turkish prosecutors issued an arrest warrant for a Greek journalist on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("COERCE", "173", "TUR", "GRC"));
    }

    @Test
    void chargingAForeignerWithEspionageIsCoercion() {
        assertThat(code("Iran charged a British tourist with espionage on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("COERCE", "173", "IRN", "GBR"));
    }
}
