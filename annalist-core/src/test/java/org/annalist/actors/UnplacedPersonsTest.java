package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Persons whose own words give no country, coded from what a reader of the story would use. */
class UnplacedPersonsTest {

    private static Entity named(String text, String name) {
        return ResolvedText.named(ResolvedText.resolve(text), name);
    }

    @Test
    void spokespersonSpeaksForTheStateJustReportedActing() {
        String text = "Chile recalled its ambassador from Lima on Monday after Peru expelled two Chilean diplomats. "
                + "Peru has accused Chile of spying on its navy, and Lima repeated the charge on Tuesday. "
                + "Santiago rejected the accusation as baseless. "
                + "\"We have nothing to hide,\" government spokeswoman Camila Rojas told reporters.";
        Entity rojas = named(text, "Camila Rojas");
        assertThat(rojas.code()).isEqualTo("CHL");
        assertThat(rojas.codedBy()).contains("spokesperson").contains("Santiago");
    }

    @Test
    void spokespersonAfterTwoStatesActingIsLeftToTheMainCountry() {
        String text = "Peru expelled two Chilean diplomats on Monday, and Chile recalled its ambassador from Lima. "
                + "Peru said the diplomats had photographed naval bases. Lima and Santiago have clashed before. "
                + "Peru accused the diplomats of spying, and Chile denied it. "
                + "\"This is a grave matter,\" government spokeswoman Camila Rojas told reporters.";
        Entity rojas = named(text, "Camila Rojas");
        assertThat(rojas.code()).isEqualTo("PER");
        assertThat(rojas.codedBy()).contains("main country");
    }

    @Test
    void spokespersonWithARankAfterTheOfficeStillSpeaksForTheActingState() {
        String text = "Chile recalled its ambassador from Lima on Monday after Peru expelled two Chilean diplomats. "
                + "Peru has accused Chile of spying on its navy, and Lima repeated the charge on Tuesday. "
                + "Chile's military government rejected the accusation. "
                + "In a statement, government spokesman Colonel Rodrigo Vial said the diplomats had done nothing wrong.";
        Entity vial = named(text, "Rodrigo Vial");
        assertThat(vial.code()).isEqualTo("CHL");
        // "Chile's military government" is also the government of his title named last (TitledInstitution)
        assertThat(vial.codedBy()).containsAnyOf("spokesperson", "\"government\" of the title is the one named last");
    }

    @Test
    void quotedReplyAfterAParagraphSetInTheOtherCapitalIsOfThatCapitalsCountry() {
        String text = "BANGKOK, March 3 (Reuters) - Thailand accused Cambodia on Tuesday of laying new landmines along the border.\n\n"
                + "In Phnom Penh, the defence ministry rejected the charge and said Thai troops had crossed the line first.\n\n"
                + "\"These accusations are invented to excuse an incursion,\" Lieutenant General Sok Pheakdey, a ministry official, said on state television.";
        Entity official = named(text, "Sok Pheakdey");
        assertThat(official.code()).isEqualTo("KHM");
        assertThat(official.codedBy()).contains("paragraph before opens").contains("Phnom Penh");
    }

    @Test
    void paragraphThatOpensWithANewPersonIsNotSetInThePreviousParagraphsCapital() {
        String text = "BANGKOK, March 3 (Reuters) - Thailand accused Cambodia on Tuesday of laying new landmines along the border.\n\n"
                + "In Phnom Penh, the defence ministry rejected the charge and said Thai troops had crossed the line first.\n\n"
                + "Somsak Chaiyaporn, a farmer who lost a leg to a mine last year, said villagers were afraid to work their fields.";
        Entity farmer = named(text, "Somsak Chaiyaporn");
        assertThat(farmer.code()).isEqualTo("THA");
        assertThat(farmer.codedBy()).contains("dateline");
    }

    @Test
    void hostsCounterpartNamedInAppositionIsOfTheCountryOfTheDemonymNotTheDateline() {
        String text = "RIGA, April 9 (AP) - Latvia and Estonia agreed on Thursday to build a joint air defence radar on their border. "
                + "\"We cannot protect our skies alone,\" Latvian Defence Minister Andris Ozols said after hosting his Estonian counterpart, Mart Kask.";
        Entity kask = named(text, "Mart Kask");
        assertThat(kask.code()).isEqualTo("EST");
        assertThat(kask.sector()).isEqualTo("GOV");
        assertThat(kask.codedBy()).contains("demonym").contains("counterpart");
    }

    @Test
    void ministerQuotedRightAfterAStatesArmySaidSomethingIsOfThatState() {
        String text = "TEGUCIGALPA, May 12 (Reuters) - Nicaragua moved troops to its border with Honduras on Monday after Honduran police detained three Nicaraguan fishermen. "
                + "Honduras said the men had been fishing illegally, and Honduran officials said Honduras would try them.\n\n"
                + "The Nicaraguan army said the soldiers were there to protect its citizens. Defence Minister Rosa Pineda said they would not cross the river.";
        Entity pineda = named(text, "Rosa Pineda");
        assertThat(pineda.code()).isEqualTo("NIC");
        assertThat(pineda.codedBy()).contains("official of the state").contains("Nicaraguan army");
    }

    @Test
    void ministerQuotedRightAfterACountrysGovernmentSaidSomethingIsOfThatCountry() {
        String text = "KHARTOUM, June 2 (Reuters) - Sudan accused South Sudan on Tuesday of letting rebels use its territory. "
                + "Sudanese officials said Sudan would close the border crossing at Joda.\n\n"
                + "South Sudan's government said the charge was false. Petroleum Minister Deng Akol told reporters that oil would keep flowing.";
        Entity akol = named(text, "Deng Akol");
        assertThat(akol.code()).isEqualTo("SSD");
    }

    @Test
    void ministerQuotedAfterACountryNameSaidSomethingKeepsTheDateline() {
        String text = "TEGUCIGALPA, May 12 (Reuters) - Nicaragua moved troops to its border with Honduras on Monday after Honduran police detained three Nicaraguan fishermen. "
                + "Honduras said the men had been fishing illegally, and Honduran officials said Honduras would try them.\n\n"
                + "Nicaragua said the soldiers were there to protect its citizens. Defence Minister Rosa Pineda said they would not cross the river.";
        Entity pineda = named(text, "Rosa Pineda");
        assertThat(pineda.code()).isEqualTo("HND");
        assertThat(pineda.codedBy()).contains("dateline");
    }

    @Test
    void stateOfficialWithoutACountryIsOfTheCapitalTheStoryIsFiledFrom() {
        String text = "CAIRO, May 4 (Reuters) - Ethiopia began filling the dam's reservoir again, Ethiopian officials said. "
                + "Ethiopia said the filling would take two months, and Addis Ababa rejected any talks. "
                + "Irrigation Minister Hani Sewilam said the country would take the dispute to the Security Council.";
        Entity sewilam = named(text, "Hani Sewilam");
        assertThat(sewilam.code()).isEqualTo("EGY");
        assertThat(sewilam.codedBy()).contains("dateline").contains("Cairo");
    }

    @Test
    void residentQuotedInAStoryFromACapitalIsOfThatCapitalsCountry() {
        String text = "SEOUL, Aug 18 (Reuters) - Japan protested on Tuesday after a court ordered the sale of a Japanese firm's patents. "
                + "Tokyo said Japan would respond firmly, and Japanese officials said Japan might go to an international court. "
                + "\"We waited three decades for this,\" said Choi Ji-woo, a lawyer for the families.";
        Entity park = named(text, "Choi Ji-woo");
        assertThat(park.code()).isEqualTo("KOR");
        assertThat(park.codedBy()).contains("dateline").contains("Seoul");
    }

    @Test
    void datelineCityThatIsNoCapitalPlacesNobody() {
        String text = "DUBAI, May 6 (AP) - Iran seized an oil tanker in the Strait of Hormuz on Tuesday. "
                + "Iranian state media said Iran had acted lawfully. "
                + "\"The vessel broke our laws,\" said Rear Admiral Ali Tangsiri.";
        Entity tangsiri = named(text, "Ali Tangsiri");
        assertThat(tangsiri.code()).isEqualTo("IRN");
        assertThat(tangsiri.codedBy()).doesNotContain("dateline");
    }

    @Test
    void personNamedLaterTakesTheCountryOfTheEarlierDescriptionOfTheirOffice() {
        String text = "MOGADISHU, Feb 5 (Reuters) - Somalia expelled Ethiopia's ambassador on Thursday after a port deal. "
                + "Somali Prime Minister Hamza Barre denounced the deal. The foreign ministry gave Ambassador Tesfaye Mulugeta 72 hours to leave.";
        Entity ambassador = named(text, "Tesfaye Mulugeta");
        assertThat(ambassador.code()).isEqualTo("ETH");
        assertThat(ambassador.codedBy()).contains("described earlier").contains("Ethiopia's ambassador");
    }

    @Test
    void capitalInTheEarlierDescriptionStandsForItsState() {
        String text = "ROME, Feb 5 (Reuters) - Italy summoned Cairo's ambassador on Thursday over the death of a student. "
                + "Foreign Minister Antonio Tajani said the government wanted answers. Ambassador Bassam Rady was told that Rome expected full cooperation.";
        Entity ambassador = named(text, "Bassam Rady");
        assertThat(ambassador.code()).isEqualTo("EGY");
        assertThat(ambassador.codedBy()).contains("described earlier").contains("capital of EGY");
    }

    @Test
    void spokespersonSpeaksForTheBodyNamedInsideTheSubjectPhrase() {
        String text = "DHAKA, Jan 22 (Reuters) - Police arrested 300 people during a shutdown on Thursday. "
                + "The U.N. human rights office urged the authorities to free those held without charge. "
                + "\"Mass arrests will not calm the streets,\" spokeswoman Clara Benedetti said.";
        Entity benedetti = named(text, "Clara Benedetti");
        assertThat(benedetti.code()).isEqualTo("UNO");
        assertThat(benedetti.codedBy()).contains("spokesperson");
    }

    @Test
    void capitalSeatingInternationalBodiesPlacesNobody() {
        String text = "BRUSSELS, June 3 (Reuters) - European Union ministers agreed on Tuesday to extend sanctions on Russia. "
                + "Russia called the decision hostile, and Moscow said Russia would respond. "
                + "\"The measures will stay until the war ends,\" said Minister Anna Lindqvist.";
        assertThat(named(text, "Anna Lindqvist").codedBy()).doesNotContain("dateline");
    }

    @Test
    void personsHomeAfterTheirNameGivesTheirCountryBeforeTheDateline() {
        String text = "HAVANA, Nov 3 (AP) - Cuba charged an American aid worker with spying on Monday. "
                + "Daniel Whitaker, 47, of Tampa, Florida, was arrested at Havana's airport in October. "
                + "Cuba said Cuba had evidence, and Havana rejected calls for his release.";
        Entity whitaker = named(text, "Daniel Whitaker");
        assertThat(whitaker.code()).isEqualTo("USA");
        assertThat(whitaker.codedBy()).contains("origin").contains("Tampa");
    }
}
