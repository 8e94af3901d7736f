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

    @Test
    void brusselsAddressedInAStoryAboutTheEuropeanUnionIsTheUnion() {
        ActorAnalysis analysis = resolve("JAKARTA, May 5 (Reuters) - Indonesia will challenge the European Union's steel duties, "
                + "and its trade minister urged Brussels on Tuesday to withdraw the measures.");
        assertThat(named(analysis, "European Union").mentions())
                .anyMatch(mention -> mention.text().equals("Brussels") && mention.kind() == MentionKind.METONYM);
    }

    @Test
    void aSpokesmanSpeakingInBrusselsIsNotPlacedInBelgium() {
        ActorAnalysis analysis = resolve("WARSAW, May 5 (Reuters) - Polish farmers blocked the border with Ukraine on Tuesday. "
                + "\"We are following the situation closely,\" Olof Gill told reporters in Brussels.");
        assertThat(named(analysis, "Olof Gill").code()).isNotEqualTo("BEL");
    }
}
