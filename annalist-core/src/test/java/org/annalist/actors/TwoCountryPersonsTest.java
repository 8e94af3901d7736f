package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Persons of the other side, or of a third state, in a story filed from one side's capital: the
 * dateline must not decide for them when their own words say whose they are.
 */
class TwoCountryPersonsTest {

    private static Entity named(String text, String name) {
        return ResolvedText.named(ResolvedText.resolve(text), name);
    }

    @Test
    void anOfficeOnlyOneStateHasGivesThatStateInAForeignCapital() {
        String text = "KAMPALA, March 3 (Reuters) - Uganda and South Sudan agreed on Monday to reopen their shared border. "
                + "The deputy assistant secretary of state for East African affairs, Laura Brennick, welcomed the deal. "
                + "Brennick said Washington would help pay for new customs posts.";
        Entity brennick = named(text, "Laura Brennick");
        assertThat(brennick.code()).isEqualTo("USA");
        assertThat(brennick.codedBy()).contains("national-offices.tsv").contains("secretary of state");
    }

    @Test
    void aGovernorInASentenceOpeningWithATownOfTheOtherSideIsOfThatSide() {
        String text = "RIYADH, May 9 (Reuters) - Saudi Arabia said on Friday it had intercepted two drones launched from Yemen. "
                + "In Hodeidah, the governor, Faris Qassem Hadi, said Saudi jets had struck the port overnight. "
                + "Hadi said four dock workers were wounded.";
        Entity hadi = named(text, "Faris Qassem Hadi");
        assertThat(hadi.code()).isEqualTo("YEM");
        assertThat(hadi.codedBy()).contains("local office").contains("Hodeidah");
    }

    @Test
    void aBodyTheRelativeClauseSaysThePersonHeadsGivesTheirSide() {
        String text = "MUSCAT, June 4 (Reuters) - Talks on a prisoner swap between Yemen's warring parties resumed in Oman on Wednesday. "
                + "Yahya Saleh Ghaleb, who heads the Houthi negotiating team, said the lists were nearly agreed. "
                + "Ghaleb gave no figures.";
        Entity ghaleb = named(text, "Yahya Saleh Ghaleb");
        assertThat(ghaleb.code()).isEqualTo("YEM");
        assertThat(ghaleb.sector()).isEqualTo("REB");
    }

    @Test
    void anOfficerLentToAnInternationalMissionKeepsTheNationalityBeforeHisName() {
        String text = "NAIROBI, April 2 (Reuters) - Militants attacked a base in southern Somalia on Tuesday. "
                + "The commander of the African Union mission in Somalia, Burundian Major General Pierre Nkurikiye, said the attack was repelled. "
                + "Nkurikiye said two soldiers were wounded.";
        Entity commander = named(text, "Pierre Nkurikiye");
        assertThat(commander.code()).isEqualTo("BDI");
        assertThat(commander.sector()).isEqualTo("MIL");
    }

    @Test
    void aLawmakerLeadingAnEuMissionStaysWithTheUnion() {
        String text = "DHAKA, Feb 14 (Reuters) - Voting was largely calm, election observers said on Saturday. "
                + "\"The count was orderly,\" the head of the EU observer mission, Belgian lawmaker Anne Verhoeven, told reporters in Dhaka.";
        assertThat(named(text, "Anne Verhoeven").code()).isEqualTo("EUR");
    }
}
