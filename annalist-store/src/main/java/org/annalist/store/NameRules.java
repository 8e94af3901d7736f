package org.annalist.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.dictionary.TsvTable;

/**
 * The knowledge used to compare person names: title words dropped from the front of a name and
 * transliteration rewrites applied to each word. Loaded once from dictionaries/names/ and
 * never changed afterwards.
 *
 * @param titleWords lower-case words of office and rank
 * @param rewrites regular-expression rewrites, in file order
 * @param sources the dictionary files and their hashes, for provenance
 */
public record NameRules(Set<String> titleWords, List<Rewrite> rewrites, List<String> sources) {

    /** One row of transliteration.tsv. */
    public record Rewrite(Pattern pattern, String replacement) {}

    public NameRules {
        titleWords = Set.copyOf(titleWords);
        rewrites = List.copyOf(rewrites);
        sources = List.copyOf(sources);
    }

    /** The rules shipped in dictionaries/names/. */
    public static NameRules bundled() {
        TsvTable titles = TsvTable.bundled("names/person-titles.tsv", Set.of("word"));
        TsvTable transliteration = TsvTable.bundled("names/transliteration.tsv", Set.of("pattern", "replacement"));
        List<String> words = new ArrayList<>();
        for (TsvTable.Row row : titles.rows()) {
            words.add(row.get("word").toLowerCase(Locale.ROOT));
        }
        List<Rewrite> rewrites = new ArrayList<>();
        for (TsvTable.Row row : transliteration.rows()) {
            try {
                rewrites.add(new Rewrite(Pattern.compile(row.get("pattern")), row.get("replacement")));
            } catch (IllegalArgumentException e) {
                throw row.error("invalid pattern: " + e.getMessage());
            }
        }
        return new NameRules(Set.copyOf(words), rewrites,
                List.of(titles.name() + "@" + titles.sha256(), transliteration.name() + "@" + transliteration.sha256()));
    }
}
