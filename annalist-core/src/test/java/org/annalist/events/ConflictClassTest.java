package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Class rows of COERCE, ASSAULT and PROTEST (word-classes.tsv: crossing-place, artillery-weapon, aerial-weapon,
 * crowd-weapon, protest-symbol, riot-fuel, projectile, roadway) code verb and noun pairs no literal row names; a literal row
 * still outranks its class row, and a noun outside every class codes nothing.
 */
class ConflictClassTest {

    private static List<org.assertj.core.groups.Tuple> coded(String text) {
        return CoderFixture.code("2026-05-12", text).events().stream()
                .map(event -> tuple(event.cameo(), event.rule(), codes(event.actors()), codes(event.recipients())))
                .toList();
    }

    private static List<Object> rules(String text) {
        return coded(text).stream().map(row -> row.toArray()[1]).toList();
    }

    @Test
    void sealingAStraitToForeignWarshipsRestrictsMovement() {
        assertThat(coded("Turkey sealed the Bosphorus strait to Russian warships on Monday."))
                .containsExactly(tuple("191", "coerce.seal-crossing-place", "TUR", "RUS"));
    }

    @Test
    void launchedDronesAreAnAerialAttack() {
        assertThat(coded("Houthi forces launched a dozen drones on the Israeli port of Eilat overnight, the army said."))
                .containsExactly(tuple("195", "assault.launch-aerial-weapon", "YEM", "ISR"));
    }

    @Test
    void lobbedMortarsAreArtilleryFire() {
        assertThat(rules("Sudanese rebels lobbed mortars into the town of Kadugli on Sunday, the army said."))
                .containsExactly("assault.lob-artillery-weapon");
    }

    @Test
    void teargasFiredAtACrowdIsRepression() {
        assertThat(coded("Zimbabwean police fired teargas at opposition supporters in Harare on Saturday."))
                .extracting(row -> row.toArray()[0], row -> row.toArray()[1], row -> row.toArray()[2])
                .containsExactly(tuple("175", "assault.fire-crowd-weapon-at", "ZWE"));
    }

    @Test
    void burningEffigiesIsADemonstration() {
        assertThat(coded("Protesters in Lahore burned effigies of the Indian prime minister on Friday."))
                .extracting(row -> row.toArray()[0], row -> row.toArray()[1])
                .containsExactly(tuple("141", "protest.burn-protest-symbol"));
    }

    @Test
    void burningCarsIsARiot() {
        assertThat(rules("Rioters burned cars and buses in the suburbs of Lyon overnight, French police said."))
                .containsExactly("protest.burn-riot-fuel");
    }

    @Test
    void aLiteralRowOutranksItsClass() {
        assertThat(rules("Protesters in Lima threw stones at police on Thursday."))
                .containsExactly("protest.throw-stone");
    }

    @Test
    void aNounOutsideTheClassesCodesNothing() {
        assertThat(coded("The Italian chef burned the onions while the prime minister waited on Monday.")).isEmpty();
    }
}
