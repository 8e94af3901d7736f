package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.TimeExpression;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

class TriggerPositionFinderTest {

    private static final LocalDate ARTICLE_DATE = LocalDate.of(2024, 11, 19);
    private static final TriggerPositionFinder FINDER = new TriggerPositionFinder(WordLists.bundled(CoderFixture.ONTOLOGY));

    /** The first sentence of the text, annotated with the article date, and the index of a word in it. */
    private record Parsed(SentenceGraph graph, List<TimeExpression> times) {
        int word(String text) {
            for (int index = 0; index < graph.size(); index++) {
                if (graph.token(index).text().equals(text)) {
                    return index;
                }
            }
            throw new AssertionError(text + " not in " + graph.sentence().text());
        }

        String clause(String word) {
            return FINDER.clause(graph, word(word));
        }

        String time(String word) {
            return TriggerPositionFinder.time(graph, word(word), times, ARTICLE_DATE);
        }
    }

    private static Parsed parse(String text) {
        AnnotatedDocument document = SharedLanguage.annotate("t", " date 2024-11-19 " + text);
        List<TimeExpression> times = document.timeExpressions().stream().filter(time -> time.sentenceIndex() == 0).toList();
        return new Parsed(new SentenceGraph(document.sentences().get(0)), times);
    }

    @Test
    void readsARecalledActInARelativeClauseDatedYearsBeforeTheArticle() {
        Parsed parsed = parse("Chile, which closed its border with Peru in 2019, reopened the crossing on Monday.");
        assertThat(parsed.clause("closed")).isEqualTo("relative");
        assertThat(parsed.time("closed")).isEqualTo("earlier");
        assertThat(parsed.clause("reopened")).isEqualTo("main");
        assertThat(parsed.time("reopened")).isEqualTo("current");
    }

    @Test
    void readsANounTriggerAfterSinceAsTemporal() {
        Parsed parsed = parse("Trade between the neighbours has collapsed since the invasion of the border province.");
        assertThat(parsed.clause("invasion")).isEqualTo("temporal");
    }

    @Test
    void readsTheActInAnIfClauseAsConditionalAndTheThreatInTheMainClauseAsMain() {
        Parsed parsed = parse("Ghana said it would recall its envoy if Togo expelled the traders.");
        assertThat(parsed.clause("expelled")).isEqualTo("conditional");
        assertThat(parsed.clause("recall")).isEqualTo("main");
    }

    @Test
    void readsTheInfinitiveOfAnAppealAsAComplement() {
        Parsed parsed = parse("The ministry urged Nigeria to free the detained sailors.");
        assertThat(parsed.clause("free")).isEqualTo("complement");
        assertThat(parsed.clause("urged")).isEqualTo("main");
    }

    @Test
    void readsAnErrandInfinitiveAsPurpose() {
        Parsed parsed = parse("Nigeria sent two warships to the gulf on Friday to protect the tankers.");
        assertThat(parsed.clause("protect")).isEqualTo("purpose");
    }

    @Test
    void readsANounTriggerUnderAPrepositionAsPrepositional() {
        Parsed parsed = parse("The suspect was extradited to Kenya at the request of Kenyan prosecutors.");
        assertThat(parsed.clause("request")).isEqualTo("prepositional");
        assertThat(parsed.clause("extradited")).isEqualTo("main");
    }

    @Test
    void readsTheReportedVerbUnderSayingAsMain() {
        Parsed parsed = parse("Officials said the army had shelled the village.");
        assertThat(parsed.clause("shelled")).isEqualTo("main");
    }

    @Test
    void datesPeriodsAgainstTheArticleDate() {
        assertThat(TriggerPositionFinder.period("1982", ARTICLE_DATE)).isEqualTo("earlier");
        assertThat(TriggerPositionFinder.period("2024-09", ARTICLE_DATE)).isEqualTo("earlier");
        assertThat(TriggerPositionFinder.period("2024-11", ARTICLE_DATE)).isEqualTo("current");
        assertThat(TriggerPositionFinder.period("2024-11-16", ARTICLE_DATE)).isEqualTo("current");
        assertThat(TriggerPositionFinder.period("2024-10-01", ARTICLE_DATE)).isEqualTo("earlier");
        assertThat(TriggerPositionFinder.period("2024-12-02", ARTICLE_DATE)).isEqualTo("later");
        assertThat(TriggerPositionFinder.period("PAST_REF", ARTICLE_DATE)).isEqualTo("earlier");
        assertThat(TriggerPositionFinder.period("P1Y", ARTICLE_DATE)).isEqualTo("none");
    }
}
