package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Blocking is a protest when challengers do it (PROTEST 144) and a restriction of movement when a state's forces do it (COERCE 191). */
class StateForceObstructionTest {

    private static List<org.assertj.core.groups.Tuple> blocks(String text) {
        return CoderFixture.code("2025-05-06", text).events().stream()
                .filter(event -> event.rule().startsWith("protest.block"))
                .map(event -> tuple(event.event(), event.cameo(), event.rule()))
                .toList();
    }

    @Test
    void policeBlockingMarchersRestrictTheirMovement() {
        assertThat(blocks("Riot police blocked the students from reaching the parliament building in Lima on Tuesday."))
                .containsExactly(tuple("COERCE", "191", "protest.block+state"));
    }

    @Test
    void soldiersBlockingARoadRestrictMovement() {
        assertThat(blocks("Chilean soldiers blocked the road to the border town of Colchane on Friday."))
                .extracting(row -> row.toArray()[0])
                .containsExactly("COERCE");
    }

    @Test
    void farmersBlockingAMotorwayProtest() {
        assertThat(blocks("Hundreds of Romanian farmers blocked the motorway near Bucharest with tractors on Monday."))
                .extracting(row -> row.toArray()[0])
                .containsExactly("PROTEST");
    }
}
