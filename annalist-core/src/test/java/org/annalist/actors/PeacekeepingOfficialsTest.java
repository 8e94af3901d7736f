package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A peacekeeping body's officials without an armed rank are its civilian staff (GOV); its officers keep MIL. */
class PeacekeepingOfficialsTest {

    @Test
    void peacekeepingSpokeswomanIsGovernmentStaffOfTheUn() {
        ActorAnalysis analysis = resolve("BEIRUT (AP) - An Israeli drone struck a car near Tyre on Sunday. "
                + "UNIFIL spokeswoman Carla Bertoni said the peacekeepers had protested the strike.");
        Entity spokeswoman = named(analysis, "Carla Bertoni");
        assertThat(spokeswoman.code()).isEqualTo("UNO");
        assertThat(spokeswoman.sector()).isEqualTo("GOV");
    }

    @Test
    void peacekeepingGeneralKeepsHisArmedRank() {
        ActorAnalysis analysis = resolve("BEIRUT (AP) - An Israeli drone struck a car near Tyre on Sunday. "
                + "UNIFIL force commander Major General Diego Alvarez said the peacekeepers had protested the strike.");
        assertThat(named(analysis, "Diego Alvarez").sector()).isEqualTo("MIL");
    }
}
