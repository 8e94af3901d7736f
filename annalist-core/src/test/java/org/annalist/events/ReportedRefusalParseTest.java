package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "X would not …" reported by a verb of saying that the parser did not make the clause's head:
 * "…, the minister said" as a parataxis, "an official said Lima would not …" with "said" as an
 * auxiliary. The "would" is still the speaker's stated future, so the negated cooperative act is
 * a refusal; a news outlet the official spoke to is neither the refusal's target nor one of the
 * article's main countries; an appeal to both sides is not what one side answers.
 */
class ReportedRefusalParseTest {

    @Test
    void trailingSaidMakesWouldAStatedRefusal() {
        assertThat(CoderFixture.code("2025-03-04", "Bolivia would not sign the new border treaty, the foreign minister said.").events())
                .extracting(Event::event, event -> codes(event.actors()))
                .containsExactly(tuple("REJECT", "BOL"));
    }

    @Test
    void saidParsedAsAuxiliaryStillReportsAndTheOutletIsNoMainCountry() {
        assertThat(CoderFixture.code("2025-03-04", "In an interview with Reuters, a senior Peruvian official said Lima would not "
                + "release the fishermen \"while Chilean ships stay there.\"").events())
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("REJECT", "PER", "CHL"));
    }

    @Test
    void appealToBothSidesIsNotWhatOneSideAnswers() {
        assertThat(CoderFixture.code("2025-03-04", "Chile and Bolivia traded accusations over the border on Sunday.\n\n"
                + "Ecuador's president urged Chile and Bolivia to show restraint on Monday.\n\n"
                + "Bolivia said it would not withdraw its soldiers from the border.").events())
                .filteredOn(event -> event.event().equals("REJECT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("BOL", "CHL"));
    }
}
