package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The evidence in a person's own phrase decides their country before the dateline or the article's main country does. */
class PersonOwnEvidenceTest {

    @Test
    void demonymOfSelfNamedPersonBeatsMainCountry() {
        ActorAnalysis analysis = resolve("MEXICO CITY, May 5 (Reuters) - Mexico said on Friday it would not take more deportees from the United States. "
                + "At a shelter in Tijuana, a Guatemalan man who gave his name only as Pedro said he had waited for months.");
        assertThat(named(analysis, "Pedro").code()).as(named(analysis, "Pedro").toString()).isEqualTo("GTM");
    }

    @Test
    void hometownOfPersonWhoGaveFirstNameBeatsDateline() {
        ActorAnalysis analysis = resolve("VILNIUS, May 5 (AP) — Belarus released 20 political prisoners on Friday. "
                + "One of them, a retired doctor from Grodno who gave only his first name, Ivan, said he had served two years.");
        assertThat(named(analysis, "Ivan").code()).isEqualTo("BLR");
    }

    @Test
    void possessiveBindsToTheSubjectOfItsOwnClause() {
        ActorAnalysis analysis = resolve("YEREVAN, May 5 (Reuters) - Armenia told the Collective Security Treaty Organization on Monday that it was leaving the bloc. "
                + "Moscow called the move a mistake and said Russia would recall its ambassador, Ivan Petrov, for consultations.");
        assertThat(named(analysis, "Ivan Petrov").code()).isEqualTo("RUS");
    }

    @Test
    void countryInOwnTitleBeatsPossessiveOfBloc() {
        ActorAnalysis analysis = resolve("ABUJA, May 5 (Reuters) - The Economic Community of West African States suspended Mali on Friday. "
                + "The bloc will send envoys to Bamako next week, its chairman, Ghana's President John Mensah, said.");
        assertThat(named(analysis, "John Mensah").code()).as(named(analysis, "John Mensah").toString()).isEqualTo("GHA");
    }

    @Test
    void provinceTheSpeakerComesFromBeatsMediatingDateline() {
        ActorAnalysis analysis = resolve("DOHA, May 5 (AP) — Pakistan and Afghanistan exchanged prisoners on Friday after talks mediated by Qatar. "
                + "\"I have waited four years for my son,\" said Fatima Noori, 50, from Kandahar.");
        assertThat(named(analysis, "Fatima Noori").code()).isEqualTo("AFG");
    }

    @Test
    void governmentSpokesmanAnswersForTheGovernmentJustNamed() {
        ActorAnalysis analysis = resolve("NAIROBI, May 5 (Reuters) - Kenya's High Court upheld the election result on Friday. "
                + "A British Foreign Office spokesperson said London had raised its concerns about arrests with the Kenyan government. "
                + "Government spokesman Peter Otieno rejected the criticism.");
        assertThat(named(analysis, "Peter Otieno").code()).as(named(analysis, "Peter Otieno").toString()).isEqualTo("KEN");
    }

    @Test
    void coastGuardSpokesmanOfTheCoastGuardThatReported() {
        ActorAnalysis analysis = resolve("MANILA, May 5 (AP) — Chinese coast guard ships blocked a Philippine supply boat near Second Thomas Shoal on Friday, the Philippine coast guard said. "
                + "The boat was carrying food for the troops when it was surrounded, coast guard spokesman Ramon Cruz said.");
        assertThat(named(analysis, "Ramon Cruz").code()).as(named(analysis, "Ramon Cruz").toString()).isEqualTo("PHL");
    }

    @Test
    void stateAnsweringAfterTheInstitutionOwnsTheSpokesperson() {
        ActorAnalysis analysis = resolve("CAIRO, May 5 (Reuters) - Egypt's Foreign Ministry said on Friday it had summoned Sudan's ambassador over the border dispute. "
                + "Khartoum rejected the protest. "
                + "Foreign ministry spokesman Ali Hamid called the complaint baseless.");
        assertThat(named(analysis, "Ali Hamid").code()).as(named(analysis, "Ali Hamid").toString()).isEqualTo("SDN");
    }

    @Test
    void twoCoastGuardsInOneSentenceDecideNothing() {
        ActorAnalysis analysis = resolve("MANILA, May 5 (AP) — Philippine officials said on Friday that a supply boat had been damaged near the shoal. "
                + "The Philippine Coast Guard said a China Coast Guard cutter had rammed the boat as it delivered food. "
                + "\"This was a dangerous act,\" coast guard spokesman Ramon Cruz wrote on X.");
        assertThat(named(analysis, "Ramon Cruz").code()).as(named(analysis, "Ramon Cruz").toString()).isEqualTo("PHL");
    }

    @Test
    void possessiveBindsToTheSubjectTheParserMadeAnObject() {
        ActorAnalysis analysis = resolve("YEREVAN, May 5 (Reuters) - Armenia told the Collective Security Treaty Organization on Monday that it was leaving the bloc. "
                + "Foreign ministry spokeswoman Anna Ivanova accused Yerevan of \"trading its security for Western promises\" and said Russia would recall its ambassador, Pavel Orlov, for consultations.");
        assertThat(named(analysis, "Pavel Orlov").code()).as(named(analysis, "Pavel Orlov").toString()).isEqualTo("RUS");
    }

    @Test
    void placeBeforeAGovernmentOfficeIsItsJurisdiction() {
        ActorAnalysis analysis = resolve("COLOMBO (AFP) - The Sri Lankan navy detained 12 fishermen near Delft island on Tuesday. "
                + "Tamil Nadu Chief Minister Ravi Kumar wrote to the federal government asking for their release.");
        Entity minister = named(analysis, "Ravi Kumar");
        assertThat(minister.code()).as(minister.toString()).isEqualTo("IND");
        assertThat(minister.codedBy()).contains("Tamil Nadu (IND) is the jurisdiction of the office");
    }

    @Test
    void placeBeforeAPostIsWhereTheyWorkNotWhose() {
        ActorAnalysis analysis = resolve("COLOMBO (AFP) - The Sri Lankan navy detained 12 fishermen near Delft island on Tuesday. "
                + "Chennai correspondent Ravi Kumar said the families were waiting at the harbour.");
        assertThat(named(analysis, "Ravi Kumar").codedBy()).doesNotContain("jurisdiction");
    }
}
