package org.annalist.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Sector keywords from {@code dictionaries/actors/sectors.tsv} and user files (a user row
 * replaces a bundled row with the same phrase). Immutable; built once.
 */
public final class SectorDictionary {

    static final Set<String> COLUMNS = Set.of("phrase", "sector", "kind");

    private final PhraseIndex<SectorPhrase> index;
    private final List<TsvTable> sources;

    private SectorDictionary(PhraseIndex<SectorPhrase> index, List<TsvTable> sources) {
        this.index = index;
        this.sources = List.copyOf(sources);
    }

    public static SectorDictionary load(List<Path> userFiles) {
        List<TsvTable> tables = new ArrayList<>();
        tables.add(TsvTable.bundled("actors/sectors.tsv", COLUMNS));
        userFiles.forEach(file -> tables.add(TsvTable.file(file, COLUMNS)));
        return fromTables(tables);
    }

    static SectorDictionary fromTables(List<TsvTable> tables) {
        PhraseIndex.Builder<SectorPhrase> builder = PhraseIndex.builder();
        for (TsvTable table : tables) {
            for (TsvTable.Row row : table.rows()) {
                String phrase = row.get("phrase").toLowerCase(Locale.ROOT);
                if (phrase.isEmpty()) {
                    throw row.error("phrase is empty");
                }
                String sector = row.get("sector");
                if (!sector.isEmpty() && !sector.matches("[A-Z]{3}")) {
                    throw row.error("sector must be a three-letter sector code such as GOV or MIL, was \"" + sector + "\"");
                }
                SectorPhrase.Kind kind;
                try {
                    kind = SectorPhrase.Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw row.error("kind must be title, organisation or group, was \"" + row.get("kind") + "\"");
                }
                builder.put(phrase, new SectorPhrase(phrase, sector.isEmpty() ? null : sector, kind, row.source() + ":" + row.line()));
            }
        }
        return new SectorDictionary(builder.build(), tables);
    }

    public PhraseIndex<SectorPhrase> index() {
        return index;
    }

    public Optional<SectorPhrase> find(String phrase) {
        return index.lookup(phrase);
    }

    public List<TsvTable> sources() {
        return sources;
    }
}
