package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "The union said …" is the one body named so far whose name holds "union", not the body named just before. */
class BodyWordHeldByANameTest {

    private static List<Quote> indirect(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text).stream().filter(quote -> !quote.direct()).toList();
    }

    @Test
    void theUnionIsTheBodyWhoseNameHoldsTheWordNotThePoliceJustNamed() {
        assertThat(indirect("COLOMBO, May 7 (Reuters) - Workers at the state power company walked out on Monday, and their "
                + "joint trade union alliance said the strike would go on. Police said they had arrested two union members "
                + "near Kelaniya. The union said the two men had been detained at home."))
                .extracting(Quote::text, Quote::speakerName)
                .contains(tuple("the two men had been detained at home", "joint trade union alliance"));
    }

    @Test
    void theAllianceIsTheBlocWhoseNameHoldsTheWord() {
        assertThat(indirect("NIAMEY, May 7 (Reuters) - The Alliance of Sahel States criticised the deal on Tuesday. "
                + "ECOWAS said the border would reopen on Monday. But the alliance said ECOWAS had no role in the agreement."))
                .extracting(Quote::text, Quote::speakerName)
                .contains(tuple("ECOWAS had no role in the agreement", "Alliance of Sahel States"));
    }
}
