package org.annalist.events.ontology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.dictionary.TsvTable;

/**
 * PLOVER event types, modes and contexts and the CAMEO codes mapped onto them, loaded from the
 * four files in {@code dictionaries/ontology/}. Every cross-reference (a CAMEO row's event, mode
 * and contexts; a mode's event) is checked at load, so a bad edit fails at start-up with the
 * file and line rather than producing events the ontology does not define. Immutable.
 */
public final class EventOntology {

    public static final String EVENTS_FILE = "ontology/plover-events.tsv";
    public static final String MODES_FILE = "ontology/plover-modes.tsv";
    public static final String CONTEXTS_FILE = "ontology/plover-contexts.tsv";
    public static final String CAMEO_FILE = "ontology/cameo-codes.tsv";

    private final Map<String, PloverEventType> events;
    private final Set<String> modes;
    private final Set<String> contexts;
    private final Map<String, CameoCode> cameo;
    private final List<TsvTable> sources;

    private EventOntology(Map<String, PloverEventType> events, Set<String> modes, Set<String> contexts,
            Map<String, CameoCode> cameo, List<TsvTable> sources) {
        this.events = Collections.unmodifiableMap(events);
        this.modes = Collections.unmodifiableSet(modes);
        this.contexts = Collections.unmodifiableSet(contexts);
        this.cameo = Collections.unmodifiableMap(cameo);
        this.sources = List.copyOf(sources);
    }

    /** The ontology shipped with Annalist. */
    public static EventOntology bundled() {
        return fromTables(
                TsvTable.bundled(EVENTS_FILE, Set.of("event", "quad_code", "score")),
                TsvTable.bundled(MODES_FILE, Set.of("event", "mode")),
                TsvTable.bundled(CONTEXTS_FILE, Set.of("context")),
                TsvTable.bundled(CAMEO_FILE, Set.of("code", "name", "goldstein", "plover_event", "plover_mode", "plover_context")));
    }

    /** Builds and cross-checks the ontology from its four tables. */
    public static EventOntology fromTables(TsvTable eventTable, TsvTable modeTable, TsvTable contextTable, TsvTable cameoTable) {
        Map<String, PloverEventType> events = new LinkedHashMap<>();
        for (TsvTable.Row row : eventTable.rows()) {
            String name = row.get("event");
            int quad = (int) row.number("quad_code");
            if (quad < 1 || quad > 4) {
                throw row.error("quad_code must be 1..4, was " + row.get("quad_code"));
            }
            if (events.put(name, new PloverEventType(name, quad, row.number("score"))) != null) {
                throw row.error("event " + name + " is listed twice");
            }
        }
        Set<String> modes = new HashSet<>();
        for (TsvTable.Row row : modeTable.rows()) {
            if (!events.containsKey(row.get("event"))) {
                throw row.error("unknown PLOVER event \"" + row.get("event") + "\" (not in " + eventTable.name() + ")");
            }
            if (!modes.add(modeKey(row.get("event"), row.get("mode")))) {
                throw row.error("mode " + row.get("event") + "/" + row.get("mode") + " is listed twice");
            }
        }
        Set<String> contexts = new HashSet<>();
        for (TsvTable.Row row : contextTable.rows()) {
            if (!contexts.add(row.get("context"))) {
                throw row.error("context " + row.get("context") + " is listed twice");
            }
        }
        Map<String, CameoCode> cameo = new LinkedHashMap<>();
        for (TsvTable.Row row : cameoTable.rows()) {
            String code = row.get("code");
            if (!code.matches("\\d{2,4}")) {
                throw row.error("CAMEO code must be 2 to 4 digits, was \"" + code + "\"");
            }
            String event = emptyToNull(row.get("plover_event"));
            String mode = emptyToNull(row.get("plover_mode"));
            if (event != null && !events.containsKey(event)) {
                throw row.error("unknown PLOVER event \"" + event + "\" (not in " + eventTable.name() + ")");
            }
            if (mode != null && (event == null || !modes.contains(modeKey(event, mode)))) {
                throw row.error("mode \"" + mode + "\" is not a mode of " + event + " in " + modeTable.name());
            }
            for (String context : row.list("plover_context")) {
                if (!contexts.contains(context)) {
                    throw row.error("unknown PLOVER context \"" + context + "\" (not in " + contextTable.name() + ")");
                }
            }
            CameoCode parsed = new CameoCode(code, row.get("name"), row.number("goldstein"), event, mode, row.list("plover_context"));
            if (cameo.put(code, parsed) != null) {
                throw row.error("CAMEO code " + code + " is listed twice");
            }
        }
        return new EventOntology(events, modes, contexts, cameo,
                List.of(eventTable, modeTable, contextTable, cameoTable));
    }

    public Optional<CameoCode> cameo(String code) {
        return Optional.ofNullable(cameo.get(code));
    }

    public Optional<PloverEventType> event(String name) {
        return Optional.ofNullable(events.get(name));
    }

    public boolean hasMode(String event, String mode) {
        return modes.contains(modeKey(event, mode));
    }

    public boolean hasContext(String context) {
        return contexts.contains(context);
    }

    /** Every PLOVER event type, in file order. */
    public List<PloverEventType> events() {
        return new ArrayList<>(events.values());
    }

    /** Every CAMEO code, in file order. */
    public List<CameoCode> cameoCodes() {
        return new ArrayList<>(cameo.values());
    }

    /** The files it was built from, for provenance. */
    public List<TsvTable> sources() {
        return sources;
    }

    /** Fails unless the event type exists; for validating pattern overrides. */
    public PloverEventType requireEvent(String name, TsvTable.Row row) {
        PloverEventType type = events.get(name);
        if (type == null) {
            throw row.error("unknown PLOVER event \"" + name + "\"");
        }
        return type;
    }

    private static String modeKey(String event, String mode) {
        return event + "/" + mode;
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

}
