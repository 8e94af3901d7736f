package org.annalist.language.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.TimeExpression;
import org.annalist.language.Token;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

class WeekdayValueTest {

    /** A Wednesday. */
    private static final LocalDate FILED = LocalDate.of(2026, 5, 6);

    @Test
    void pastTenseVerbBesideTheWeekdayReadsTheLastSuchDay() {
        List<Token> sentence = tokens("Rebels attacked Friday", "NNS VBD NNP");
        assertThat(WeekdayValue.of(sentence, 2, 3, "Friday", FILED, "2026-05-08")).isEqualTo("2026-05-01");
    }

    @Test
    void futureAuxiliaryBesideTheWeekdayReadsTheNextSuchDay() {
        List<Token> sentence = tokens("Monday talks will resume", "NNP NNS MD VB");
        assertThat(WeekdayValue.of(sentence, 0, 1, "Monday", FILED, "2026-05-04")).isEqualTo("2026-05-11");
    }

    @Test
    void weekdayWithoutCueTakesTheNearestDayAndKeepsThePartOfDay() {
        List<Token> sentence = tokens("the clashes on Monday night in the north", "DT NNS IN NNP NN IN DT NN");
        assertThat(WeekdayValue.of(sentence, 3, 5, "Monday night", FILED, "2026-05-11TNI")).isEqualTo("2026-05-04TNI");
    }

    @Test
    void weekdayNamedOnItsOwnDayIsThatDay() {
        List<Token> sentence = tokens("talks will open Wednesday", "NNS MD VB NNP");
        assertThat(WeekdayValue.of(sentence, 3, 4, "Wednesday", FILED, "2026-05-13")).isEqualTo("2026-05-06");
    }

    @Test
    void otherExpressionsAndUndatedArticlesKeepSutimesValue() {
        List<Token> sentence = tokens("next Monday", "JJ NNP");
        assertThat(WeekdayValue.of(sentence, 0, 2, "next Monday", FILED, "2026-05-11")).isEqualTo("2026-05-11");
        assertThat(WeekdayValue.of(sentence, 1, 2, "Monday", null, "XXXX-WXX-1")).isEqualTo("XXXX-WXX-1");
    }

    @Test
    void anEarlierArticlesFutureMondayDoesNotMoveALaterArticlesPastMonday() {
        SharedLanguage.annotate("future-monday", " date 2026-05-06 The two defence ministers will meet on Monday in Ankara.");
        AnnotatedDocument later = SharedLanguage.annotate("past-monday", " date 2026-05-06 The ministry said its jets"
                + " had struck two rebel positions in the mountain district on Monday after a border post came under fire.");

        assertThat(later.timeExpressions()).filteredOn(time -> time.text().equals("Monday"))
                .extracting(TimeExpression::value).containsExactly("2026-05-04");
    }

    private static List<Token> tokens(String words, String tags) {
        String[] word = words.split(" ");
        String[] tag = tags.split(" ");
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < word.length; i++) {
            tokens.add(new Token(i, offset, offset + word[i].length(), word[i], word[i].toLowerCase(), tag[i], "O"));
            offset += word[i].length() + 1;
        }
        return tokens;
    }
}
