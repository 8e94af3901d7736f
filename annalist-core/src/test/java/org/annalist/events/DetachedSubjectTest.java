package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "said India would not hold talks": the reported clause keeps its subject even when the parser hangs it on "said". */
class DetachedSubjectTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-05-20", text).events();
    }

    @Test
    void reportedRefusalAfterAnAccountRejectedKeepsItsSubject() {
        assertThat(code("India's foreign ministry spokesman rejected the Pakistani account as \"false propaganda\" and said "
                + "India would not hold talks with Pakistan while it continued to support militant groups."))
                .filteredOn(event -> event.event().equals("REJECT") && event.rule().startsWith("consult"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()), Event::aux)
                .containsExactly(tuple("IND", "PAK", List.of()));
    }

    @Test
    void reportedRecallUnderAClausalSubjectKeepsItsSubject() {
        // parsed with "recall" as the root, "accused … and said" as its clausal subject and "Kenya" as the object of "said"
        assertThat(code("The spokesman accused Kampala of \"stealing Kenyan jobs\" and said Kenya would recall its envoy, "
                + "Peter Mwangi, for consultations."))
                .filteredOn(event -> event.event().equals("SANCTION"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("KEN");
    }

    @Test
    void conjoinedReportedSubjectsBeforeTheVerbAreAllItsSubjects() {
        // may be parsed with the three countries as objects of "said" and "hold" as the root
        assertThat(code("Nakatani said Japan, the Philippines and Australia would hold a trilateral air exercise over the "
                + "South China Sea next month."))
                .filteredOn(event -> event.event().equals("COOPERATE"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("AUS,JPN,PHL");
    }

    @Test
    void aPronounOfAReportedClauseParsedAsAnOpenComplementIsTheReporter() {
        // may be parsed with "hold" as an open complement (xcomp) of "said" that has its own subject "it"
        assertThat(code("Cambodia's navy said it would hold live-fire drills off the southern coast from Friday, a step analysts "
                + "described as a signal to Bangkok."))
                .filteredOn(event -> event.event().equals("MOBILIZE"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("KHM");
    }

    @Test
    void reportedParticipleWithAFiniteAuxiliaryKeepsItsSubject() {
        // may be parsed with "Israel" as the object of "said" and "had stopped" hung on "said" as an unlabelled dependent
        assertThat(code("Foreign Minister Avi Dror said Israel had stopped the entry of fuel trucks into Gaza on Monday "
                + "to press Hamas to accept a longer truce."))
                .filteredOn(event -> event.event().equals("COERCE"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("ISR");
    }

    @Test
    void capitalBeforeAQuotedPredicateIsItsSubject() {
        // may be parsed with "Amman" as the object of "said" and the opening quotation mark hung on "said"
        assertThat(code("A spokesman for Jordan's foreign ministry said Amman \"strongly supports the territorial integrity of Syria\" "
                + "and would oppose any partition of the country."))
                .filteredOn(event -> event.event().equals("SUPPORT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("JOR", "SYR"));
    }

    @Test
    void capitalAfterASecondVerbOfSayingIsTheSubjectOfTheReportedPledge() {
        // may be parsed with "donate" hung on "thanked", of which "said" is a conjunct, and "Tokyo" as the object of "said"
        assertThat(code("Japan's foreign ministry thanked Manila for protecting its fishermen and said Tokyo would donate a third "
                + "coast guard vessel to the Philippine navy in the spring."))
                .filteredOn(event -> event.event().equals("AID"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("JPN");
    }
}
