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
        // the ministry of her title, China's, named last (TitledInstitution) answers before the acting state does, alike
        assertThat(spokeswoman.codedBy()).containsAnyOf("spokesperson of the state just reported acting", "\"ministry\" of the title is the one named last");
    }

    @Test
    void stateCalledOnToActIsNotTheStateActing() {
        ActorAnalysis analysis = resolve("DAKAR, May 4 (AFP) - Senegal expelled dozens of migrants to the Malian border this week, aid groups said.\n\n"
                + "The U.N. refugee agency urged Senegal to stop the expulsions at once. "
                + "\"People are being left without water,\" spokesman Olivier Dubois told reporters in Geneva.");
        Entity spokesman = named(analysis, "Olivier Dubois");
        assertThat(spokesman.code()).isEqualTo("UNO");
        assertThat(spokesman.codedBy()).contains("spokesperson of the state just reported acting");
    }

    @Test
    void stateActingInItsOwnClauseStillPlacesItsSpokesperson() {
        ActorAnalysis analysis = resolve("DAKAR, May 4 (AFP) - Aid groups criticised the expulsions of migrants on Monday.\n\n"
                + "Mali said it had decided to close its border crossings. "
                + "\"We cannot take any more people,\" government spokesman Issa Konate told state television.");
        assertThat(named(analysis, "Issa Konate").code()).isEqualTo("MLI");
    }

    @Test
    void armySpokespersonDoesNotSpeakForTheArmedGroupReportedActing() {
        ActorAnalysis analysis = resolve("BAMAKO, May 5 (Reuters) - Mali's army said it had retaken a town near the border.\n\n"
                + "JNIM said its fighters had ambushed a convoy north of Gao on Tuesday. "
                + "\"The attackers were pushed back,\" army spokesman Colonel Moussa Diarra told state television.");
        assertThat(named(analysis, "Moussa Diarra").code()).isNotEqualTo("IMG");
    }

    @Test
    void governmentSpokespersonDoesNotSpeakForAnInternationalBodyJustReported() {
        ActorAnalysis analysis = resolve("LUSAKA, March 3 (Reuters) - Police in Zambia detained 40 opposition supporters on Saturday.\n\n"
                + "The European Union delegation in Lusaka said it was \"alarmed by the arrests\" and asked for the detainees to see lawyers. "
                + "Government spokesman Mwila Banda rejected the criticism as meddling.");
        assertThat(named(analysis, "Mwila Banda").code()).isEqualTo("ZMB");
    }

    @Test
    void stateNamedInsideAnAnnouncementIsNotTheStateActing() {
        ActorAnalysis analysis = resolve("PORT MORESBY, June 2 (Reuters) - Police in Papua New Guinea fired tear gas at protesters on Friday.\n\n"
                + "Hundreds marched on parliament after the government announced last week that Australia would send 40 more officers to train the local force. "
                + "Some protesters threw bottles at officers near the market, police spokesman Inspector Joseph Kila said.");
        assertThat(named(analysis, "Joseph Kila").code()).isEqualTo("PNG");
    }
}
