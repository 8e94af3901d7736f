package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A U.N. body the dictionary lists under "UN ..." is found when news writes it "U.N. ..." (AP and Reuters style). */
class DottedUnitedNationsTest {

    @Test
    void missionNamedWithTheDottedUnitedNationsIsItsDictionaryRow() {
        ActorAnalysis analysis = resolve("JUBA (AP) - Gunmen freed 12 aid workers on Monday. "
                + "The U.N. Mission in South Sudan said it would send peacekeepers to escort convoys.");
        Entity mission = named(analysis, "UNMISS");
        assertThat(mission.code()).isEqualTo("UNO");
        assertThat(mission.sector()).isEqualTo("MIL");
        assertThat(analysis.entities()).noneMatch(entity -> "SSD".equals(entity.code()) && "COUNTRY".equals(entity.type()));
    }
}
