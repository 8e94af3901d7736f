package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A capital seating international bodies, acting, is the body the story is about; with no such body named it stays its country. */
class InternationalSeatsTest {

    @Test
    void brusselsActingInAStoryAboutTheEuropeanUnionIsTheUnion() {
        ActorAnalysis analysis = resolve("HANOI, May 5 (Reuters) - Vietnam protested to the European Union on Tuesday, "
                + "a day after Brussels imposed duties of up to 30% on Vietnamese steel.");
        Entity union = named(analysis, "European Union");
        assertThat(union.code()).isEqualTo("EUR");
        assertThat(union.mentions()).anyMatch(mention -> mention.text().equals("Brussels") && mention.kind() == MentionKind.METONYM);
    }

    @Test
    void brusselsActingWithNoBodyItSeatsNamedIsBelgium() {
        ActorAnalysis analysis = resolve("KINSHASA, May 5 (Reuters) - Congo recalled its ambassador on Tuesday after Brussels criticised the election.");
        assertThat(analysis.entities()).anyMatch(entity -> "BEL".equals(entity.code())
                && entity.mentions().stream().anyMatch(mention -> mention.text().equals("Brussels") && mention.kind() == MentionKind.METONYM));
    }
}
