package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.dictionary.Place;
import org.junit.jupiter.api.Test;

/** A town of the generated list whose country the story never names, while it names another, is a namesake and codes nothing. */
class NamesakeTownsTest {

    // the town list holds one "Santa Cruz", a Philippine town; Bolivia's city and many villages share the name
    private static final String BOLIVIAN_STORY = "LA PAZ (AP) - Bolivian truckers blocked the highway to Santa Cruz on Monday to protest "
            + "a rise in diesel prices. Traders from Santa Cruz said the blockade was costing them millions. The government of Bolivia "
            + "said it would not back down.";

    @Test
    void townOfACountryTheStoryNeverNamesCodesNothing() {
        ActorAnalysis analysis = resolve(BOLIVIAN_STORY);
        Entity town = named(analysis, "Santa Cruz");
        assertThat(town.code()).isNull();
        assertThat(town.codedBy()).contains("namesake").contains("PHL");
        assertThat(analysis.namesakes()).extracting(Place::name).containsExactly("Santa Cruz");
    }

    @Test
    void peopleFromANamesakeTownDoNotTakeItsCountry() {
        ActorAnalysis analysis = resolve(BOLIVIAN_STORY);
        assertThat(analysis.entities()).extracting(Entity::code).doesNotContain("PHL");
    }

    @Test
    void townOfACountryTheStoryNamesKeepsItsCode() {
        ActorAnalysis analysis = resolve("MANILA (Reuters) - Philippine police arrested 12 people after a protest in Santa Cruz on "
                + "Monday, officials said. Japan said it was following the case.");
        assertThat(named(analysis, "Santa Cruz").code()).isEqualTo("PHL");
        assertThat(analysis.namesakes()).isEmpty();
    }

    @Test
    void storyNamingNoCountryKeepsItsTown() {
        ActorAnalysis analysis = resolve("Police arrested 12 people after a protest in Santa Cruz on Monday, officials said.");
        assertThat(analysis.namesakes()).isEmpty();
    }
}
