package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An office written right before a name is the name's title, however the parse hangs the two together. */
class OfficeBeforeNameTest {

    @Test
    void officeWithAnOfPhraseBeforeTheNameGivesItsCountry() {
        ActorAnalysis analysis = resolve("KHARTOUM, July 15 (Reuters) - Sudan's army and the RSF agreed on Wednesday to a three-day truce.\n\n"
                + "Qatar's Minister of State Khalid Al-Mansouri said the truce would begin on Friday and that aid convoys would follow.");
        Entity minister = named(analysis, "Khalid Al-Mansouri");
        assertThat(minister.code()).isEqualTo("QAT");
        assertThat(minister.sector()).isEqualTo("GOV");
    }

    @Test
    void personTheOfficeActsOnIsNotItsHolder() {
        ActorAnalysis analysis = resolve("KHARTOUM, July 15 (Reuters) - Sudan's army and the RSF agreed on Wednesday to a three-day truce.\n\n"
                + "In Omdurman, Qatar's Minister of State thanked Ahmed Osman for opening the market.");
        assertThat(named(analysis, "Ahmed Osman").code()).isEqualTo("SDN");
    }
}
