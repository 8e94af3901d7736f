package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A spokesperson speaks for the state just reported acting; a side named inside the quotation is not that state. */
class SpokespersonCountryTest {

    @Test
    void sideNamedInsideTheQuotationDoesNotCountAsTheActingState() {
        ActorAnalysis analysis = resolve("TOKYO (Reuters) - Japan said on Monday it would appeal to the WTO.\n\n"
                + "China's commerce ministry said in a statement the export curbs were lawful. "
                + "\"If the Japanese side keeps provoking us,\" ministry spokeswoman Wang Fang told reporters, \"we will respond.\"");
        Entity spokeswoman = named(analysis, "Wang Fang");
        assertThat(spokeswoman.code()).isEqualTo("CHN");
        assertThat(spokeswoman.codedBy()).contains("spokesperson of the state just reported acting");
    }
}
