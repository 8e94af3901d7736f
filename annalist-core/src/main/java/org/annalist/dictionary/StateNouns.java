package org.annalist.dictionary;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of {@code dictionaries/actors/state-nouns.tsv}: a noun that names a state by its form
 * ("the kingdom", "the sultanate") and the states of that form. "Saudi Arabia … The kingdom
 * agreed" is Saudi Arabia; which states are kingdoms is knowledge a reader extends, so it lives in
 * the file. A user's file with the same columns extends it: its row for a noun replaces the
 * bundled one. Immutable; built once.
 */
public final class StateNouns {

    public static final String BUNDLED = "actors/state-nouns.tsv";
    static final Set<String> COLUMNS = Set.of("noun", "countries", "note");

    /** The states a noun may name and the file line that lists them. */
    public record States(Set<String> codes, String source) {}

    private final List<TsvTable> sources;
    private final Map<String, States> byNoun;

    StateNouns(List<TsvTable> tables) {
        this.sources = List.copyOf(tables);
        Map<String, States> nouns = new HashMap<>();
        WordCodeLists.read(tables, "noun", "countries", "a row needs a noun and the country codes it names")
                .forEach((noun, entry) -> nouns.put(noun, new States(entry.codes(), entry.source())));
        this.byNoun = Map.copyOf(nouns);
    }

    /** The bundled nouns, extended by the user's files in order (a later row for a noun replaces an earlier one). */
    public static StateNouns load(List<Path> userFiles) {
        return new StateNouns(WordCodeLists.tables(BUNDLED, COLUMNS, userFiles));
    }

    /** The nouns shipped with Annalist. */
    public static StateNouns bundled() {
        return load(List.of());
    }

    /** The states the noun names, if it is a noun of this file. */
    public Optional<States> states(String noun) {
        return Optional.ofNullable(byNoun.get(noun.toLowerCase(Locale.ROOT)));
    }

    /** The tables the nouns came from, for provenance (their names and SHA-256). */
    public List<TsvTable> sources() {
        return sources;
    }
}
