package org.annalist.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceWordsTest {

    @Test
    void readsStatementNounsIssuingVerbsAndEmployerWordsFromTheBundledFile() {
        ReferenceWords words = ReferenceWords.bundled();
        assertThat(words.is(ReferenceWords.Kind.STATEMENT, "Communiqué")).isTrue();
        assertThat(words.is(ReferenceWords.Kind.ISSUING, "issue")).isTrue();
        assertThat(words.is(ReferenceWords.Kind.EMPLOYER, "bloc")).isTrue();
        assertThat(words.is(ReferenceWords.Kind.EMPLOYER, "statement")).isFalse();
        assertThat(words.is(ReferenceWords.Kind.EMPLOYER, "government")).isFalse();
        assertThat(words.is(ReferenceWords.Kind.UNNAMED_WOMAN, "woman")).isTrue();
        assertThat(words.is(ReferenceWords.Kind.UNNAMED_PERSON, "resident")).isTrue();
        assertThat(words.source(ReferenceWords.Kind.EMPLOYER, "alliance")).get().asString().startsWith("actors/reference-words.tsv:");
    }

    @Test
    void rejectsAWordListedTwiceWithTheSameKind() {
        byte[] file = "word\tkind\tnote\nbloc\temployer\t\nbloc\temployer\tagain\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new ReferenceWords(TsvTable.parse("mine.tsv", file, Set.of("word", "kind", "note"))))
                .hasMessageContaining("mine.tsv:3").hasMessageContaining("listed twice");
    }

    @Test
    void rejectsAnUnknownKind() {
        byte[] file = "word\tkind\tnote\nbloc\tboss\t\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new ReferenceWords(TsvTable.parse("mine.tsv", file, Set.of("word", "kind", "note"))))
                .hasMessageContaining("unknown kind \"boss\"");
    }
}
