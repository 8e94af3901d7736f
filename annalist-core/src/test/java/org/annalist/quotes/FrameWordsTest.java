package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.annalist.dictionary.DictionaryException;
import org.annalist.dictionary.TsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameWordsTest {

    @Test
    void bundledFileKnowsFrameWordsByRole() {
        FrameWords frames = FrameWords.bundled();
        assertThat(frames.is(FrameWords.Role.HEARER_VERB, "tell")).isTrue();
        assertThat(frames.is(FrameWords.Role.HEARER_VERB, "say")).isFalse();
        assertThat(frames.is(FrameWords.Role.SEATED_BODY, "Ministry")).isTrue();
        assertThat(frames.is(FrameWords.Role.SEATED_BODY, "embassy")).isFalse();
        assertThat(frames.is(FrameWords.Role.UTTERANCE_NOUN, "message")).isTrue();
        assertThat(frames.is(FrameWords.Role.UTTERANCE_NOUN, "ministry")).isFalse();
    }

    @Test
    void rejectsAnUnknownRoleWithFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("frames.tsv");
        Files.writeString(file, "# test\nword\trole\tnote\ntell\thearer-verb\t\nsign\tbanner\t\n");
        TsvTable table = TsvTable.file(file, Set.of("word", "role", "note"));
        assertThatThrownBy(() -> new FrameWords(table))
                .isInstanceOf(DictionaryException.class)
                .hasMessageContaining(":4:")
                .hasMessageContaining("unknown role \"banner\"");
    }

    @Test
    void rejectsAWordListedTwiceForOneRole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("frames.tsv");
        Files.writeString(file, "word\trole\tnote\nmessage\tutterance-noun\t\nmessage\tutterance-noun\t\n");
        TsvTable table = TsvTable.file(file, Set.of("word", "role", "note"));
        assertThatThrownBy(() -> new FrameWords(table)).hasMessageContaining("listed twice");
    }
}
