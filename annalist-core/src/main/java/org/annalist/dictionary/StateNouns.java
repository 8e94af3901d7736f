package org.annalist.dictionary;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of {@code dictionaries/actors/state-nouns.tsv}: a noun that names a state by its form
 * ("the kingdom", "the sultanate") and the states of that form. "Saudi Arabia … The kingdom
 * agreed" is Saudi Arabia; which states are kingdoms is knowledge a reader extends, so it lives in
 * the file. Immutable; built once.
 */
public final class StateNouns {

    public static final String BUNDLED = "actors/state-nouns.tsv";
    static final Set<String> COLUMNS = Set.of("noun", "countries", "note");

    /** The states a noun may name and the file line that lists them. */
    public record States(Set<String> codes, String source) {}

    private final TsvTable table;
    private final Map<String, States> byNoun;

    public StateNouns(TsvTable table) {
        this.table = table;
        Map<String, States> nouns = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String noun = row.get("noun").toLowerCase(Locale.ROOT);
            if (noun.isEmpty() || row.list("countries").isEmpty()) {
                throw row.error("a row needs a noun and the country codes it names");
            }
            if (nouns.put(noun, new States(Set.copyOf(row.list("countries")), row.source() + ":" + row.line())) != null) {
                throw row.error("\"" + noun + "\" is listed twice");
            }
        }
        this.byNoun = Map.copyOf(nouns);
    }

    /** The nouns shipped with Annalist. */
    public static StateNouns bundled() {
        return new StateNouns(TsvTable.bundled(BUNDLED, COLUMNS));
    }

    /** The states the noun names, if it is a noun of this file. */
    public Optional<States> states(String noun) {
        return Optional.ofNullable(byNoun.get(noun.toLowerCase(Locale.ROOT)));
    }

    /** The table the nouns came from, for provenance (its name and SHA-256). */
    public TsvTable table() {
        return table;
    }
}
