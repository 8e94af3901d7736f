package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Arce and Boric agreed to …, presidential spokesman Jorge Richter said. He said …": a personal
 * pronoun reporting right after a person's report continues that reporter, not a person the
 * report was about; a reporter of the other gender, or a body, leaves the pronoun alone.
 */
class PronounForTheReporterBeforeTest {

    private static List<Quote> indirect(String text) {
        return QuoteFixture.quotes(" date 2026-03-11 " + text).stream().filter(quote -> !quote.direct()).toList();
    }

    @Test
    void theNextHeIsTheSpokesmanWhoJustReported() {
        assertThat(indirect("President Luis Arce and Chile's leader, Gabriel Boric, agreed to reopen the crossing during a call on Sunday, "
                + "presidential spokesman Jorge Richter said in a statement. He said the two leaders would meet in La Paz in March."))
                .filteredOn(quote -> quote.text().startsWith("the two leaders"))
                .extracting(Quote::speakerName)
                .containsExactly("Jorge Richter");
    }

    @Test
    void aReporterOfTheOtherGenderLeavesThePronounToItsPerson() {
        assertThat(indirect("President Luis Arce met Chile's leader on Sunday. Spokeswoman Maria Quiroga said the talks went well. "
                + "He said the two leaders would meet again in March."))
                .filteredOn(quote -> quote.text().startsWith("the two leaders"))
                .extracting(Quote::speakerName)
                .doesNotContain("Maria Quiroga");
    }

    @Test
    void aQuotationOpeningTheNextParagraphGoesOnWithTheTrailingReporter() {
        assertThat(QuoteFixture.quotes(" date 2026-03-11 The army did not free opposition leader Ana Torres, who is serving a 20-year sentence, "
                + "a government spokesman, General Pablo Rios, told reporters in La Paz.\n\n"
                + "\"The state has shown its goodwill,\" he said. \"Those who were freed must respect the law.\""))
                .filteredOn(Quote::direct)
                .extracting(Quote::speakerName)
                .containsExactly("Pablo Rios", "Pablo Rios");
    }

    @Test
    void aTrailingHeSaidInTheNextParagraphIsTheSpokesman() {
        assertThat(indirect("Chile, which has had troops on the border since 2023, sent another 500 soldiers this week at the request of "
                + "President Luis Arce, Chilean army spokesman Colonel Pedro Vargas said.\n\n"
                + "Chilean and Bolivian troops began a joint patrol along the river on Tuesday, he said."))
                .filteredOn(quote -> quote.text().startsWith("Chilean and Bolivian troops"))
                .extracting(Quote::speakerName)
                .containsExactly("Pedro Vargas");
    }

    @Test
    void aPersonNamedInThePronounsOwnSentenceStands() {
        assertThat(QuoteFixture.quotes(" date 2026-03-11 \"Anyone who blocks the roads will be arrested,\" police spokesman Tomas Ruiz said.\n\n"
                + "President Luis Arce praised the judges for what he called a \"brave and careful ruling\" and urged calm."))
                .filteredOn(quote -> quote.text().startsWith("brave"))
                .extracting(Quote::speakerName)
                .containsExactly("Luis Arce");
    }

    @Test
    void aDescriptionOfThePersonEarlierInTheOwnSentenceStands() {
        assertThat(QuoteFixture.quotes(" date 2026-03-11 Kazakhstan's Foreign Minister Murat Nurtleu met Kyrgyzstan's foreign minister, "
                + "Jeenbek Kulubaev, in Astana on Monday. \"We cannot share a river we do not measure,\" Nurtleu told reporters.\n\n"
                + "The visiting minister said Kazakhstan was ready to send engineers to the dam.\n\n"
                + "His Kyrgyz counterpart welcomed what he called Astana's \"calm and friendly approach\" but said the work would go on."))
                .filteredOn(quote -> quote.text().startsWith("calm and friendly"))
                .extracting(Quote::speakerName)
                .doesNotContain("Murat Nurtleu");
    }
}
