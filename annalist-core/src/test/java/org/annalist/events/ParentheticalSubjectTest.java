package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Qatar and Egypt, which hosted earlier rounds, have invited …": the main verb keeps the subject before the parenthetical. */
class ParentheticalSubjectTest {

    @Test
    void mainVerbAfterARelativeClauseKeepsTheSubjectBeforeIt() {
        // parsed with "invited" as an unlabelled dependent of "Qatar" and no subject of its own
        assertThat(CoderFixture.code("2025-07-08", "Sudan accused Chad of shelling the border town of Geneina on Sunday. "
                + "Qatar and Egypt, which hosted earlier rounds of talks in Doha, have invited the two sides to return to the table.").events())
                .filteredOn(event -> event.event().equals("AGREE")) // an invitation is an offer (patterns.tsv request.invite)
                .extracting(event -> codes(event.actors()))
                .containsExactly("EGY,QAT");
    }
}
