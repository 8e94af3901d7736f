package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a verb trigger's object decides: "strike *" and "strike", counted objects ("a barrage of missiles", "a series of raids"), launches into the sea;
 * required object words that are one noun phrase ("used tear gas": "tear" modifies "gas"). */
class TriggerObjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Israeli jets struck several villages in southern Lebanon on Saturday.  | struck | ASSAULT  | assault.strike-something",
        "Ukrainian drones struck an oil refinery in Russia overnight.             | struck | ASSAULT  | assault.strike-something",
        "Dock workers in Argentina struck for a third day over pay.               | struck | PROTEST  | protest.strike",
        "Turkish jets struck what the army said were PKK arms depots in northern Iraq on Sunday. | struck | ASSAULT | assault.strike-something",
        "Sudan’s army said its drones had struck “rebel positions used by the militia” near El Obeid on Monday. | struck | ASSAULT | assault.strike-something",
        "Turkey struck a deal with Iraq on water sharing.                         | struck | SUPPORT  | support.strike-deal",
        "North Korea fired a barrage of ballistic missiles into the sea on Monday. | fired | MOBILIZE | mobilize.fire-missile-into-sea",
        "Hamas fired a barrage of rockets at Israel on Tuesday.                    | fired | ASSAULT  | assault.fire-rocket-at",
        "Russia launched one of its largest attacks on Kharkiv overnight.          | launched | ASSAULT | assault.launch-attack-on",
        "The rebels mounted a series of raids on army posts in Mali.              | raids  | ASSAULT  | assault.raid-on-noun",
        "Riot police in Nairobi used tear gas on crowds of students on Friday.     | used   | ASSAULT  | assault.use-tear-gas",
        "Syrian government forces used chemical weapons against the rebel towns. | used   | ASSAULT  | assault.use-chemical-weapon",
        "The Kenyan president invited the Somali leader to Nairobi for talks.      | invited | AGREE   | agree.invite-for-talk",
    })
    void strikeIsCodedByWhatFollowsIt(String sentence, String trigger, String event, String rule) {
        List<Event> events = CoderFixture.code("2025-06-14", sentence).events();

        assertThat(events).filteredOn(coded -> coded.evidence().trigger().text().startsWith(trigger))
                .extracting(Event::event, Event::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(event, rule));
    }
}
