package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A name the language layer left untagged is a person's when an apposition right after it describes a person. */
class UntaggedPersonsTest {

    @Test
    void nameOpeningASentenceWithAPersonInAppositionIsAPerson() {
        ActorAnalysis analysis = resolve("AMMAN, June 3 (Reuters) - Water trucks stopped coming to the camp on Monday. "
                + "Umm Khaled, a mother of five, waited with empty jerrycans. \"We have nothing left,\" she said.");
        Entity person = named(analysis, "Umm Khaled");
        assertThat(person.type()).isEqualTo("PERSON");
        assertThat(person.mentions()).extracting(Mention::text).contains("she");
    }

    @Test
    void capitalisedWordsBeforeAnApositionThatIsNoPersonStayUntouched() {
        ActorAnalysis analysis = resolve("Port Harcourt, a city of two million, lost power on Monday.");
        assertThat(analysis.entities()).noneMatch(entity -> entity.type().equals("PERSON"));
    }
}
