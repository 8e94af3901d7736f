package org.annalist.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The loader shared by the dictionaries whose rows give a lower-case word and the {@code |}-separated
 * codes it stands for (body-reference-words.tsv, state-nouns.tsv). Tables are read in order, the
 * bundled file first and then the user's files: a later table's row replaces an earlier row for
 * the same word, which is how a user corrects or extends a bundled row; one table listing a word
 * twice is an error.
 */
final class WordCodeLists {

    /** A word's codes and the file line that lists them. */
    record Entry(Set<String> codes, String source) {}

    private WordCodeLists() {}

    /** The bundled table, then the user's files in order, each with the required columns. */
    static List<TsvTable> tables(String bundled, Set<String> columns, List<Path> userFiles) {
        List<TsvTable> tables = new ArrayList<>();
        tables.add(TsvTable.bundled(bundled, columns));
        userFiles.forEach(file -> tables.add(TsvTable.file(file, columns)));
        return tables;
    }

    /**
     * @param wordColumn the column holding the word
     * @param codesColumn the column holding its codes
     * @param incompleteRow the error for a row without a word or codes
     */
    static Map<String, Entry> read(List<TsvTable> tables, String wordColumn, String codesColumn, String incompleteRow) {
        Map<String, Entry> byWord = new HashMap<>();
        for (TsvTable table : tables) {
            Set<String> seen = new HashSet<>();
            for (TsvTable.Row row : table.rows()) {
                String word = row.get(wordColumn).toLowerCase(Locale.ROOT);
                if (word.isEmpty() || row.list(codesColumn).isEmpty()) {
                    throw row.error(incompleteRow);
                }
                if (!seen.add(word)) {
                    throw row.error("\"" + word + "\" is listed twice");
                }
                byWord.put(word, new Entry(Set.copyOf(row.list(codesColumn)), row.source() + ":" + row.line()));
            }
        }
        return Map.copyOf(byWord);
    }
}
