package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A government office-holder named with no nationality right after a state is reported answering answers for that state. */
class AnsweringStateTest {

    @Test
    void ministerNamedAfterTheOtherCapitalAnswersIsThatCapitalsMinister() {
        ActorAnalysis analysis = resolve("NAIROBI, Kenya (AP) - Kenya accused Somalia on Tuesday of arming militias near the border.\n\n"
                + "Mogadishu responded within hours. \"These claims are false,\" Interior Minister Ahmed Yusuf Hassan wrote on X.");
        Entity minister = named(analysis, "Ahmed Yusuf Hassan");
        assertThat(minister.code()).isEqualTo("SOM");
        assertThat(minister.codedBy()).contains("official of the state just reported answering");
    }

    @Test
    void ministerAfterAForeignStatesAttackKeepsTheDatelinesCountry() {
        ActorAnalysis analysis = resolve("NAIROBI, Kenya (AP) - Somalia shelled a Kenyan border post overnight. "
                + "Interior Minister Ahmed Yusuf Hassan said two police officers were wounded.");
        assertThat(named(analysis, "Ahmed Yusuf Hassan").code()).isEqualTo("KEN");
    }
}
