package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "said neither government wanted …": a report opening with "neither" keeps it; without it the report says the opposite. */
class PreconjunctionOpensReportTest {

    private static List<String> indirect(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text).stream().filter(quote -> !quote.direct()).map(Quote::text).toList();
    }

    @Test
    void neitherStaysAtTheStartOfTheReport() {
        assertThat(indirect("Kim Soo-jin, a professor of international relations at Yonsei University, "
                + "said neither government wanted the dispute to derail the summit."))
                .contains("neither government wanted the dispute to derail the summit");
    }

    @Test
    void aLeadingAndIsStillLeftOut() {
        assertThat(indirect("The ministry said the talks had ended and that a second round would be held in June."))
                .noneMatch(text -> text.startsWith("and"));
    }
}
