package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.language.AnnotatedDocument;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

/** Bodies of another country named in a story filed elsewhere keep their own country, not the dateline's. */
class ForeignBodiesTest {

    private static final DictionaryActorResolver RESOLVER = new DictionaryActorResolver(ActorDictionaries.load(List.of()));

    private static Entity named(String text, String name) {
        AnnotatedDocument document = SharedLanguage.annotate("test", text);
        return RESOLVER.resolve(document).entities().stream().filter(entity -> name.equals(entity.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name));
    }

    @Test
    void nationalNewsAgencyKeepsItsCountryInAForeignDatelinedStory() {
        Entity agency = named("VILNIUS, June 2 (Reuters) - Lithuania closed two border crossings on Tuesday. "
                + "President Alexander Lukashenko called the move a provocation, state news agency BelTA reported.", "BelTA");
        assertThat(agency.code()).isEqualTo("BLR");
        assertThat(agency.sector()).isEqualTo("MED");
    }

    @Test
    void localBodyInATownTheGazetteerNowListsIsOfThatTownsCountry() {
        Entity union = named("BUDAPEST, May 5 (Reuters) - Hungary protested a new Ukrainian language law on Tuesday. "
                + "In Uzhhorod, the teachers' union said most of its members would need new training.", "teachers' union");
        assertThat(union.code()).isEqualTo("UKR");
    }

    @Test
    void bareCongressIsTheStorysOwnLegislatureAndTheUsCongressNeedsItsName() {
        assertThat(named("LIMA, March 3 (Reuters) - Peru's president faces a vote on Tuesday. "
                + "Congress will debate the motion next week, lawmakers said.", "Congress").code()).isEqualTo("PER");
        assertThat(named("LIMA, March 3 (Reuters) - Peru's president faces a vote on Tuesday. "
                + "The U.S. Congress has frozen aid to the police.", "US Congress").code()).isEqualTo("USA");
    }
}
