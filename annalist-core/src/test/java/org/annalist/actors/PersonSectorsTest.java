package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A person whose title gives no sector takes it from the body the title names, or, as a bare spokesperson of a state, GOV. */
class PersonSectorsTest {

    @Test
    void staffOfABodyOfPeopleTakeItsSector() {
        ActorAnalysis analysis = resolve("KANO, Nigeria (Reuters) - The farmers' cooperative said the new levy would ruin the harvest. "
                + "\"We cannot pay twice,\" said Musa Bello, the cooperative's chairman.");
        Entity bello = named(analysis, "Musa Bello");
        assertThat(bello.sector()).isEqualTo("AGR");
        assertThat(bello.codedBy()).contains("staff of farmers' cooperative");
    }

    @Test
    void bareSpokespersonOfAStateSpeaksForItsGovernment() {
        ActorAnalysis analysis = resolve("LIMA, March 3 (Reuters) - Peru's foreign ministry lodged a protest over the border incident on Tuesday, "
                + "spokeswoman Carmen Rojas told reporters.");
        Entity rojas = named(analysis, "Carmen Rojas");
        assertThat(rojas.code()).isEqualTo("PER");
        assertThat(rojas.sector()).isEqualTo("GOV");
        assertThat(rojas.codedBy()).contains("a spokesperson who names no body");
    }

    @Test
    void spokespersonWhoseTitleNamesABodyKeepsThatBodysSector() {
        ActorAnalysis analysis = resolve("LIMA, March 3 (Reuters) - The ruling coalition lost its majority on Tuesday. "
                + "Party spokesman Jorge Salas said the party would vote against the budget. "
                + "Army spokesman Luis Quispe said the troops would stay in their barracks.");
        assertThat(named(analysis, "Jorge Salas").sector()).isEqualTo("PTY");
        assertThat(named(analysis, "Luis Quispe").sector()).isEqualTo("MIL");
    }

    @Test
    void bodyWordThatOnlyFoundTheLastBodyNamedGivesNoSector() {
        ActorAnalysis analysis = resolve("NAIROBI, May 2 (Reuters) - The government said on Monday it would not raise salaries this year. "
                + "Union secretary general Peter Otieno said the strike would go ahead.");
        assertThat(named(analysis, "Peter Otieno").sector()).isNotEqualTo("GOV");
    }

    @Test
    void participleInTheOfficeAfterTheNameIsPartOfTheTitle() {
        ActorAnalysis analysis = resolve("In Kushiro, the fishing cooperative said 30 boats would stay in port. "
                + "Taro Mori, the cooperative's managing director, said the season was lost.");
        assertThat(named(analysis, "Taro Mori").title()).contains("managing director");
    }
}
