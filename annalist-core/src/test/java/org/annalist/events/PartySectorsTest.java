package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A state party's sector comes from the words of its mention: "Azerbaijani troops" are MIL, "Turkey" alone has none. */
class PartySectorsTest {

    private static Event only(String type, String text) {
        List<Event> events = CoderFixture.code("2025-03-10", text).events();
        assertThat(events).extracting(Event::event).contains(type);
        return events.stream().filter(event -> event.event().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void aDemonymTakesTheSectorOfTheNounItModifies() {
        Event attack = only("ASSAULT", "Azerbaijani troops shelled an Armenian border post on Tuesday, the ministry in Yerevan said.");

        assertThat(attack.actors()).extracting(EventParty::code, EventParty::sector).containsExactly(org.assertj.core.groups.Tuple.tuple("AZE", "MIL"));
    }

    @Test
    void everyCountryOfACoordinatedModifierTakesTheSectorOfTheNoun() {
        Event drills = only("COOPERATE", "Japanese and Filipino troops began joint military drills on Luzon on Monday.");

        assertThat(drills.actors()).extracting(EventParty::code, EventParty::sector)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("JPN", "MIL"), org.assertj.core.groups.Tuple.tuple("PHL", "MIL"));
    }

    @Test
    void aPossessiveCountryTakesTheSectorOfItsOfficial() {
        Event call = only("CONSULT", "Iran's defence minister spoke by telephone with Azerbaijan on Sunday about border security.");

        assertThat(call.actors()).extracting(EventParty::code, EventParty::sector).containsExactly(org.assertj.core.groups.Tuple.tuple("IRN", "GOV"));
    }

    @Test
    void aBareCountryNameHasNoSector() {
        Event sanctions = only("SANCTION", "Turkey imposed sanctions on Syria on Monday over the shelling of its border towns.");

        assertThat(sanctions.actors()).extracting(EventParty::code, EventParty::sector).containsExactly(org.assertj.core.groups.Tuple.tuple("TUR", null));
        assertThat(sanctions.recipients()).extracting(EventParty::code, EventParty::sector).containsExactly(org.assertj.core.groups.Tuple.tuple("SYR", null));
    }

    @Test
    void aCapitalStandingForItsCountryIsTheGovernmentButTheCityWhenAttacked() {
        Event appeal = only("REQUEST", "Egypt urged Addis Ababa on Monday to resume talks on the dam.");
        Event attack = only("ASSAULT", "Russian forces launched missile strikes on Kharkiv overnight, Ukrainian officials said.");

        assertThat(appeal.recipients()).extracting(EventParty::code, EventParty::sector).containsExactly(org.assertj.core.groups.Tuple.tuple("ETH", "GOV"));
        assertThat(attack.recipients()).extracting(EventParty::code, EventParty::sector).containsExactly(org.assertj.core.groups.Tuple.tuple("UKR", "CVL"));
        assertThat(attack.actors()).extracting(EventParty::code, EventParty::sector).containsExactly(org.assertj.core.groups.Tuple.tuple("RUS", "MIL"));
    }

    @Test
    void theTwoCountriesAreBothStatesWithoutASectorWhicheverOfThemActedAsASubjectBefore() {
        Event drills = only("COOPERATE", "Kazakhstan hosted Uzbekistan's defence minister in Astana on Monday. "
                + "The two countries will hold joint military drills in May.");

        assertThat(drills.actors()).extracting(EventParty::code, EventParty::sector)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("KAZ", null), org.assertj.core.groups.Tuple.tuple("UZB", null));
    }

    @Test
    void aStatesOfficialsWithoutASectorWordAreItsGovernment() {
        Event deal = only("AGREE", "Senior Chilean and Peruvian officials agreed on Friday to reopen the border crossing at Chacalluta.");
        Event talks = only("CONSULT", "Chinese trade officials met American negotiators in Geneva on Sunday.");

        assertThat(deal.actors()).extracting(EventParty::code, EventParty::sector)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CHL", "GOV"), org.assertj.core.groups.Tuple.tuple("PER", "GOV"));
        assertThat(talks.actors()).extracting(EventParty::code, EventParty::sector).contains(org.assertj.core.groups.Tuple.tuple("CHN", "GOV"));
    }

    @Test
    void aSectorWordInTheOfficialsPhraseWins() {
        Event talks = only("CONSULT", "Afghan rebel leaders met Pakistani diplomats in Islamabad on Sunday.");

        assertThat(talks.actors()).extracting(EventParty::code, EventParty::sector).containsExactly(org.assertj.core.groups.Tuple.tuple("AFG", "REB"));
    }

    @Test
    void coastGuardsAndBorderForcesArePoliceInEvents() {
        Event blockade = only("COERCE", "Chinese coast guard ships blocked a Vietnamese fishing boat near the Paracel Islands on Sunday.");
        Event seizure = only("COERCE", "Italy's coast guard detained a Tunisian fishing trawler off Lampedusa on Friday.");
        Event clash = only("ASSAULT", "Indian and Chinese border forces clashed in the Galwan valley on Monday.");

        assertThat(blockade.actors()).extracting(EventParty::code, EventParty::sector).containsExactly(org.assertj.core.groups.Tuple.tuple("CHN", "COP"));
        assertThat(seizure.actors()).extracting(EventParty::code, EventParty::sector).containsExactly(org.assertj.core.groups.Tuple.tuple("ITA", "COP"));
        assertThat(clash.actors()).extracting(EventParty::code, EventParty::sector)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("IND", "COP"), org.assertj.core.groups.Tuple.tuple("CHN", "COP"));
    }

    @Test
    void peopleAndResidentsAreCiviliansInEvents() {
        Event arrests = only("COERCE", "Police in Nairobi detained 40 people on Tuesday after the march.");
        Event raid = only("COERCE", "Police in Nairobi detained 12 residents of Kibera on Tuesday.");

        assertThat(arrests.recipients()).extracting(EventParty::code, EventParty::sector).containsExactly(org.assertj.core.groups.Tuple.tuple("KEN", "CVL"));
        assertThat(raid.recipients()).extracting(EventParty::code, EventParty::sector).containsExactly(org.assertj.core.groups.Tuple.tuple("KEN", "CVL"));
    }

    @Test
    void aStatesWeaponsAndStrikesAreItsArmedForces() {
        Event strikes = only("ASSAULT", "Russian missile strikes hit the port of Odesa overnight, killing four people, Ukrainian officials said.");

        assertThat(strikes.actors()).extracting(EventParty::code, EventParty::sector).containsExactly(org.assertj.core.groups.Tuple.tuple("RUS", "MIL"));
    }

    @Test
    void aMerchantOrFishingShipOfAStatesFlagIsItsOwnersBusiness() {
        Event seizure = only("COERCE", "Argentina's navy seized a Chinese fishing trawler off Chubut province on Thursday.");

        assertThat(seizure.recipients()).extracting(EventParty::code, EventParty::sector).containsExactly(org.assertj.core.groups.Tuple.tuple("CHN", "BUS"));
    }

    @Test
    void aProtestByAStatesOwnPeopleWithNoNamedTargetIsAgainstItsGovernment() {
        Event rally = only("PROTEST", "Thousands of protesters rallied in Tbilisi on Sunday, the third weekend of demonstrations.");
        Event blockade = only("PROTEST", "Hundreds of Kenyan farmers' union members blocked the main road to Nakuru on Monday.");

        assertThat(rally.recipients()).extracting(EventParty::code, EventParty::sector).containsExactly(org.assertj.core.groups.Tuple.tuple("GEO", "GOV"));
        assertThat(blockade.recipients()).extracting(EventParty::code, EventParty::sector).containsExactly(org.assertj.core.groups.Tuple.tuple("KEN", "GOV"));
    }

    @Test
    void aTargetThePoliceNameWithoutASectorIsNotTheGovernment() {
        Event arrests = only("COERCE", "Police in Lima detained 30 people on Tuesday after the march.");

        assertThat(arrests.recipients()).extracting(EventParty::code, EventParty::sector).containsExactly(org.assertj.core.groups.Tuple.tuple("PER", "CVL"));
    }

    @Test
    void relativesWomenAndPrisonersThePoliceTargetAreCivilians() {
        Event tearGas = only("ASSAULT", "Police in Harare fired tear gas at relatives who had gathered outside the prison on Friday.");
        Event arrests = only("COERCE", "Police in Kabul detained four women who tried to hold a vigil on Monday.");

        assertThat(tearGas.recipients()).extracting(EventParty::code, EventParty::sector).containsExactly(org.assertj.core.groups.Tuple.tuple("ZWE", "CVL"));
        assertThat(arrests.recipients()).extracting(EventParty::code, EventParty::sector).containsExactly(org.assertj.core.groups.Tuple.tuple("AFG", "CVL"));
    }

    @Test
    void aPluralTitleTakesItsSingularsSector() {
        Event talks = only("CONSULT", "Vietnamese and Laotian transport ministers met in Vientiane on Thursday to discuss a rail link.");

        assertThat(talks.actors()).extracting(EventParty::code, EventParty::sector)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("VNM", "GOV"), org.assertj.core.groups.Tuple.tuple("LAO", "GOV"));
    }

    @Test
    void aStatesDelegationsAndMediatorsAreItsGovernment() {
        Event talks = only("CONSULT", "Kenyan and Ugandan delegations held talks in Kampala on Monday on the disputed island.");
        Event thanks = only("SUPPORT", "Sudan's foreign minister thanked the Saudi mediators on Tuesday.");

        assertThat(talks.actors()).extracting(EventParty::code, EventParty::sector)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("KEN", "GOV"), org.assertj.core.groups.Tuple.tuple("UGA", "GOV"));
        assertThat(thanks.recipients()).extracting(EventParty::code, EventParty::sector).containsExactly(org.assertj.core.groups.Tuple.tuple("SAU", "GOV"));
    }

    @Test
    void thePairStandingAloneIsTheTwoGovernments() {
        Event appeal = only("REQUEST", "Armenia and Azerbaijan traded accusations over a border shooting on Monday. "
                + "The European Union urged both to show restraint.");

        assertThat(appeal.recipients()).extracting(EventParty::code, EventParty::sector)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ARM", "GOV"), org.assertj.core.groups.Tuple.tuple("AZE", "GOV"));
    }
}
