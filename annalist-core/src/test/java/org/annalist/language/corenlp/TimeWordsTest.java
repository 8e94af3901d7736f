package org.annalist.language.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeWordsTest {

    private final TimeWords timeWords = TimeWords.bundled();

    private static List<CoreLabel> tokens(String sentence) {
        return Arrays.stream(sentence.split(" ")).map(word -> {
            CoreLabel token = new CoreLabel();
            token.setWord(word);
            return token;
        }).toList();
    }

    @Test
    void sendsSentencesWithCalendarNamesDigitsOrTimeWordsToTheTimeRecognizer() {
        assertThat(timeWords.mayHoldTime(tokens("The ministers met in Tehran on Monday ."))).isTrue();
        assertThat(timeWords.mayHoldTime(tokens("Talks resumed after 3 rounds ."))).isTrue();
        assertThat(timeWords.mayHoldTime(tokens("The envoy arrived two days ago ."))).isTrue();
        assertThat(timeWords.mayHoldTime(tokens("Troops withdrew in Sept. under the deal ."))).isTrue();
        assertThat(timeWords.mayHoldTime(tokens("The ceasefire is holding CURRENTLY ."))).isTrue();
    }

    @Test
    void skipsSentencesWithoutAnyTimeAnchor() {
        assertThat(timeWords.mayHoldTime(tokens("The general praised the cooperation between the two nations ."))).isFalse();
        assertThat(timeWords.mayHoldTime(tokens("Ashtiani said the talks were important and effective ."))).isFalse();
    }
}
