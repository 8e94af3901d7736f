package org.annalist.actors;

import static org.annalist.actors.ResolvedText.mentionTexts;
import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Vantage Mining … Vantage said": a company called by the first word of its name. */
class ShortBusinessNamesTest {

    @Test
    void firstWordAloneIsTheMiningCompany() {
        ActorAnalysis analysis = resolve("Guinea's military rulers suspended the licence of the British group Vantage Mining on Tuesday. "
                + "Vantage said it had paid every tax it owed.");
        Entity company = named(analysis, "Vantage Mining");
        assertThat(mentionTexts(company)).as(analysis.entities().toString()).contains("Vantage Mining", "Vantage");
    }

    @Test
    void firstWordTwoCompaniesShareLinksToNeither() {
        ActorAnalysis analysis = resolve("The Canadian miner Vantage Minerals and the Australian firm Vantage Logistics signed a deal on Tuesday. "
                + "Vantage said it would hire 300 workers.");
        assertThat(analysis.entities()).noneMatch(entity -> mentionTexts(entity).contains("Vantage"));
    }
}
