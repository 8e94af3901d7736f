package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A trigger's required object may be the compound of a noun that only packages it
 * (word-lists.tsv object-container): "an aid package" is aid, "arms shipments" are arms; any other
 * head is the thing acted on ("police advisers" are advisers).
 */
class ObjectContainerTest {

    private static List<String> rules(String text) {
        return CoderFixture.code("2026-02-17", text).events().stream().map(Event::rule).toList();
    }

    @Test
    void aidPackageIsAid() {
        assertThat(rules("The European Union suspended a planned aid package to Niger on Monday."))
                .containsExactly("sanction.suspend-aid");
    }

    @Test
    void anotherHeadIsTheThingActedOn() {
        assertThat(rules("Australia sent 30 police advisers to Papua New Guinea on Monday."))
                .doesNotContain("mobilize.send-police").isNotEmpty();
    }
}
