package org.annalist.events.patterns;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.dictionary.TsvTable;

/**
 * Named classes of trigger words ({@code events/word-classes.tsv}): a pattern writes {@code <force-unit>}
 * where any word of the class may stand ("send &lt;force-unit&gt; to" covers "sent two platoons to",
 * "sent a brigade to"), so one row covers every combination of a verb with the nouns of its class
 * instead of one row per noun. PETRARCH's synsets do the same job in CAMEO verb dictionaries.
 * A later table adds words to a class (a user's file extends the bundled classes). Immutable.
 */
public final class WordClasses {

    public static final String BUNDLED_FILE = "events/word-classes.tsv";
    static final Set<String> COLUMNS = Set.of("class", "word");

    private final Map<String, List<String>> classes;
    private final List<TsvTable> sources;

    private WordClasses(Map<String, List<String>> classes, List<TsvTable> sources) {
        this.classes = classes;
        this.sources = List.copyOf(sources);
    }

    /** Whether a table has the columns of a word-class file (a user's --patterns file may be one). */
    static boolean isClassTable(TsvTable table) {
        return table.columns().containsAll(COLUMNS) && !table.columns().contains("trigger");
    }

    static TsvTable bundledTable() {
        return TsvTable.bundled(BUNDLED_FILE, COLUMNS);
    }

    static WordClasses fromTables(List<TsvTable> tables) {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        for (TsvTable table : tables) {
            for (TsvTable.Row row : table.rows()) {
                String name = row.get("class").toLowerCase(Locale.ROOT);
                if (!name.matches("[a-z][a-z0-9-]*")) {
                    throw row.error("class name must be lower-case letters, digits or '-', was \"" + row.get("class") + "\"");
                }
                String word = row.get("word").toLowerCase(Locale.ROOT);
                if (word.isEmpty() || word.contains(" ") || word.contains("<")) {
                    throw row.error("a class word is one word, was \"" + row.get("word") + "\"");
                }
                words.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(word);
            }
        }
        Map<String, List<String>> classes = new LinkedHashMap<>();
        words.forEach((name, members) -> classes.put(name, List.copyOf(members)));
        return new WordClasses(Collections.unmodifiableMap(classes), tables);
    }

    /** Whether a trigger word names a class ({@code <force-unit>}) rather than a word. */
    public static boolean isClassWord(String word) {
        return word.length() > 2 && word.startsWith("<") && word.endsWith(">");
    }

    /** The words of the class a trigger word names, empty when no such class is defined. */
    Optional<List<String>> members(String classWord) {
        return Optional.ofNullable(classes.get(classWord.substring(1, classWord.length() - 1)));
    }

    public List<TsvTable> sources() {
        return sources;
    }
}
