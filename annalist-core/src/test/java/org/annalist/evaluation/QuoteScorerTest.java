package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.article.Article;
import org.annalist.pipeline.CodedArticle;
import org.annalist.quotes.Quote;
import org.junit.jupiter.api.Test;

class QuoteScorerTest {

    private static final String TEXT = "\"We will reopen the border,\" the minister said. He said talks would resume, "
            + "and urged Niamey to free the traders. The standoff had choked trade.";

    private static CodedArticle coded(List<Quote> quotes) {
        Article article = new Article("q1", LocalDate.of(2026, 11, 24), null, null, null, null, TEXT, "q1");
        return new CodedArticle(article, List.of(), quotes, List.of(), List.of(), 3, 30, List.of());
    }

    private static Quote quote(String text, boolean direct, String speaker) {
        int start = TEXT.indexOf(text);
        return new Quote("q", text, start, start + text.length(), direct, speaker == null ? null : "e1", speaker, "test:path");
    }

    private static final List<GoldArticle.Quote> GOLD = List.of(
            new GoldArticle.Quote("We will reopen the border,", "Yusuf Tuggar", true),
            new GoldArticle.Quote("talks would resume", "Yusuf Tuggar", false));

    @Test
    void countsSystemQuotesThatNoGoldQuoteAccountsFor() {
        QuoteScorer scorer = new QuoteScorer();
        scorer.add(GOLD, coded(List.of(
                quote("We will reopen the border,", true, "Yusuf Tuggar"),
                quote("talks would resume, and urged Niamey to free the traders", false, "Yusuf Tuggar"),
                quote("had choked trade", false, null))));

        assertThat(scorer.direct().coded()).isEqualTo(1);
        assertThat(scorer.direct().notInGold()).isZero();
        assertThat(scorer.indirect().coded()).as("the longer quote contains the gold one").isEqualTo(2);
        assertThat(scorer.indirect().notInGold()).isEqualTo(1);
        assertThat(scorer.mistakes()).containsExactly("q1: indirect quote not in the gold \"had choked trade\" (test:path)");
    }

    @Test
    void aSystemQuoteInsideAGoldQuoteIsAccountedFor() {
        QuoteScorer scorer = new QuoteScorer();
        scorer.add(GOLD, coded(List.of(quote("reopen the border", true, "Yusuf Tuggar"))));

        assertThat(scorer.direct().notInGold()).isZero();
    }

    @Test
    void articlesWhoseGoldListsNoQuotesAreNotCounted() {
        QuoteScorer scorer = new QuoteScorer();
        scorer.add(List.of(), coded(List.of(quote("had choked trade", false, null))));

        assertThat(scorer.indirect().coded()).isZero();
        assertThat(scorer.indirect().notInGold()).isZero();
        assertThat(scorer.mistakes()).isEmpty();
    }

    @Test
    void aPartialQuotationIsScoredOnTheDirectQuoteNotOnTheReportAroundIt() {
        String report = "talks would resume, and urged Niamey to free the traders";
        QuoteScorer scorer = new QuoteScorer();
        scorer.add(List.of(new GoldArticle.Quote("free the traders", "Yusuf Tuggar", true)), coded(List.of(
                quote(report, false, null),
                quote("free the traders", true, "Yusuf Tuggar"))));

        assertThat(scorer.direct().speakerAccuracy()).isEqualTo(1.0);
    }
}
