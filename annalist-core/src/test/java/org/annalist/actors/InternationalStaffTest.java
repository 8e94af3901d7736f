package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Staff and heads of international and non-state bodies speak for the body, not for the country the story is filed from. */
class InternationalStaffTest {

    @Test
    void headOfAnInternationalBodyNamedBeforeTheOfficeIsItsOfficial() {
        ActorAnalysis analysis = resolve("LIMA, March 3 (Reuters) - Peru and Bolivia traded accusations on Tuesday over a border raid.\n\n"
                + "Organization of American States Secretary General Carlos Mendez urged both governments to show restraint.");
        Entity head = named(analysis, "Carlos Mendez");
        assertThat(head.code()).isEqualTo("IGO");
        assertThat(head.sector()).isEqualTo("GOV");
        assertThat(head.codedBy()).contains("Organization of American States");
    }

    @Test
    void bodyRightBeforeANameWithoutAnOfficeDoesNotEmployThePerson() {
        ActorAnalysis analysis = resolve("LIMA, March 3 (Reuters) - Peru and Bolivia traded accusations on Tuesday over a border raid.\n\n"
                + "In a letter to the Organization of American States, Peruvian Foreign Minister Ana Torres asked for observers.");
        assertThat(named(analysis, "Ana Torres").code()).isEqualTo("PER");
    }

    @Test
    void researcherForTheGroupWorksForTheGroupThatCalledOnTheJunta() {
        ActorAnalysis analysis = resolve("BAMAKO (AFP) - Mali's military government on Monday arrested two former ministers.\n\n"
                + "Amnesty International said the men were held without charge and called on the junta to release them. "
                + "\"This is an arbitrary detention,\" said Fatou Diop, a researcher for the group.");
        Entity researcher = named(analysis, "Fatou Diop");
        assertThat(researcher.code()).isEqualTo("NGO");
        assertThat(researcher.codedBy()).contains("Amnesty International");
    }

    @Test
    void regionTakenForANameInsideTheTitleLeavesTheTitleToTheGroup() {
        ActorAnalysis analysis = resolve("Yaounde (AFP) - Separatist fighters attacked a gendarmerie post in Cameroon's North-West region on Monday.\n\n"
                + "Human Rights Watch accused both sides of abuses against civilians. "
                + "\"Cameroon's partners cannot keep looking away,\" said Giulia Moretti, the group's senior Sahel researcher.");
        Entity researcher = named(analysis, "Giulia Moretti");
        assertThat(researcher.code()).isEqualTo("NGO");
        assertThat(researcher.title()).contains("researcher");
    }

    @Test
    void personNamedInsideTheAppositionIsNoTitle() {
        ActorAnalysis analysis = resolve("Yaounde (AFP) - Separatist fighters attacked a gendarmerie post in Cameroon's North-West region on Monday.\n\n"
                + "\"He is innocent,\" said Paul Nkemdirim, the lawyer for Jean Mbarga.");
        assertThat(named(analysis, "Paul Nkemdirim").title()).isNull();
    }

    @Test
    void representativeAtTheUnitedNationsIsNotAUnOfficial() {
        ActorAnalysis analysis = resolve("JAKARTA, March 3 (Reuters) - The Free Papua Movement said Indonesian troops had burned two villages in the highlands.\n\n"
                + "\"This is collective punishment,\" the movement's representative at the United Nations, Benny Wenda, said in a statement.");
        Entity representative = named(analysis, "Benny Wenda");
        assertThat(representative.code()).as(representative.toString()).isNotEqualTo("UNO");
    }
}
