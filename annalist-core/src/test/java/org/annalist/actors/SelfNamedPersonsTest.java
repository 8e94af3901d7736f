package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A described person who gives the name they go by is a person of that name, and the description is a mention of them. */
class SelfNamedPersonsTest {

    @Test
    void descriptionOfAPersonWhoGaveTheirNameIsAMentionOfThem() {
        ActorAnalysis analysis = resolve("BANGKOK, May 5 (Reuters) - Hundreds of students marched to the court on Friday. "
                + "\"They will not silence us,\" said a 19-year-old student who gave her name only as Ploy.");
        Entity ploy = named(analysis, "Ploy");
        assertThat(ploy.type()).isEqualTo("PERSON");
        assertThat(ploy.mentions()).extracting(Mention::text).contains("a 19-year-old student");
    }

    @Test
    void definiteDescriptionKeepsItsOwnReferent() {
        ActorAnalysis analysis = resolve("BOGOTA, May 5 (Reuters) - Spain extradited a Colombian army colonel on Friday. "
                + "The colonel, identified as Jaime Ortiz, was arrested in Madrid last year.");
        Entity ortiz = named(analysis, "Jaime Ortiz");
        assertThat(ortiz.mentions()).extracting(Mention::text).noneMatch(text -> text.equals("The colonel"));
    }

    @Test
    void personWhoGaveOnlyAFirstNameIsOfTheHometownInTheDescription() {
        ActorAnalysis analysis = resolve("VILNIUS, May 5 (AP) — Belarus released 20 political prisoners on Friday, including a Lithuanian citizen. "
                + "One of those released, a retired nurse from Hrodna who gave only her first name, Olga, said she had served two years for a post on social media.");
        Entity olga = named(analysis, "Olga");
        assertThat(olga.mentions()).extracting(Mention::text).contains("a retired nurse");
        assertThat(olga.code()).as(olga.toString()).isEqualTo("BLR");
    }
}
