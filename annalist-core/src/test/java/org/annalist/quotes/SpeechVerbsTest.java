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

class SpeechVerbsTest {

    @Test
    void bundledFileKnowsReportingVerbsByKind() {
        SpeechVerbs verbs = SpeechVerbs.bundled();
        assertThat(verbs.kindOf("say")).contains(SpeechVerbKind.SPEECH);
        assertThat(verbs.kindOf("underline")).contains(SpeechVerbKind.SPEECH);
        assertThat(verbs.kindOf("consider")).contains(SpeechVerbKind.COGNITION);
        assertThat(verbs.kindOf("urge")).contains(SpeechVerbKind.APPEAL);
        assertThat(verbs.kindOf("accuse")).contains(SpeechVerbKind.ACCUSATION);
        assertThat(verbs.quotingKindOf("slam")).contains(SpeechVerbKind.STANCE);
        assertThat(verbs.kindOf("slam")).isEmpty();
        assertThat(SpeechVerbKind.STANCE.reportsSpeech()).isFalse();
        assertThat(verbs.kindOf("eat")).isEmpty();
        assertThat(verbs.table().rows()).hasSizeGreaterThan(120);
    }

    @Test
    void rejectsAnUnknownKindWithFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("verbs.tsv");
        Files.writeString(file, "# test\nlemma\tkind\tnote\nsay\tspeech\t\nmutter\twhisper\t\n");
        TsvTable table = TsvTable.file(file, Set.of("lemma", "kind", "note"));
        assertThatThrownBy(() -> new SpeechVerbs(table))
                .isInstanceOf(DictionaryException.class)
                .hasMessageContaining(":4:")
                .hasMessageContaining("unknown kind \"whisper\"");
    }

    @Test
    void rejectsALemmaListedTwice(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("verbs.tsv");
        Files.writeString(file, "lemma\tkind\tnote\nsay\tspeech\t\nsay\tcognition\t\n");
        TsvTable table = TsvTable.file(file, Set.of("lemma", "kind", "note"));
        assertThatThrownBy(() -> new SpeechVerbs(table)).hasMessageContaining("listed twice");
    }
}
