package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

    private final PersonNames names = new PersonNames(NameRules.bundled());

    @Test
    void wordsAreLowerCasedWithoutDiacriticsAndSplitAtHyphens() {
        assertThat(PersonNames.words("Mohammad-Reza Ashtiani")).containsExactly("mohammad", "reza", "ashtiani");
        assertThat(PersonNames.words("Ceyhun Bayramov")).containsExactly("ceyhun", "bayramov");
        assertThat(PersonNames.words("Əli Həsənov")).containsExactly("ali", "hasanov");
        assertThat(PersonNames.words("Gen. O'Neill")).containsExactly("gen", "oneill");
    }

    @Test
    void leadingTitlesAreDroppedButNeverTheLastWord() {
        assertThat(names.dropTitles(List.of("brigadier", "general", "mohammad", "reza", "ashtiani"))).containsExactly("mohammad", "reza", "ashtiani");
        assertThat(names.dropTitles(List.of("general"))).containsExactly("general");
        assertThat(names.dropTitles(List.of("farid", "general"))).containsExactly("farid", "general");
    }

    @Test
    void transliterationEndingsFoldTogether() {
        assertThat(names.foldWord("aliyev")).isEqualTo(names.foldWord("aliyef")).isEqualTo(names.foldWord("aliev")).isEqualTo("aliev");
        assertThat(names.foldWord("ashtiany")).isEqualTo(names.foldWord("ashtiani"));
        assertThat(names.foldWord("mohammed")).isEqualTo(names.foldWord("muhammad")).isEqualTo(names.foldWord("mohamad"));
        assertThat(names.foldWord("gasanov")).isEqualTo(names.foldWord("hasanov"));
        assertThat(names.foldWord("mousavi")).isEqualTo(names.foldWord("musavi"));
        assertThat(names.foldWord("gasimov")).isNotEqualTo(names.foldWord("karimov"));
    }

    @Test
    void spellingsOfOneNameHaveOneKey() {
        assertThat(names.key("Farid Aliyef")).isEqualTo(names.key("Farid Aliyev")).isEqualTo("farid aliev");
        assertThat(names.key("Brig. Gen. Mohammad-Reza Ashtiani")).isEqualTo(names.key("Mohammad Reza Ashtiany"))
                .isEqualTo("muhamad reza ashtiani");
        assertThat(names.key("Farid Aliyev")).isNotEqualTo(names.key("Kamran Aliyev"));
        assertThat(PersonNames.surnameOf(names.key("Farid Aliyev"))).isEqualTo("aliev");
    }

    @Test
    void displayNameLosesOnlyLeadingTitles() {
        assertThat(names.withoutTitles("Brig. Gen. Mohammad-Reza Ashtiani")).isEqualTo("Mohammad-Reza Ashtiani");
        assertThat(names.withoutTitles("Defence Minister Zakir Hasanov")).isEqualTo("Zakir Hasanov");
    }

    @Test
    void reciprocalTypesAndTheDateWindowComeFromTheMergeRule() {
        MergeRule rule = MergeRule.bundled(names);
        assertThat(rule.isReciprocal("CONSULT")).isTrue();
        assertThat(rule.isReciprocal("ASSAULT")).isFalse();
        assertThat(MergeRule.overlapsWindow(java.time.LocalDate.of(2024, 1, 10), java.time.LocalDate.of(2024, 1, 11),
                java.time.LocalDate.of(2024, 1, 13), 2)).isTrue();
        assertThat(MergeRule.overlapsWindow(java.time.LocalDate.of(2024, 1, 10), java.time.LocalDate.of(2024, 1, 11),
                java.time.LocalDate.of(2024, 1, 14), 2)).isFalse();
    }
}
