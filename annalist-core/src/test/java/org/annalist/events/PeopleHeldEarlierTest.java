package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A past participle of a verb of holding people that describes a noun ("freed three traders detained last month")
 * names them by an earlier act: no detention is coded at it (background-participle in word-lists.tsv); "soldiers backed by
 * foreign instructors" names them by their backers, no SUPPORT. The same verb
 * as an act, finite or passive, is still a detention.
 */
class PeopleHeldEarlierTest {

    private static List<String> rules(String text) {
        return CoderFixture.code("2025-06-10", text).events().stream().map(Event::rule).toList();
    }

    @Test
    void aReducedRelativeAfterTheObjectIsNoDetention() {
        assertThat(rules("Egypt said it would free three Sudanese traders detained last month near the border."))
                .noneMatch(rule -> rule.startsWith("coerce."));
    }

    @Test
    void aReducedRelativeAfterAReleaseIsNoArrest() {
        assertThat(rules("Uganda released nine Kenyan fishermen arrested on Lake Victoria in May."))
                .noneMatch(rule -> rule.startsWith("coerce."));
    }

    @Test
    void aFiniteDetentionIsStillCoded() {
        assertThat(rules("Egyptian police detained three Sudanese traders near the border on Monday."))
                .contains("coerce.detain");
    }

    @Test
    void aPassiveArrestIsStillCoded() {
        assertThat(rules("Nine Kenyan fishermen were arrested by Ugandan soldiers on Lake Victoria on Sunday."))
                .contains("coerce.arrest");
    }

    @Test
    void troopsNamedByTheirBackersAreNoSupport() {
        assertThat(rules("Malian soldiers backed by Turkish drone operators retook the town of Anefis on Friday, the army said."))
                .noneMatch(rule -> rule.startsWith("support.back"));
    }

    @Test
    void aFiniteBackingIsStillSupport() {
        assertThat(rules("Ghana backed Togo's bid to host the regional summit on Tuesday."))
                .contains("support.back");
    }
}
