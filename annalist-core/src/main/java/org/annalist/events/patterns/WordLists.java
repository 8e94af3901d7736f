package org.annalist.events.patterns;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.dictionary.TsvTable;
import org.annalist.events.ontology.EventOntology;

/**
 * The closed word lists the event coder's general rules read ({@code events/word-lists.tsv}):
 * which verbs are light verbs, which words negate or mark the future, which plural nouns refer
 * reciprocally to the article's two main countries, which words give a context. Immutable. The
 * lists and what they mean are {@link ListName}'s constants; this class loads the rows, rejects
 * unknown lists, contexts and codes with the row's file and line, and looks words up.
 */
public final class WordLists {

    public static final String BUNDLED_FILE = "events/word-lists.tsv";

    private final Map<ListName, Map<String, String>> lists;
    private final TsvTable source;

    private WordLists(Map<ListName, Map<String, String>> lists, TsvTable source) {
        this.lists = lists;
        this.source = source;
    }

    public static WordLists bundled(EventOntology ontology) {
        return fromTable(TsvTable.bundled(BUNDLED_FILE, Set.of("list", "word", "value")), ontology);
    }

    public static WordLists fromTable(TsvTable table, EventOntology ontology) {
        Map<String, ListName> names = new HashMap<>();
        for (ListName name : ListName.values()) {
            names.put(name.fileName(), name);
        }
        Map<ListName, Map<String, String>> lists = new EnumMap<>(ListName.class);
        for (ListName name : ListName.values()) {
            lists.put(name, new HashMap<>());
        }
        for (TsvTable.Row row : table.rows()) {
            ListName name = names.get(row.get("list"));
            if (name == null) {
                throw row.error("unknown list \"" + row.get("list") + "\" (one of " + names.keySet() + ")");
            }
            String value = row.get("value");
            if (name == ListName.VERB_VARIANT && value.isBlank()) {
                throw row.error("verb-variant needs the base verb in the value column");
            }
            if ((name == ListName.CONTEXT_CUE || name == ListName.SECTOR_CONTEXT) && !ontology.hasContext(value)) {
                throw row.error("unknown PLOVER context \"" + value + "\"");
            }
            if (name == ListName.EVENT_SECTOR && !value.matches("[A-Z]{3}")) {
                throw row.error("event-sector needs a sector code in the value column, not \"" + value + "\"");
            }
            if (name == ListName.FUTURE_INTENT && !(value.equals("beside") || value.equals("replace"))) {
                throw row.error("future-intent value must be beside or replace, not \"" + value + "\"");
            }
            if (name == ListName.LIGHT_VERB && !value.isBlank()) {
                for (String event : value.split("\\|")) {
                    ontology.requireEvent(event.strip(), row);
                }
            }
            if ((name == ListName.INTENT_CODE || name == ListName.REFUSAL_CODE || name == ListName.WARNING_CODE
                    || name == ListName.FOREIGN_DEPLOYMENT_CODE
                    || name == ListName.JOINT_ACT_CODE || name == ListName.STATE_FORCE_CODE || name == ListName.FORCE_ARRIVAL_SECTOR
                    || name == ListName.PRAISE_PREDICATE)
                    && ontology.cameo(value).isEmpty() && !(name == ListName.PRAISE_PREDICATE && value.equals("blame"))) {
                throw row.error("unknown CAMEO code \"" + value + "\"");
            }
            String word = keepsCase(name)
                    ? row.get("word") : row.get("word").toLowerCase(Locale.ROOT);
            lists.get(name).put(word, value);
        }
        lists.replaceAll((name, words) -> Collections.unmodifiableMap(words));
        return new WordLists(lists, table);
    }

    /** Lists keyed by a code (sector, PLOVER event type) rather than a word. */
    private static boolean keepsCase(ListName list) {
        return list == ListName.SECTOR_CONTEXT || list == ListName.INTENT_CODE || list == ListName.REFUSAL_CODE || list == ListName.WARNING_CODE
                || list == ListName.STATE_ACT_CODE
                || list == ListName.FUTURE_INTENT || list == ListName.RESPONSE_EVENT || list == ListName.CHALLENGER_SECTOR || list == ListName.DIRECTED_EVENT
                || list == ListName.OWN_FORCES_CODE || list == ListName.FOREIGN_DEPLOYMENT_CODE || list == ListName.JOINT_ACT_CODE
                || list == ListName.STATE_FORCE_CODE || list == ListName.STATE_FORCE_SECTOR
                || list == ListName.FORCE_ARRIVAL_SECTOR || list == ListName.CROWD_CONTROL_CODE || list == ListName.SPEAKER_ACT;
    }

    /** Whether the word (lower-cased) is on the list. */
    public boolean contains(ListName list, String word) {
        return word != null && lists.get(list).containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the token's lemma or form is on the list. */
    public boolean containsEither(ListName list, String lemma, String text) {
        return contains(list, lemma) || contains(list, text);
    }

    /** The value column for a word of a list (a context, a CAMEO code). */
    public Optional<String> value(ListName list, String word) {
        if (word == null) {
            return Optional.empty();
        }
        String value = lists.get(list).get(keepsCase(list) ? word : word.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(value);
    }

    /**
     * Whether the light verb passes its subject on to a noun event of this PLOVER type: a row with no
     * value does for every type, one with a value only for the types it names.
     */
    public boolean lightVerbServes(String lemma, String text, String event) {
        for (String word : new String[] {lemma, text}) {
            Optional<String> types = value(ListName.LIGHT_VERB, word);
            if (types.isPresent()) {
                return types.get().isBlank() || event == null || List.of(types.get().split("\\|")).contains(event);
            }
        }
        return false;
    }

    /** Whether a code on the list (a code or a code prefix: "15" covers "152") covers the CAMEO code. */
    public boolean coversCode(ListName list, String cameo) {
        return cameo != null && lists.get(list).keySet().stream().anyMatch(cameo::startsWith);
    }

    public List<String> words(ListName list) {
        return List.copyOf(lists.get(list).keySet());
    }

    public TsvTable source() {
        return source;
    }
}
