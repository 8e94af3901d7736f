package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Bodies named by an office-holder's title ("the prime minister's office", "the presidential
 * palace") and groups named by a title in the plural ("Gendarmes", "army officers"): the actors
 * stage makes entities of them, with the title's sector, so that they can speak and act.
 */
class TitledOfficesAndPluralTitlesTest {

    private static Optional<Entity> withMention(ActorAnalysis analysis, String text) {
        return analysis.entities().stream().filter(entity -> entity.mentions().stream().anyMatch(mention -> mention.text().equals(text)))
                .findFirst();
    }

    @Test
    void officeOfACountrysPrimeMinisterIsThatCountrysGovernment() {
        ActorAnalysis analysis = resolve("Norway's prime minister's office said on Monday that the talks would resume in Oslo next week.");
        assertThat(withMention(analysis, "Norway's prime minister's office")).hasValueSatisfying(office -> {
            assertThat(office.type()).isEqualTo("ORGANIZATION");
            assertThat(office.code()).isEqualTo("NOR");
            assertThat(office.sector()).isEqualTo("GOV");
            assertThat(office.codedBy()).contains("sectors.tsv").contains("prime minister's office");
        });
    }

    @Test
    void presidentialPalaceWithoutACountryIsOfTheDatelineCountry() {
        ActorAnalysis analysis = resolve("MANILA, June 4 (Reuters) - The president spoke by phone with the Japanese prime minister on Tuesday, "
                + "the presidential palace said.");
        assertThat(withMention(analysis, "the presidential palace")).hasValueSatisfying(palace -> {
            assertThat(palace.code()).isEqualTo("PHL");
            assertThat(palace.sector()).isEqualTo("GOV");
        });
    }

    @Test
    void publicDefendersOfficeAsSubjectIsOfTheDatelineCountry() {
        ActorAnalysis analysis = resolve("YEREVAN, May 2 (AFP) - The Public Defender's office said its staff had recorded 14 arrests overnight.");
        assertThat(withMention(analysis, "The Public Defender's office")).hasValueSatisfying(office -> {
            assertThat(office.code()).isEqualTo("ARM");
            assertThat(office.sector()).isEqualTo("GOV");
        });
    }

    @Test
    void pluralOfAPoliceTitleIsAPoliceGroupOfTheCapitalsCountry() {
        ActorAnalysis analysis = resolve("NIAMEY, April 9 (Reuters) - Gendarmes have arrested six traders accused of smuggling fuel, a local official said.");
        Entity gendarmes = named(analysis, "Gendarmes");
        assertThat(gendarmes.type()).isEqualTo("GROUP");
        assertThat(gendarmes.sector()).isEqualTo("COP");
        assertThat(gendarmes.codedBy()).contains("sectors.tsv").contains("\"gendarme\", in the plural");
        assertThat(gendarmes.code()).isEqualTo("NER");
    }

    @Test
    void pluralOfAMultiWordTitleKeepsItsSector() {
        ActorAnalysis analysis = resolve("Army officers seized the state broadcaster in Libreville on Wednesday.");
        Entity officers = named(analysis, "Army officers");
        assertThat(officers.type()).isEqualTo("GROUP");
        assertThat(officers.sector()).isEqualTo("MIL");
    }

    @Test
    void titlesOfNamedOwnersStayTheOwnersParties() {
        ActorAnalysis analysis = resolve("Qatar hosted the presidents of Congo and Rwanda for talks in Doha on Sunday.");
        assertThat(withMention(analysis, "the presidents")).isEmpty();
        assertThat(analysis.entities()).extracting(Entity::code).contains("COD", "RWA");
    }

    @Test
    void pluralOfATitleWithoutASectorMakesNoGroup() {
        ActorAnalysis analysis = resolve("Officers said the road would stay closed until Friday.");
        assertThat(withMention(analysis, "Officers")).isEmpty();
    }
}
