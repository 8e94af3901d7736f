package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Well-known bodies wire copy names without a country word are coded from organisations.tsv, not from the dateline. */
class NationalBodiesDataTest {

    @Test
    void exiledRightsGroupIsOfItsOwnCountryNotTheDatelines() {
        ActorAnalysis analysis = resolve("VILNIUS, June 3 (Reuters) - Viasna said 14 more people had been jailed in Minsk over online comments.");
        Entity viasna = named(analysis, "Viasna");
        assertThat(viasna.code()).isEqualTo("BLR");
        assertThat(viasna.sector()).isEqualTo("HRI");
    }

    @Test
    void nationalAgencyWhoseNameHoldsAGroupWordIsTheState() {
        ActorAnalysis analysis = resolve("MANILA, June 3 (Reuters) - The Department of Migrant Workers said the 12 sailors would fly home on Friday.");
        Entity department = named(analysis, "Department of Migrant Workers");
        assertThat(department.code()).isEqualTo("PHL");
        assertThat(department.sector()).isEqualTo("GOV");
    }

    @Test
    void minorityPartyFiledFromAnotherCapitalIsOfItsOwnCountry() {
        ActorAnalysis analysis = resolve("BUDAPEST, June 3 (Reuters) - The KMKSZ said the new language law would close 40 schools in Transcarpathia.");
        Entity party = named(analysis, "KMKSZ");
        assertThat(party.code()).isEqualTo("UKR");
        assertThat(party.sector()).isEqualTo("PTY");
    }

    @Test
    void nationalHumanRightsCommissionIsARightsBodyOfTheStory() {
        ActorAnalysis analysis = resolve("NAIROBI, June 3 (Reuters) - The Kenya National Human Rights Commission said 19 people had died in police custody.");
        Entity commission = named(analysis, "Kenya National Human Rights Commission");
        assertThat(commission.code()).isEqualTo("KEN");
        assertThat(commission.sector()).isEqualTo("HRI");
    }

    @Test
    void countrysRedCrescentIsItsNationalSociety() {
        ActorAnalysis analysis = resolve("ANKARA, Feb 8 (Reuters) - The Turkish Red Crescent said it had sent 40 trucks of food to the quake zone.");
        Entity society = named(analysis, "Turkish Red Crescent");
        assertThat(society.code()).isEqualTo("TUR");
        assertThat(society.sector()).isEqualTo("HLH");
    }

    @Test
    void bareRedCrossStaysTheInternationalCommittee() {
        ActorAnalysis analysis = resolve("ANKARA, Feb 8 (Reuters) - The Red Cross said it had sent 40 trucks of food to the quake zone.");
        assertThat(analysis.entities()).anyMatch(entity -> "NGO".equals(entity.code()) && entity.name().contains("Red Cross"));
    }

    @Test
    void borderForceSpokesmanFiledFromTheNeighboursCapitalIsOfTheForcesCountry() {
        ActorAnalysis analysis = resolve("NEW DELHI, June 3 (Reuters) - Indian guards shot dead a cattle trader at the frontier on Monday. "
                + "The body was handed over after a flag meeting, a BGB spokesman, Major Rafiqul Alam, said.");
        assertThat(named(analysis, "Rafiqul Alam").code()).isEqualTo("BGD");
    }
}
