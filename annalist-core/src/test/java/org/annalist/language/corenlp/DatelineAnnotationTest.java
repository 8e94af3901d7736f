package org.annalist.language.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

class DatelineAnnotationTest {

    @Test
    void leadSentenceAfterADatelineParsesWithItsOwnSubject() {
        String text = "WASHINGTON (Reuters) - The United States imposed new sanctions on Iran on Tuesday.";
        AnnotatedDocument document = SharedLanguage.annotate("dateline", text);

        assertThat(document.sentences()).extracting(Sentence::text)
                .containsExactly("WASHINGTON (Reuters) -", "The United States imposed new sanctions on Iran on Tuesday.");
        Sentence lead = document.sentences().get(1);
        int imposed = lead.tokens().stream().filter(token -> token.text().equals("imposed")).findFirst().orElseThrow().index();
        assertThat(lead.dependencies()).filteredOn(arc -> arc.governor() == imposed && arc.relation().equals("nsubj"))
                .extracting(Dependency::dependent).extracting(index -> lead.token(index).text())
                .containsExactly("States");
        assertThat(document.text().substring(lead.start(), lead.end())).isEqualTo(lead.text());
    }
}
