package org.annalist.actors;

import static org.annalist.actors.ResolvedText.mentionTexts;
import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Short references that name a body or person the article named in full before. */
class LinkedShortNamesTest {

    @Test
    void theGuardsIsTheRevolutionaryGuardsNamedBefore() {
        ActorAnalysis analysis = resolve("Iran's Revolutionary Guards detained a fishing vessel near Kish island on Sunday. "
                + "The Guards said the crew had been fishing without a permit.");
        Entity guards = named(analysis, "Islamic Revolutionary Guard Corps");
        assertThat(guards.code()).isEqualTo("IRN");
        assertThat(mentionTexts(guards)).containsExactly("Revolutionary Guards", "The Guards");
    }

    @Test
    void bodyDescriptionFollowedByItsVerbIsNoApposition() {
        ActorAnalysis analysis = resolve("Soldiers from the North crossed into the Demilitarized Zone, Seoul's Joint Chiefs of Staff said on Monday. "
                + "The soldiers withdrew after warning broadcasts, the JCS said.");
        Entity chiefs = named(analysis, "Joint Chiefs of Staff");
        assertThat(chiefs.code()).isEqualTo("KOR");
        assertThat(mentionTexts(chiefs)).contains("JCS");
        assertThat(analysis.entities()).noneMatch(entity -> entity.name().equals("Demilitarized Zone") && "MIL".equals(entity.sector()));
    }

    @Test
    void theGeneralIsTheSpokesmanWhoseRankWasGiven() {
        ActorAnalysis analysis = resolve("The army's spokesman, Brigadier General Moses Okello, said the troops would cross on Friday.\n\n"
                + "\"We are coming for their commanders,\" the general told reporters in Gulu.");
        Entity general = named(analysis, "Moses Okello");
        assertThat(mentionTexts(general)).contains("the general");
    }
    @Test
    void capitalisedShortNameIsTheBodyNamedInFull() {
        ActorAnalysis analysis = resolve("Lithuania asked the European Commission on Monday for help to pay for new border fences. "
                + "The bloc would decide within a month, a Commission spokesman said in Brussels.");
        Entity commission = named(analysis, "European Commission");
        assertThat(commission.code()).isEqualTo("EUR");
        assertThat(mentionTexts(commission)).contains("Commission");
        assertThat(analysis.entities()).noneMatch(entity -> entity.name().equals("Commission"));
    }

    @Test
    void givenNameAloneIsThePersonNamedInFull() {
        ActorAnalysis analysis = resolve("Prime Minister Abiy Ahmed told lawmakers in Addis Ababa that Ethiopia wanted peace with its neighbours. "
                + "The regional president, Getachew Bekele, met Abiy in the capital on Friday, his office said.");
        Entity abiy = named(analysis, "Abiy Ahmed");
        assertThat(abiy.code()).isEqualTo("ETH");
        assertThat(mentionTexts(abiy)).contains("Abiy Ahmed", "Abiy");
        assertThat(analysis.entities()).noneMatch(entity -> entity.name().equals("Abiy"));
    }

    @Test
    void ownersNameInsideAPartysNameIsNoPlace() {
        ActorAnalysis analysis = resolve("BISSAU, March 3 (Reuters) - Opposition leader Domingos Simoes Pereira called for calm on Tuesday. "
                + "Police detained four officials of Pereira's PAIGC party overnight, party officials said.");
        assertThat(analysis.entities()).filteredOn(entity -> entity.name().contains("PAIGC"))
                .extracting(Entity::code).containsExactly("GNB");
    }
}
