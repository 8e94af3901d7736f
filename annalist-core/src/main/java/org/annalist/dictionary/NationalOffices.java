package org.annalist.dictionary;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rows of {@code dictionaries/actors/national-offices.tsv}: offices that only one state has
 * ("secretary of state", "taoiseach"). A title holding one says whose office-holder the person
 * is when nothing else in their words does, which the capital a story is filed from or spoken in
 * would otherwise decide. A user's file with the same columns extends it: its row for an office
 * replaces the bundled one. Immutable; built once.
 */
public final class NationalOffices {

    public static final String BUNDLED = "actors/national-offices.tsv";
    static final Set<String> COLUMNS = Set.of("phrase", "country", "note");

    /** An office, its state and the file line that lists it. */
    public record Office(String phrase, String country, String source, Pattern words) {}

    private final List<Office> offices;
    private final List<TsvTable> sources;

    NationalOffices(List<TsvTable> tables) {
        this.sources = List.copyOf(tables);
        Map<String, Office> byPhrase = new LinkedHashMap<>();
        for (TsvTable table : tables) {
            for (TsvTable.Row row : table.rows()) {
                String phrase = row.get("phrase").toLowerCase(Locale.ROOT).trim();
                String country = row.get("country").trim();
                if (phrase.isEmpty() || country.length() != 3) {
                    throw row.error("a row needs an office phrase and a three-letter country code");
                }
                byPhrase.put(phrase, new Office(phrase, country, row.source() + ":" + row.line(),
                        Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(phrase) + "(?![\\p{L}-])")));
            }
        }
        this.offices = byPhrase.values().stream()
                .sorted(Comparator.comparingInt((Office office) -> office.phrase().length()).reversed()).toList();
    }

    /** The bundled offices, extended by the user's files in order (a later row for an office replaces an earlier one). */
    public static NationalOffices load(List<Path> userFiles) {
        return new NationalOffices(WordCodeLists.tables(BUNDLED, COLUMNS, userFiles));
    }

    /** The offices shipped with Annalist. */
    public static NationalOffices bundled() {
        return load(List.of());
    }

    /** The longest office of this file that a person's title holds as whole words. */
    public Optional<Office> in(String title) {
        if (title == null) {
            return Optional.empty();
        }
        String lower = title.toLowerCase(Locale.ROOT);
        return offices.stream().filter(office -> office.words().matcher(lower).find()).findFirst();
    }

    /** The tables the offices came from, for provenance (their names and SHA-256). */
    public List<TsvTable> sources() {
        return sources;
    }
}
