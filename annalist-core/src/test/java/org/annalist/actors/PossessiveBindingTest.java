package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whom a possessive binds ({@link PossessiveBinding}, {@link EmployerFinder}): "their lawyer" after people is the
 * people's lawyer, not the last organisation's staff; "its ambassador" and "its government" are the clause
 * subject's, else the country named just before.
 */
class PossessiveBindingTest {

    @Test
    void possessiveBoundByPeopleGivesNoOrganisationsCode() {
        ActorAnalysis analysis = resolve("BELGRADE (Reuters) - Serbian police arrested four men near the boundary with Kosovo on Sunday. "
                + "The Russian foreign ministry condemned the arrests.\n\n"
                + "The four men denied the charges through their lawyer, Milos Petrovic, state television said.");
        Entity lawyer = named(analysis, "Milos Petrovic");
        assertThat(lawyer.code()).isEqualTo("SRB");
    }

    @Test
    void possessiveBoundByACountryIsThatCountrysOfficial() {
        ActorAnalysis analysis = resolve("YEREVAN (Reuters) - Armenia suspended its membership of the Collective Security Treaty Organization. "
                + "Moscow called the step a mistake.\n\n"
                + "Russia recalled its ambassador, Pavel Orlov, for consultations.");
        assertThat(named(analysis, "Pavel Orlov").code()).isEqualTo("RUS");
    }

    @Test
    void theirLawyerOpeningASentenceIsThePeoplesCounsel() {
        ActorAnalysis analysis = resolve("BAMAKO (AFP) - A court in Mali on Monday jailed two bloggers for five years for links to armed groups. "
                + "Prosecutors said the pair had sent messages to the Islamic State Sahel Province (ISSP).\n\n"
                + "Their lawyer, Amadou Sow, said the verdict would be appealed.");
        Entity lawyer = named(analysis, "Amadou Sow");
        assertThat(lawyer.code()).as(lawyer.toString()).isEqualTo("MLI");
    }

    @Test
    void itsGovernmentIsTheGovernmentOfTheCountryJustNamed() {
        ActorAnalysis analysis = resolve("GENEVA (Reuters) - Honduras asked the U.N. Human Rights Council on Monday to open an inquiry into Nicaragua. "
                + "Nicaragua stayed away from the session. Its government said in a statement that the council had no right to judge it.");
        Entity government = analysis.entities().stream().filter(entity -> entity.name().equalsIgnoreCase("government")).findFirst().orElseThrow();
        assertThat(government.code()).isEqualTo("NIC");
    }

    @Test
    void itsGovernmentInAClauseWithACountrySubjectIsThatCountrys() {
        // the nearest country before "Its" is Ukraine; the clause's subject, Russia, owns the government
        ActorAnalysis analysis = resolve("MOSCOW (Reuters) - Russia accused Ukraine on Monday of shelling the nuclear plant, and its government "
                + "said the attack would not go unanswered.");
        Entity government = analysis.entities().stream().filter(entity -> entity.name().equalsIgnoreCase("government")).findFirst().orElseThrow();
        assertThat(government.code()).as(government.toString()).isEqualTo("RUS");
    }

    @Test
    void theirSpokesmanAfterAStatesTroopsIsTheirs() {
        ActorAnalysis analysis = resolve("BISHKEK (Reuters) - Kyrgyz and Uzbek border guards exchanged fire near a disputed water pipe on Monday, "
                + "Kyrgyzstan's border service said, adding that one of its officers was wounded.\n\n"
                + "Uzbekistan's border troops gave a different account. Their spokesman, Major Bakhtiyor Karimov, said the Kyrgyz side had fired first.");
        Entity spokesman = named(analysis, "Bakhtiyor Karimov");
        assertThat(spokesman.code()).as(spokesman.toString()).isEqualTo("UZB");
    }

    @Test
    void theirLeaderAfterProtestingDriversIsNoBlocsOfficial() {
        ActorAnalysis analysis = resolve("LOME (AP) - Togo and Ghana agreed on Tuesday to reopen a border crossing closed for a month, "
                + "the Economic Community of West African States said.\n\n"
                + "In Aflao, hundreds of taxi drivers and market traders had blocked the road for a week. "
                + "Their leader, Kodjo Amegah, said they would clear the road on Friday.");
        Entity leader = named(analysis, "Kodjo Amegah");
        assertThat(leader.code()).as(leader.toString()).isNotEqualTo("IGO");
    }

    @Test
    void theGroupsResearcherIsNotTheBodyNamedInsideHerQuote() {
        ActorAnalysis analysis = resolve("NAIROBI (Reuters) - Amnesty International accused police of shooting two protesters in Kisumu on Tuesday. "
                + "\"The police must stop treating every demonstrator as a criminal,\" the group's East Africa researcher, Wanjiru Kamau, said.");
        Entity researcher = named(analysis, "Wanjiru Kamau");
        assertThat(researcher.code()).as(researcher.toString()).isEqualTo("NGO");
    }
}
