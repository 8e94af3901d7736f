package org.annalist.actors;

import static org.annalist.actors.ResolvedText.mentionTexts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "The Chamber of … urged": a chamber heads the name of a trade or professional body (sectors.tsv "chamber"). */
class ChamberBodiesTest {

    @Test
    void capitalisedChamberSubjectIsABody() {
        ActorAnalysis analysis = ResolvedText.resolve("Truck drivers blocked the main border crossing with Chile for a fifth day on Monday. "
                + "The Chamber of Quinoa Traders urged both governments to reopen the road.");
        assertThat(analysis.entities()).as(analysis.entities().toString())
                .anyMatch(entity -> entity.type().equals("ORGANIZATION") && entity.name().contains("Chamber of Quinoa Traders")
                        && mentionTexts(entity).stream().anyMatch(text -> text.contains("Chamber of Quinoa Traders")));
    }

    @Test
    void bareLowercaseChamberNamesNobody() {
        ActorAnalysis analysis = ResolvedText.resolve("Truck drivers blocked the main border crossing with Chile for a fifth day on Monday. "
                + "The chamber was empty when the vote was called.");
        assertThat(analysis.entities()).noneMatch(entity -> entity.name().toLowerCase(java.util.Locale.ROOT).contains("chamber"));
    }
}
