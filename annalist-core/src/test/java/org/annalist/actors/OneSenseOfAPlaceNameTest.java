package org.annalist.actors;

import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A town the tagger also reads as a person's name stays a town in the story that named it as one. */
class OneSenseOfAPlaceNameTest {

    @Test
    void aTownTaggedAsAPersonAfterAPrepositionIsNoPerson() {
        // Written for this test: an invented town, tagged a place once and a person later
        ActorAnalysis analysis = resolve("ADDIS ABABA, Ethiopia (AP) — Eritrean troops moved closer to the border town of Zalambessa "
                + "on Thursday, officials said.\n\nResidents of Zalambessa said shops had closed and many families had left.");
        assertThat(analysis.entities()).filteredOn(entity -> entity.type().equals("PERSON"))
                .extracting(Entity::name).doesNotContain("Zalambessa");
    }

    @Test
    void aTwoWordTownTaggedAsAPersonAfterAPrepositionIsNoPerson() {
        // Written for this test: the whole name was read as a place in the lead
        ActorAnalysis analysis = resolve("BELGRADE (AP) — Serbia put its army on alert on Wednesday after Kosovo police seized a "
                + "hydroelectric plant near the northern town of Zubin Potok.\n\nHundreds of Kosovo Serbs gathered outside the "
                + "municipal building in Zubin Potok on Wednesday evening to protest against the seizure.");
        assertThat(analysis.entities()).filteredOn(entity -> entity.type().equals("PERSON"))
                .extracting(Entity::name).doesNotContain("Zubin Potok");
    }

    @Test
    void aPersonWhoseSurnameIsAlsoAPlaceStaysAPerson() {
        // Written for this test: a full name is a person whatever its words name elsewhere
        ActorAnalysis analysis = resolve("AMMAN, May 3 (Reuters) - Protesters gathered in Madaba on Friday. "
                + "\"We want work,\" said Omar Madaba, a teacher.");
        assertThat(analysis.entities()).filteredOn(entity -> entity.type().equals("PERSON"))
                .extracting(Entity::name).contains("Omar Madaba");
    }
}
