package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One class row ("send &lt;force-unit&gt;", word-classes.tsv) covers every armed unit a verb of moving forces
 * takes, including nouns no row names on its own; a row that names the noun still outranks the class.
 */
class ForceUnitClassTest {

    private static List<org.assertj.core.groups.Tuple> coded(String text) {
        return CoderFixture.code("2026-05-12", text).events().stream()
                .map(event -> tuple(event.cameo(), event.rule(), codes(event.actors()), codes(event.recipients())))
                .toList();
    }

    @Test
    void platoonsSentToTheFrontierAreAMobilisation() {
        assertThat(coded("Armenia sent three more platoons to the Syunik frontier on Monday."))
                .containsExactly(tuple("154", "mobilize.send-force-unit", "ARM", ""));
    }

    @Test
    void gunboatsRushedToTheStraitAreAMobilisation() {
        assertThat(coded("The Philippines rushed two gunboats toward the disputed shoal on Sunday."))
                .containsExactly(tuple("154", "mobilize.rush-force-unit", "PHL", ""));
    }

    @Test
    void aNamedNounOutranksTheClass() {
        assertThat(coded("Poland sent tanks to Ukraine last month, the defence minister said."))
                .extracting(row -> row.toArray()[1]).containsExactly("aid.send-tank");
    }

    @Test
    void aWordOutsideTheClassDoesNotTrigger() {
        assertThat(coded("Kenya sent two cameramen to the camp on Monday.")).isEmpty();
    }

    @Test
    void aClassRowsEventNamesTheWordClassFileItDependsOn() {
        Event platoons = CoderFixture.code("2026-05-12", "Armenia sent three more platoons to the Syunik frontier on Monday.").events().get(0);
        Event tanks = CoderFixture.code("2026-05-12", "Poland sent tanks to Ukraine last month, the defence minister said.").events().get(0);

        assertThat(platoons.provenance().wordClassFiles()).extracting(ModelFile::name).containsExactly("events/word-classes.tsv");
        assertThat(platoons.provenance().wordClassFiles().get(0).sha256()).hasSize(64);
        assertThat(tanks.provenance().wordClassFiles()).isEmpty();
    }
}
