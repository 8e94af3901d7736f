package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarkScannerTest {

    private final QuoteMarkScanner scanner = new QuoteMarkScanner();

    private static List<String> texts(String text, List<QuotedPassage> passages) {
        return passages.stream().map(p -> text.substring(p.start(), p.end())).toList();
    }

    @Test
    void findsCurlyAndStraightQuotesWithoutTheirMarks() {
        String text = "“We will stay,” she said. He replied: \"We will not leave.\"";
        assertThat(texts(text, scanner.scan(text))).containsExactly("We will stay,", "We will not leave.");
    }

    @Test
    void continuesAQuotationIntoTheNextParagraphThatOpensWithAMark() {
        String text = "Okafor said: “The first part is here.\n\n“The second part ends here.”\n\nAfterwards she left.";
        List<QuotedPassage> passages = scanner.scan(text);
        assertThat(texts(text, passages)).containsExactly("The first part is here.", "The second part ends here.");
        assertThat(passages.get(0).continuesInNext()).isTrue();
        assertThat(passages.get(1).continuesFromPrevious()).isTrue();
    }

    @Test
    void apostrophesAreNotQuoteMarks() {
        String text = "The countries’ goals don’t change, and the ministers’ talks went on.";
        assertThat(scanner.scan(text)).isEmpty();
    }

    @Test
    void takesCurlySingleMarksAsAQuotationWhenTheyPair() {
        String text = "He called it ‘a betrayal of the voters’, and left.";
        assertThat(texts(text, scanner.scan(text))).containsExactly("a betrayal of the voters");
    }

    @Test
    void anUnclosedMarkEndsWithItsParagraph() {
        String text = "The first paragraph is plain.\n\nHe said: “We will fight on\n\nThe last paragraph is plain too.";
        List<QuotedPassage> passages = scanner.scan(text);
        assertThat(texts(text, passages)).containsExactly("We will fight on");
        assertThat(passages.get(0).closed()).isFalse();
        assertThat(passages.get(0).continuesInNext()).isFalse();
    }
}
