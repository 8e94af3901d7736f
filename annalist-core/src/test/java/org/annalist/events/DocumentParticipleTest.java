package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A participle on a document noun that is a verb's object ("issued a joint statement calling on Bolivia to reopen the
 * border") is done by that verb's subject, the document's authors (word-lists.tsv document-noun).
 */
class DocumentParticipleTest {

    private static List<Event> events(String text) {
        return CoderFixture.code("2025-06-10", text).events();
    }

    @Test
    void aStatementCallingOnAGovernmentIsItsAuthorsCall() {
        List<Event> events = events("Peru and Chile issued a joint statement calling on Bolivia to reopen the border crossing at Desaguadero.");

        assertThat(events).filteredOn(event -> event.rule().equals("request.call-on")).singleElement()
                .satisfies(event -> {
                    assertThat(event.actors()).extracting(EventParty::code).containsExactlyInAnyOrder("PER", "CHL");
                    assertThat(event.recipients()).extracting(EventParty::code).containsExactly("BOL");
                });
    }

    @Test
    void protestersCallingOnAGovernmentAreNoDocument() {
        List<Event> events = events("Peru's president met farmers calling on Bolivia to reopen the border crossing at Desaguadero.");

        assertThat(events).filteredOn(event -> event.rule().equals("request.call-on"))
                .allSatisfy(event -> assertThat(event.actors()).extracting(EventParty::code).doesNotContain("PER"));
    }
}
