package org.annalist.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Places by name (capitals, cities, regions) with country and coordinates, from
 * {@code dictionaries/places/towns.tsv} (generated from GeoNames), then
 * {@code dictionaries/places/gazetteer.tsv} (hand-written) and any user files, later files taking precedence.
 * Immutable after construction; safe to share across threads.
 */
public final class Gazetteer {

    private static final Set<String> COLUMNS = Set.of("name", "aliases", "country", "kind", "latitude", "longitude");

    private final Map<String, Place> byName;
    private final Map<String, Place> capitals;
    private final List<TsvTable> sources;

    private Gazetteer(Map<String, Place> byName, Map<String, Place> capitals, List<TsvTable> sources) {
        this.byName = Collections.unmodifiableMap(byName);
        this.capitals = Collections.unmodifiableMap(capitals);
        this.sources = List.copyOf(sources);
    }

    /** The bundled gazetteer, extended by the user's files in order. */
    public static Gazetteer load(List<Path> userFiles) {
        List<TsvTable> tables = new ArrayList<>();
        tables.add(TsvTable.bundled("places/towns.tsv", COLUMNS));
        tables.add(TsvTable.bundled("places/gazetteer.tsv", COLUMNS));
        userFiles.forEach(file -> tables.add(TsvTable.file(file, COLUMNS)));
        return fromTables(tables);
    }

    /** A gazetteer from already loaded tables, later tables taking precedence (tests, tools). */
    public static Gazetteer fromTables(List<TsvTable> tables) {
        Map<String, Place> byName = new HashMap<>();
        Map<String, Place> capitals = new HashMap<>();
        for (TsvTable table : tables) {
            for (TsvTable.Row row : table.rows()) {
                Place place = place(row);
                byName.put(key(place.name()), place);
                place.aliases().forEach(alias -> byName.put(key(alias), place));
                if (place.kind() == Place.Kind.CAPITAL) {
                    capitals.put(place.country(), place);
                }
            }
        }
        return new Gazetteer(byName, capitals, tables);
    }

    private static Place place(TsvTable.Row row) {
        String country = row.get("country");
        if (!country.matches("[A-Z]{3}")) {
            throw row.error("country must be an ISO 3166-1 alpha-3 code, was \"" + country + "\"");
        }
        Place.Kind kind;
        try {
            kind = Place.Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("kind must be capital, city, region or town, was \"" + row.get("kind") + "\"");
        }
        return new Place(row.get("name"), row.list("aliases"), country, kind, row.number("latitude"), row.number("longitude"));
    }

    /**
     * This gazetteer without the given places: an article's reading that took them for namesakes of
     * places elsewhere (see the actors stage's NamesakeTowns) looks its names up here.
     */
    public Gazetteer without(Set<Place> namesakes) {
        Map<String, Place> kept = new HashMap<>(byName);
        kept.values().removeIf(namesakes::contains);
        Map<String, Place> keptCapitals = new HashMap<>(capitals);
        keptCapitals.values().removeIf(namesakes::contains);
        return new Gazetteer(kept, keptCapitals, sources);
    }

    /** The place with this name or alias, ignoring case and a leading "the". */
    public Optional<Place> find(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** The capital of a country code. */
    public Optional<Place> capitalOf(String countryCode) {
        return Optional.ofNullable(capitals.get(countryCode));
    }

    /** Every name and alias known, lower-cased, for building matchers. */
    public Set<String> names() {
        return byName.keySet();
    }

    /** The files it was built from, for provenance. */
    public List<TsvTable> sources() {
        return sources;
    }

    static String key(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return key.startsWith("the ") ? key.substring(4) : key;
    }
}
