package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An event in an "if"/"unless" clause is the condition of the main clause's event, not something that happened: it
 * is not coded (decision CONDITION); the main clause still is. "whether" stays an open question (OPEN_QUESTION).
 */
class ConditionClauseTest {

    private static CodingResult code(String text) {
        return CoderFixture.code("2025-06-10", text);
    }

    private static List<String> rules(CodingResult result) {
        return result.events().stream().map(Event::rule).toList();
    }

    @Test
    void anApprovalThatIsOnlyAConditionIsNotCoded() {
        CodingResult result = code("Ghana's opposition said it would challenge the law in court if parliament approved the tax.");
        assertThat(rules(result)).doesNotContain("support.approve");
        assertThat(result.decisions()).anyMatch(decision -> decision.reason() == DecisionReason.CONDITION);
    }

    @Test
    void aViolationNamedAsAConditionIsNotCoded() {
        assertThat(rules(code("Brazil said it would restore the tariffs on Argentina if Argentina violated the trade accord.")))
                .doesNotContain("reject.violate");
    }

    @Test
    void theMainClauseOfAConditionalThreatIsStillCoded() {
        assertThat(code("Chad warned that it would attack Libya if the raids continued.").events())
                .extracting(Event::event)
                .contains("THREATEN");
    }

    @Test
    void aViolationStatedAsAFactIsStillCoded() {
        assertThat(rules(code("Brazil said Argentina violated the trade accord.")))
                .contains("reject.violate");
    }
}
