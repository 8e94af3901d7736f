package org.annalist.dictionary;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Well-known political persons by full name and alias, from
 * {@code dictionaries/actors/persons.tsv}.
 *
 * <p>Names are looked up whole ("Volodymyr Zelenskyy", never "Volodymyr"), ignoring case, a
 * leading "the" and accents: wire copy writes "Erdogan" and "Erdoğan", "Sanchez" and
 * "Sánchez", so every name is indexed as written and without its accents, and text is looked
 * up both ways. The file is checked at load: every code is a country of {@code countries.tsv}
 * or one of the non-state codes, every sector is a three-letter code, and no name or alias is
 * on two rows (a name that could be two persons must not silently code as one of them); errors
 * name the file and line. A user's own persons go in an {@code --actors} file, which the
 * actors stage consults first. Immutable; built once.
 */
public final class PersonDictionary {

    static final Set<String> COLUMNS = Set.of("name", "aliases", "code", "sector", "role");
    /** Codes for officials of international bodies and transnational groups, as in organisations.tsv. */
    public static final Set<String> NON_STATE_CODES = Set.of("UNO", "NATO", "EUR", "IGO", "NGO", "IMG");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final PhraseIndex<KnownPerson> index;
    private final List<KnownPerson> persons;
    private final TsvTable source;

    private PersonDictionary(PhraseIndex<KnownPerson> index, List<KnownPerson> persons, TsvTable source) {
        this.index = index;
        this.persons = List.copyOf(persons);
        this.source = source;
    }

    /** The bundled file, with its codes checked against the countries. */
    public static PersonDictionary load(CountryDictionary countries) {
        return fromTable(TsvTable.bundled("actors/persons.tsv", COLUMNS), countries);
    }

    static PersonDictionary fromTable(TsvTable table, CountryDictionary countries) {
        PhraseIndex.Builder<KnownPerson> builder = PhraseIndex.builder();
        Map<String, String> rowOfName = new HashMap<>();
        List<KnownPerson> persons = new java.util.ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            KnownPerson person = person(row, countries);
            persons.add(person);
            List<String> names = new java.util.ArrayList<>();
            names.add(person.name());
            names.addAll(person.aliases());
            for (String name : names) {
                String key = withoutAccents(name).toLowerCase(java.util.Locale.ROOT);
                String earlier = rowOfName.putIfAbsent(key, person.source());
                if (earlier != null && !earlier.equals(person.source())) {
                    throw row.error("\"" + name + "\" is already the name or alias of the person on " + earlier);
                }
                builder.put(name, person);
                builder.put(withoutAccents(name), person);
            }
        }
        return new PersonDictionary(builder.build(), persons, table);
    }

    private static KnownPerson person(TsvTable.Row row, CountryDictionary countries) {
        String name = row.get("name");
        if (name.isEmpty()) {
            throw row.error("name is empty");
        }
        String code = row.get("code");
        if (!NON_STATE_CODES.contains(code) && (!code.matches("[A-Z]{3}") || countries.nameOf(code).isEmpty())) {
            throw row.error("code must be a code of countries.tsv or one of " + NON_STATE_CODES + ", was \"" + code + "\"");
        }
        String sector = row.get("sector");
        if (!sector.matches("[A-Z]{3}")) {
            throw row.error("sector must be a three-letter sector code such as GOV or MIL, was \"" + sector + "\"");
        }
        return new KnownPerson(name, row.list("aliases"), code, sector, row.get("role"), row.source() + ":" + row.line());
    }

    /** The person a whole name or alias names, ignoring case, a leading "the" and accents. */
    public Optional<KnownPerson> find(String name) {
        Optional<KnownPerson> found = index.lookup(name);
        return found.isPresent() ? found : index.lookup(withoutAccents(name));
    }

    /** Every row, in file order. */
    public List<KnownPerson> persons() {
        return persons;
    }

    public TsvTable source() {
        return source;
    }

    /** "Erdoğan" → "Erdogan", "Støre" → "Store", "Yıldırım" → "Yildirim". */
    static String withoutAccents(String text) {
        String simplified = text.replace('ı', 'i').replace('İ', 'I').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o')
                .replace('Ø', 'O').replace('đ', 'd').replace('Đ', 'D').replace("ß", "ss").replace("æ", "ae");
        return MARKS.matcher(Normalizer.normalize(simplified, Normalizer.Form.NFD)).replaceAll("");
    }
}
