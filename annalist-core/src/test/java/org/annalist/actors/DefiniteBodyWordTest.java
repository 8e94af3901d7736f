package org.annalist.actors;

import static org.annalist.actors.ResolvedText.mentionTexts;
import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "The group said" after a named body of a kind the word fits (body-reference-words.tsv). */
class DefiniteBodyWordTest {

    @Test
    void readsTheGroupAsTheRightsGroupNamedBefore() {
        ActorAnalysis analysis = resolve("Human Rights Watch accused the army of shelling a market in the eastern town on Monday. "
                + "The group said at least 12 civilians were killed.");
        assertThat(mentionTexts(named(analysis, "Human Rights Watch"))).containsExactly("Human Rights Watch", "The group");
    }

    @Test
    void passesOverAStateBodyToReachTheArmedGroup() {
        ActorAnalysis analysis = resolve("The Arakan Army said on Sunday it had captured a border post near Maungdaw. "
                + "The Defence Ministry did not comment on the claim. "
                + "The group's spokesman said the fighting would go on.");
        assertThat(mentionTexts(named(analysis, "Arakan Army"))).contains("The group");
    }

    @Test
    void readsTheBlocAsTheEuropeanUnion() {
        ActorAnalysis analysis = resolve("The European Union imposed new sanctions on Belarus on Friday. "
                + "The bloc said the measures would target state banks.");
        assertThat(mentionTexts(named(analysis, "European Union"))).contains("The bloc");
    }

    @Test
    void leavesTheGroupAloneWhenTwoFittingBodiesShareTheNearestSentence() {
        ActorAnalysis analysis = resolve("Amnesty International and Human Rights Watch published a joint report on Monday. "
                + "The group said the prisons were overcrowded.");
        assertThat(analysis.entities()).noneMatch(entity -> mentionTexts(entity).contains("The group"));
    }

    @Test
    void leavesTheGroupAloneWhenTheFittingBodyIsFarBack() {
        ActorAnalysis analysis = resolve("Human Rights Watch published a report on the prisons on Monday. "
                + "The report covered five provinces. Inmates slept on the floor. Food was scarce. "
                + "Guards beat the inmates. Visits were banned last year. "
                + "The group said it would return next month.");
        assertThat(mentionTexts(named(analysis, "Human Rights Watch"))).doesNotContain("The group");
    }

    @Test
    void doesNotReadAGroupOfPeopleAsTheNamedBody() {
        ActorAnalysis analysis = resolve("Human Rights Watch published a report on the prisons on Monday. "
                + "The group of 12 former inmates said they had been beaten.");
        assertThat(mentionTexts(named(analysis, "Human Rights Watch"))).containsExactly("Human Rights Watch");
    }

    @Test
    void readsTheGroupAsTheNearerFittingBodyNotTheOneAnEarlierGroupWas() {
        ActorAnalysis analysis = resolve("The Arakan Army denied shelling the hospital on Monday. In a statement, the group said troops had fired first. "
                + "Doctors Without Borders said its clinic in Sittwe had run out of blood. \"We are treating the wounded on the floor,\" the group said.");
        Entity doctors = named(analysis, "Médecins Sans Frontières");
        assertThat(mentionTexts(doctors)).contains("the group");
        assertThat(mentionTexts(named(analysis, "Arakan Army"))).containsExactly("The Arakan Army", "the group");
    }

    @Test
    void readsTheUnionAsTheTradeUnionJustNamedNotAnEarlierUnionByName() {
        ActorAnalysis analysis = resolve("The European Union urged Kyiv to protect minority languages on Monday. "
                + "Officials in Budapest welcomed the call. "
                + "In the border town, the teachers' union said a third of its members would lose their jobs. "
                + "The union asked the ministry to delay the rules by two years.");
        assertThat(mentionTexts(named(analysis, "European Union"))).doesNotContain("The union");
    }

    @Test
    void readsAKindDescribedByAdjectivesAsTheBodyNamedBefore() {
        ActorAnalysis analysis = resolve("The Kachin Independence Army seized a jade mining town on Friday. "
                + "The ethnic armed group said its fighters had taken 40 soldiers prisoner.");
        assertThat(mentionTexts(named(analysis, "Kachin Independence Army"))).contains("The ethnic armed group");
    }

    @Test
    void leavesADescribedKindTheHeadWordDoesNotFitAlone() {
        ActorAnalysis analysis = resolve("Human Rights Watch accused the army of shelling a market on Monday. "
                + "The tour group said its bus had been turned back at the checkpoint.");
        assertThat(mentionTexts(named(analysis, "Human Rights Watch"))).doesNotContain("The tour group");
    }

    @Test
    void readsTheAgencyAsTheAgencyNotTheNameModifyingAConvoy() {
        ActorAnalysis analysis = resolve("Gunmen fired on a United Nations food convoy near the border town on Monday, the World Food Programme said. "
                + "Militia fighters stopped the trucks at a checkpoint, the agency said in a statement.");
        assertThat(mentionTexts(named(analysis, "World Food Programme"))).contains("the agency");
    }

    @Test
    void aNameBeforeItsSpokesmanStillReachesTheGroup() {
        ActorAnalysis analysis = resolve("Government troops clashed with Hamas fighters near the crossing on Friday. "
                + "Hamas spokesman Hazem Qassem denied firing first. The group said its men had only returned fire.");
        assertThat(mentionTexts(named(analysis, "Hamas"))).contains("The group");
    }

    @Test
    void readsTheRegionalBlocAsTheBlocNamedBefore() {
        ActorAnalysis analysis = resolve("Niger's foreign minister called on the Economic Community of West African States to lift "
                + "the remaining sanctions on his country. The regional bloc did not immediately respond.");
        assertThat(mentionTexts(named(analysis, "ECOWAS"))).contains("The regional bloc");
    }

    @Test
    void aGroupDescribedByAnAdjectiveOfNoKindStaysUnread() {
        ActorAnalysis analysis = resolve("Human Rights Watch accused the army of shelling a market on Monday. "
                + "The local group said it had no access to the town.");
        assertThat(mentionTexts(named(analysis, "Human Rights Watch"))).doesNotContain("The local group");
    }

    @Test
    void readsTheMissionAsTheUnitedNationsMissionNamedBefore() {
        ActorAnalysis analysis = resolve("The UN peacekeeping mission, UNIFIL, condemned the shelling of a village near the border on Tuesday. "
                + "The mission said it had given shelter to 300 villagers at its base in Naqoura.");
        assertThat(analysis.entities()).filteredOn(entity -> mentionTexts(entity).contains("The mission"))
                .extracting(Entity::code).containsExactly("UNO");
    }

    @Test
    void leavesTheMissionAloneAfterAnEmbassy() {
        ActorAnalysis analysis = resolve("The Indian embassy in Kathmandu issued a travel advisory on Monday. "
                + "The mission said its consular section would stay open.");
        assertThat(analysis.entities()).noneMatch(entity -> entity.code() != null && mentionTexts(entity).contains("The mission"));
    }
}
