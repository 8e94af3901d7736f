package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the loose-clause reading (a report the parser did not label) must not take for a report: a
 * relative clause on the object of an infinitive or on an object set off by a comma, and a
 * participle that comments on the report, or one that says what was ordered done ("ordered the men held"); and a name opening the sentence is not the speaker of a
 * reporting verb whose own subject follows a comma.
 */
class LooseClauseLimitsTest {

    private static List<Quote> indirect(String text) {
        return QuoteFixture.quotes(" date 2025-09-14 " + text).stream().filter(quote -> !quote.direct()).toList();
    }

    @Test
    void aRelativeClauseOnTheObjectOfAnInfinitiveIsNoReport() {
        List<Quote> quotes = indirect("President Ruto ordered the navy to continue supply runs to the stranded frigate, which sailors have occupied since 2004.");
        assertThat(quotes).noneMatch(quote -> quote.text().startsWith("supply runs"));
        assertThat(quotes).noneMatch(quote -> "navy".equals(quote.speakerName()));
    }

    @Test
    void aParticipleOrderedDoneIsNoReport() {
        List<Quote> quotes = indirect("A court in Mombasa on Monday ordered the release of 52 traders detained during last month's port strike, "
                + "their lawyer said.");
        assertThat(quotes).noneMatch(quote -> quote.text().startsWith("the release"));
        assertThat(quotes).noneMatch(quote -> quote.text().contains("traders detained") && quote.speakerName() != null
                && quote.speakerName().contains("court"));
    }

    @Test
    void afterSaidTheSameShapeIsStillAReport() {
        List<Quote> quotes = indirect("Residents said petrol queues in the port city stretched for several kilometres on Monday.");
        assertThat(quotes).anyMatch(quote -> quote.text().startsWith("petrol queues"));
    }

    @Test
    void aParticipleAfterTheAttributionIsTheNarratorsComment() {
        List<Quote> quotes = indirect("Iran test-launched a satellite rocket on Tuesday, state media said, drawing a sharp rebuke from France, "
                + "which called the launch reckless.");
        assertThat(quotes).noneMatch(quote -> quote.text().startsWith("drawing"));
    }

    @Test
    void theNameOpeningTheReportedClauseIsNotTheSpeakerOfTheParticiple() {
        List<Quote> quotes = QuoteFixture.quotes(" date 2025-09-14 Germany offered to send field hospitals for the wounded, a spokesperson "
                + "for the German embassy in Niamey said, adding that Berlin had \"no plans for now\" to deploy combat troops.");
        assertThat(quotes).noneMatch(quote -> "Germany".equals(quote.speakerName()));
    }

    @Test
    void theNameOpeningTheReportedClauseIsNotTheSpeakerOfTheGroup() {
        List<Quote> quotes = QuoteFixture.quotes(" date 2025-09-14 Sudan has moved tanks and artillery toward its western border with Chad, "
                + "aid workers and traders said Sunday, adding that \"everyone expects a war\" within weeks.");
        assertThat(quotes).noneMatch(quote -> "Sudan".equals(quote.speakerName()));
    }

    @Test
    void aRestrictiveRelativeClauseStillShowsTheReport() {
        List<Quote> quotes = indirect("Interior Minister Daniel Okoth warned that anyone who looted shops or burned cars would be "
                + "\"punished without mercy.\"");
        assertThat(quotes).anyMatch(quote -> quote.text().startsWith("anyone who looted shops") && "Daniel Okoth".equals(quote.speakerName()));
    }
}
