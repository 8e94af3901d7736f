package org.annalist.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Named organisations, bodies and persons by name and alias: the bundled
 * {@code dictionaries/actors/organisations.tsv} and {@code companies.tsv}, then the user's
 * {@code --actors} files in order. A user row takes precedence over a bundled row with the same name or alias, which
 * is how a user recodes a body or adds the persons of their domain. Immutable; built once.
 */
public final class KnownActorDictionary {

    static final Set<String> COLUMNS = Set.of("name", "aliases", "code", "sector", "kind");

    private final PhraseIndex<KnownActor> index;
    private final List<TsvTable> sources;

    private KnownActorDictionary(PhraseIndex<KnownActor> index, List<TsvTable> sources) {
        this.index = index;
        this.sources = List.copyOf(sources);
    }

    public static KnownActorDictionary load(List<Path> userFiles) {
        List<TsvTable> tables = new ArrayList<>();
        tables.add(TsvTable.bundled("actors/organisations.tsv", COLUMNS));
        tables.add(TsvTable.bundled("actors/companies.tsv", COLUMNS));
        userFiles.forEach(file -> tables.add(TsvTable.file(file, COLUMNS)));
        return fromTables(tables);
    }

    static KnownActorDictionary fromTables(List<TsvTable> tables) {
        PhraseIndex.Builder<KnownActor> builder = PhraseIndex.builder();
        for (TsvTable table : tables) {
            for (TsvTable.Row row : table.rows()) {
                KnownActor actor = actor(row);
                spellings(actor.name()).forEach(name -> builder.put(name, actor));
                actor.aliases().forEach(alias -> spellings(alias).forEach(name -> builder.put(name, actor)));
            }
        }
        return new KnownActorDictionary(builder.build(), tables);
    }

    /**
     * The ways news writes a name: a name that opens with "UN " ("UN Mission in South Sudan") is
     * also written "U.N. " (AP and Reuters style), which the acronym-exact index would not match.
     */
    private static List<String> spellings(String name) {
        return name.startsWith("UN ") ? List.of(name, "U.N. " + name.substring(3)) : List.of(name);
    }

    private static KnownActor actor(TsvTable.Row row) {
        String name = row.get("name");
        if (name.isEmpty()) {
            throw row.error("name is empty");
        }
        String code = row.get("code");
        if (!code.matches("[A-Z]{3,4}")) {
            throw row.error("code must be an ISO alpha-3 code or UNO, NATO, EUR, IGO, NGO, IMG; was \"" + code + "\"");
        }
        String sector = row.get("sector");
        if (!sector.isEmpty() && !sector.matches("[A-Z]{3}")) {
            throw row.error("sector must be a three-letter sector code such as GOV or MIL, was \"" + sector + "\"");
        }
        String kind = row.get("kind");
        if (kind.isEmpty()) {
            throw row.error("kind is empty (igo, ngo, state-body, armed-group, party, media, company, religious or person)");
        }
        return new KnownActor(name, row.list("aliases"), code, sector.isEmpty() ? null : sector, kind,
                row.source() + ":" + row.line());
    }

    public PhraseIndex<KnownActor> index() {
        return index;
    }

    public Optional<KnownActor> find(String phrase) {
        return index.lookup(phrase);
    }

    public List<TsvTable> sources() {
        return sources;
    }
}
