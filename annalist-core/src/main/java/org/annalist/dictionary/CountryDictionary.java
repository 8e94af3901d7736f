package org.annalist.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Countries by name, alias and demonym, from {@code dictionaries/actors/countries.tsv} and any
 * user files with the same columns (later rows replace earlier ones for the same word).
 * Plural demonyms the file does not list are formed by adding "s" ("Azeri" → "Azeris").
 * Immutable; built once and shared.
 */
public final class CountryDictionary {

    static final Set<String> COLUMNS = Set.of("code", "name", "aliases", "demonyms");

    private final PhraseIndex<CountryName> index;
    private final Map<String, String> names;
    private final List<TsvTable> sources;

    private CountryDictionary(PhraseIndex<CountryName> index, Map<String, String> names, List<TsvTable> sources) {
        this.index = index;
        this.names = Collections.unmodifiableMap(names);
        this.sources = List.copyOf(sources);
    }

    public static CountryDictionary load(List<Path> userFiles) {
        List<TsvTable> tables = new ArrayList<>();
        tables.add(TsvTable.bundled("actors/countries.tsv", COLUMNS));
        userFiles.forEach(file -> tables.add(TsvTable.file(file, COLUMNS)));
        return fromTables(tables);
    }

    static CountryDictionary fromTables(List<TsvTable> tables) {
        PhraseIndex.Builder<CountryName> builder = PhraseIndex.builder();
        Map<String, String> names = new HashMap<>();
        for (TsvTable table : tables) {
            for (TsvTable.Row row : table.rows()) {
                String code = row.get("code");
                if (!code.matches("[A-Z]{3}")) {
                    throw row.error("code must be three capital letters, was \"" + code + "\"");
                }
                String name = row.get("name");
                if (name.isEmpty()) {
                    throw row.error("name is empty");
                }
                String source = row.source() + ":" + row.line();
                names.put(code, name);
                List<String> demonyms = row.list("demonyms");
                for (String demonym : demonyms) {
                    if (!demonym.endsWith("s") && !demonyms.contains(demonym + "s")) {
                        builder.put(demonym + "s", new CountryName(code, name, CountryName.Form.DEMONYM, source));
                    }
                }
                demonyms.forEach(demonym -> builder.put(demonym, new CountryName(code, name, CountryName.Form.DEMONYM, source)));
                row.list("aliases").forEach(alias -> builder.put(alias, new CountryName(code, name, CountryName.Form.ALIAS, source)));
                builder.put(name, new CountryName(code, name, CountryName.Form.NAME, source));
            }
        }
        return new CountryDictionary(builder.build(), names, tables);
    }

    /** The matcher over sentence tokens. */
    public PhraseIndex<CountryName> index() {
        return index;
    }

    /** The country a word or phrase names, ignoring case and a leading "the". */
    public Optional<CountryName> find(String phrase) {
        return index.lookup(phrase);
    }

    /** The common name of a code ("IRN" → "Iran"). */
    public Optional<String> nameOf(String code) {
        return Optional.ofNullable(names.get(code));
    }

    public List<TsvTable> sources() {
        return sources;
    }
}
