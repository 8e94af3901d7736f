package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Persons quoted away from home whose title says whose office they hold: another person's
 * possessive name ("Restrepo's foreign minister"), an office before a relative clause ("a
 * Venezuelan opposition politician who lives in Washington") or after a participle ("the al
 * Qaeda-linked JNIM group"). Without these words the dateline of the mediating or host capital
 * coded them.
 */
class OfficesOfOtherPersonsTest {

    private static final String MADRID = "MADRID, May 12 (Reuters) - Colombian President Ana Restrepo met exiled Venezuelan politicians in Madrid on Tuesday. ";

    @Test
    void possessiveNameBeforeATitleGivesThePossessorsCountry() {
        ActorAnalysis analysis = resolve(MADRID + "Restrepo's foreign minister, Lucia Barrero, said Bogota was in contact with both sides.");
        assertThat(named(analysis, "Lucia Barrero").code()).as(named(analysis, "Lucia Barrero").codedBy()).isEqualTo("COL");
        assertThat(named(analysis, "Lucia Barrero").codedBy()).contains("possessive \"Restrepo's\"");
        assertThat(named(analysis, "Lucia Barrero").sector()).isEqualTo("GOV");
    }

    @Test
    void possessiveTitleAfterTheNameGivesThePossessorsCountry() {
        ActorAnalysis analysis = resolve(MADRID + "Lucia Barrero, Restrepo's chief of staff, said the talks would go on.");
        assertThat(named(analysis, "Lucia Barrero").code()).as(named(analysis, "Lucia Barrero").codedBy()).isEqualTo("COL");
    }

    @Test
    void counterpartOfAPossessorIsNotOfThePossessorsCountry() {
        ActorAnalysis analysis = resolve(MADRID + "Restrepo's counterpart, Jorge Almagro, said he had not been invited.");
        assertThat(named(analysis, "Jorge Almagro").code()).as(named(analysis, "Jorge Almagro").codedBy()).isNotEqualTo("COL");
    }

    @Test
    void officeWithADemonymBeforeARelativeClauseGivesTheCountry() {
        ActorAnalysis analysis = resolve(MADRID + "Mateo Briceno, a Venezuelan opposition politician who lives in Washington, said sanctions should stay.");
        assertThat(named(analysis, "Mateo Briceno").code()).as(named(analysis, "Mateo Briceno").codedBy()).isEqualTo("VEN");
        assertThat(named(analysis, "Mateo Briceno").sector()).isEqualTo("OPP");
    }

    @Test
    void bareOccupationBeforeARelativeClauseStaysUnread() {
        ActorAnalysis analysis = resolve("YAOUNDE, March 3 (Reuters) - Separatists attacked a village in Cameroon's North-West region on Monday. "
                + "\"They burned everything,\" said Esther Nkeng, a trader who fled to Bamenda with her children.");
        assertThat(named(analysis, "Esther Nkeng").code()).isEqualTo("CMR");
        assertThat(named(analysis, "Esther Nkeng").title()).isNull();
    }

    @Test
    void participleInsideTheOfficeBeforeTheNameKeepsTheGroup() {
        ActorAnalysis analysis = resolve("NIAMEY, April 2 (Reuters) - Niger's army said on Thursday it had killed dozens of fighters near Tillaberi. "
                + "A commander of the al Qaeda-linked JNIM group, Abu Salim al-Tarqi, said in an audio message that his fighters had ambushed the convoy.");
        assertThat(named(analysis, "Abu Salim al-Tarqi").code()).as(named(analysis, "Abu Salim al-Tarqi").codedBy()).isEqualTo("IMG");
        assertThat(named(analysis, "Abu Salim al-Tarqi").sector()).isEqualTo("REB");
    }
}
