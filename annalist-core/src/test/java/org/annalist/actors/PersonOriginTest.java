package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the words around a person's name say of their country beats the capital the story is filed from. */
class PersonOriginTest {

    @Test
    void officialInAnotherCapitalIsOfThatCapitalsState() {
        ActorAnalysis analysis = resolve("ABUJA, Feb 10 (Reuters) - Nigeria will reopen its border with Niger on Monday, officials said. "
                + "Moussa Issa, a foreign ministry official in Niamey, told state radio the move was welcome.");
        assertThat(named(analysis, "Moussa Issa").code()).isEqualTo("NER");
    }

    @Test
    void correspondentInAnotherCapitalIsNotPlacedByIt() {
        ActorAnalysis analysis = resolve("ABUJA, Feb 10 (Reuters) - Nigeria will reopen its border with Niger on Monday, officials said. "
                + "Bala Musa, a correspondent in Niamey, said the streets were quiet.");
        assertThat(named(analysis, "Bala Musa").code()).isEqualTo("NGA");
    }

    @Test
    void demonymInADescriptionRightBeforeTheNameGivesTheCountry() {
        ActorAnalysis analysis = resolve("DOHA, Qatar (AP) — Washington freed a prisoner in a swap mediated by Qatar. "
                + "The Afghan man, Abdul Karim Wardak, had been held for six years in Texas.");
        assertThat(named(analysis, "Abdul Karim Wardak").code()).isEqualTo("AFG");
    }

    @Test
    void indefiniteTitleDoesNotReferBackToAForeignAgencyNamedBefore() {
        ActorAnalysis analysis = resolve("TOKYO (AP) - Russia cut the fishing quota for Japanese boats on Thursday. "
                + "Russia's federal fisheries agency said the talks were postponed. "
                + "A fisheries agency official, Kenta Mori, said Japan would pay the fees.");
        assertThat(named(analysis, "Kenta Mori").code()).isEqualTo("JPN");
    }

    @Test
    void demonymInADescriptionTheNameIsInAppositionToGivesTheCountry() {
        ActorAnalysis analysis = resolve("NIAMEY (Reuters) - Niger's military rulers said on Monday they had arrested a Nigerian national, "
                + "Musa Bello, near the border. Bello denied the charges.");
        Entity arrested = named(analysis, "Musa Bello");
        assertThat(arrested.code()).isEqualTo("NGA");
        assertThat(arrested.codedBy()).contains("described as Nigeria");
    }

    @Test
    void demonymHeadingTheAppositionGivesTheCountry() {
        ActorAnalysis analysis = resolve("TRIPOLI, June 2 (Reuters) - Libyan coast guards intercepted three boats carrying migrants on Sunday.\n\n"
                + "\"We paid everything we had,\" said Amadou Diop, a 31-year-old Senegalese who spent four months in a detention centre.");
        Entity migrant = named(analysis, "Amadou Diop");
        assertThat(migrant.code()).isEqualTo("SEN");
        assertThat(migrant.codedBy()).contains("in apposition to the name");
    }

    @Test
    void demonymDeeperInTheAppositionDoesNotPlaceThePerson() {
        ActorAnalysis analysis = resolve("TRIPOLI, June 2 (Reuters) - Libyan coast guards intercepted three boats carrying migrants on Sunday.\n\n"
                + "\"The crossings will not stop,\" said Karim Haddad, a 40-year-old married to an Italian.");
        assertThat(named(analysis, "Karim Haddad").code()).isEqualTo("LBY");
    }

    @Test
    void demonymInTheDescriptionOfASelfNamedPersonGivesTheirCountry() {
        ActorAnalysis analysis = resolve("MEXICO CITY (AP) — Mexico said on Monday it would not take in deportees from other countries.\n\n"
                + "\"I cannot go back,\" said a Salvadoran woman who gave her name only as Rosa.");
        assertThat(named(analysis, "Rosa").code()).isEqualTo("SLV");
    }

    @Test
    void personWhoWorksInAPlaceOfAnotherCountryIsOfThatCountry() {
        ActorAnalysis analysis = resolve("ADDIS ABABA, Ethiopia (AP) — Ethiopia moved troops toward its border with Eritrea on Monday.\n\n"
                + "\"Both sides are preparing for war,\" said Wanjiru Kamau, a researcher in Mombasa.");
        Entity researcher = named(analysis, "Wanjiru Kamau");
        assertThat(researcher.code()).isEqualTo("KEN");
        assertThat(researcher.codedBy()).contains("works or lives in Mombasa");
    }

    @Test
    void correspondentPostedInATownIsNotPlacedByIt() {
        ActorAnalysis analysis = resolve("ADDIS ABABA, Ethiopia (AP) — Ethiopia moved troops toward its border with Eritrea on Monday.\n\n"
                + "\"We are worried,\" said Tomas Berg, a correspondent in Mombasa.");
        assertThat(named(analysis, "Tomas Berg").code()).isNotEqualTo("KEN");
    }

    @Test
    void placeNamingTheWorkplaceGivesTheCountry() {
        ActorAnalysis analysis = resolve("ERBIL, Iraq (AP) — Iraq's federal government stopped paying salaries in the Kurdistan Region on Monday. "
                + "\"Neither side can afford a long standoff,\" said Laila Aziz, an analyst at a London research institute.");
        assertThat(named(analysis, "Laila Aziz").code()).isEqualTo("GBR");
    }

    @Test
    void workplaceWordAfterThePlaceMayBeACompound() {
        ActorAnalysis analysis = resolve("KABUL (AP) — The Taliban reopened girls' primary schools in two provinces on Monday. "
                + "\"It is a small step,\" said Omar Karimi, a fellow at a Washington think tank.");
        Entity fellow = named(analysis, "Omar Karimi");
        assertThat(fellow.code()).isEqualTo("USA");
        assertThat(fellow.codedBy()).contains("works at \"Washington think tank\"");
    }

    @Test
    void bodyNamedForItsTownAfterOfGivesTheCountryOfItsHead() {
        ActorAnalysis analysis = resolve("COLOMBO (Reuters) - Sri Lanka's navy detained 14 trawler crews near the maritime boundary on Sunday. "
                + "\"Our men only follow the fish,\" said K. Selvaraj, president of the Thoothukudi Trawler Owners' Federation.");
        Entity head = named(analysis, "K. Selvaraj");
        assertThat(head.code()).isEqualTo("IND");
        assertThat(head.codedBy()).contains("serves \"Thoothukudi");
    }

    @Test
    void postedPersonOfABodyNamedForATownIsNotPlacedByIt() {
        ActorAnalysis analysis = resolve("COLOMBO (Reuters) - Sri Lanka's navy detained 14 trawler crews near the maritime boundary on Sunday. "
                + "\"The boats were towed to port,\" said Nimal Perera, a correspondent of the Chennai Evening Courier.");
        assertThat(named(analysis, "Nimal Perera").code()).isEqualTo("LKA");
    }

    @Test
    void refugeeWhoFledACountryIsOfItNotOfTheCountryShelteringHer() {
        ActorAnalysis analysis = resolve("SAN JOSE, Costa Rica (AP) - Nicaragua stripped 30 exiled critics of their citizenship on Friday.\n\n"
                + "\"We were never traitors,\" said Marta Solorzano, 55, a retired nurse who fled Nicaragua in 2019.");
        Entity refugee = named(analysis, "Marta Solorzano");
        assertThat(refugee.code()).isEqualTo("NIC");
        assertThat(refugee.codedBy()).contains("origin: \"who fled Nicaragua\"");
    }

    @Test
    void personWhoFledToACountryIsNotPlacedByIt() {
        ActorAnalysis analysis = resolve("SAN JOSE, Costa Rica (AP) - Nicaragua stripped 30 exiled critics of their citizenship on Friday.\n\n"
                + "\"We were never traitors,\" said Marta Solorzano, 55, a retired nurse who fled to Panama in 2019.");
        assertThat(named(analysis, "Marta Solorzano").codedBy()).doesNotContain("who fled");
    }
}
