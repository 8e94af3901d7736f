package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Would he go back? “Tomorrow, if they let me.”": a frameless quotation right after the
 * narrator's question about a person, in the same paragraph, is that person's answer.
 */
class QuestionThenAnswerTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2027-09-03 " + text);
    }

    @Test
    void theNamedPersonAskedAnswers() {
        List<Quote> quotes = quotes("Lawyer Amadou Diallo said the verdict ignored the evidence.\n\n"
                + "Would Diallo take the case to the Supreme Court? “Without any doubt. We start on Monday.”");
        assertThat(quotes).filteredOn(quote -> quote.text().startsWith("Without any doubt"))
                .extracting(Quote::speakerName).containsExactly("Amadou Diallo");
    }

    @Test
    void aPronounAskedAboutGoesOnWithTheLastSpeaker() {
        List<Quote> quotes = quotes("“They took our nets and told us never to come back,” fisherman Tomas Aguirre said.\n\n"
                + "Would he return to the lagoon? “Next week, if the weather holds.”");
        assertThat(quotes).filteredOn(quote -> quote.text().startsWith("Next week"))
                .extracting(Quote::speakerName).containsExactly("Tomas Aguirre");
    }
}
