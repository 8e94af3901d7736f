package org.annalist.events.patterns;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.dictionary.DictionaryException;
import org.annalist.dictionary.TsvTable;
import org.annalist.events.ontology.CameoCode;
import org.annalist.events.ontology.EventOntology;

/**
 * The event patterns: {@code dictionaries/events/patterns.tsv} and any user files, indexed once
 * by head word so that coding a sentence looks up only the patterns its words can trigger.
 *
 * <p>Precedence: a later file wins. A user row with the id of an earlier row replaces it; among
 * patterns on the same head word, user rows are tried before bundled ones of equal specificity.
 * Every row is checked against the ontology at load (CAMEO code known, PLOVER event, mode and
 * contexts defined), with the file and line in the error.
 */
public final class PatternDictionary {

    public static final String BUNDLED_FILE = "events/patterns.tsv";
    static final Set<String> COLUMNS = Set.of("id", "kind", "trigger", "actor", "recipient", "cameo", "event", "mode",
            "context", "complement");

    private final Map<String, List<EventPattern>> byHead;
    private final Map<String, EventPattern> byId;
    private final List<TsvTable> sources;
    private final List<TsvTable> classSources;

    private PatternDictionary(Map<String, List<EventPattern>> byHead, Map<String, EventPattern> byId, List<TsvTable> sources,
            List<TsvTable> classSources) {
        this.byHead = Collections.unmodifiableMap(byHead);
        this.byId = Collections.unmodifiableMap(byId);
        this.sources = List.copyOf(sources);
        this.classSources = List.copyOf(classSources);
    }

    /**
     * The bundled patterns and word classes, then the user's files in order (later files take
     * precedence). A user file with the columns {@code class} and {@code word} (and no {@code trigger})
     * adds words to the word classes instead of patterns.
     */
    public static PatternDictionary load(List<Path> userFiles, EventOntology ontology) {
        List<TsvTable> tables = new ArrayList<>();
        List<TsvTable> classTables = new ArrayList<>();
        tables.add(TsvTable.bundled(BUNDLED_FILE, COLUMNS));
        classTables.add(WordClasses.bundledTable());
        for (Path file : userFiles) {
            TsvTable table = TsvTable.file(file, Set.of());
            if (WordClasses.isClassTable(table)) {
                classTables.add(table);
            } else if (!table.columns().containsAll(COLUMNS)) {
                throw new DictionaryException(file + ": header lacks a pattern column (needs " + new java.util.TreeSet<>(COLUMNS)
                        + ") or the word-class columns class and word; has " + table.columns());
            } else {
                tables.add(table);
            }
        }
        return fromTables(tables, WordClasses.fromTables(classTables), ontology);
    }

    public static PatternDictionary fromTables(List<TsvTable> tables, WordClasses classes, EventOntology ontology) {
        Map<String, EventPattern> byId = new LinkedHashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        for (int t = 0; t < tables.size(); t++) {
            Map<String, Integer> seenInFile = new HashMap<>();
            for (TsvTable.Row row : tables.get(t).rows()) {
                EventPattern pattern = parse(row, classes, ontology);
                Integer previous = seenInFile.put(pattern.id(), row.line());
                if (previous != null) {
                    throw row.error("pattern id \"" + pattern.id() + "\" already used on line " + previous);
                }
                byId.remove(pattern.id());
                byId.put(pattern.id(), pattern);
                rank.put(pattern.id(), t);
            }
        }
        Map<String, List<EventPattern>> byHead = new HashMap<>();
        for (EventPattern pattern : byId.values()) {
            byHead.computeIfAbsent(pattern.head(), head -> new ArrayList<>()).add(pattern);
        }
        for (List<EventPattern> patterns : byHead.values()) {
            patterns.sort((a, b) -> {
                int bySpecificity = Integer.compare(b.specificity(), a.specificity());
                return bySpecificity != 0 ? bySpecificity : Integer.compare(rank.get(b.id()), rank.get(a.id()));
            });
        }
        byHead.replaceAll((head, patterns) -> List.copyOf(patterns));
        List<TsvTable> sources = new ArrayList<>(tables);
        sources.addAll(classes.sources());
        return new PatternDictionary(byHead, byId, sources, classes.sources());
    }

    private static EventPattern parse(TsvTable.Row row, WordClasses classes, EventOntology ontology) {
        String id = row.get("id");
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw row.error("pattern id must be lower-case letters, digits, '.', '_' or '-', was \"" + id + "\"");
        }
        TriggerKind kind;
        try {
            kind = TriggerKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("kind must be verb or noun, was \"" + row.get("kind") + "\"");
        }
        TriggerSyntax.Parsed trigger;
        List<RoleSource> actor;
        List<RoleSource> recipient;
        try {
            trigger = TriggerSyntax.parse(row.get("trigger"), kind);
            actor = roles(row.list("actor"), defaultActor(kind));
            recipient = roles(row.list("recipient"), defaultRecipient(kind, trigger));
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
        CameoCode cameo = ontology.cameo(row.get("cameo"))
                .orElseThrow(() -> row.error("unknown CAMEO code \"" + row.get("cameo") + "\" (not in " + EventOntology.CAMEO_FILE + ")"));
        String event = row.get("event").isEmpty() ? cameo.ploverEvent() : row.get("event");
        if (event == null) {
            throw row.error("CAMEO " + cameo.code() + " has no PLOVER event; give one in the event column");
        }
        ontology.requireEvent(event, row);
        String mode = row.get("mode").isEmpty() ? (event.equals(cameo.ploverEvent()) ? cameo.ploverMode() : null) : row.get("mode");
        if (mode != null && !ontology.hasMode(event, mode)) {
            throw row.error("mode \"" + mode + "\" is not a mode of " + event);
        }
        List<String> contexts = row.list("context").isEmpty() ? cameo.contexts() : row.list("context");
        for (String context : contexts) {
            if (!ontology.hasContext(context)) {
                throw row.error("unknown PLOVER context \"" + context + "\"");
            }
        }
        String complement = row.get("complement");
        if (!complement.isEmpty() && !complement.equals("absorb") && !complement.equals("obligation") && !complement.equals("clause")
                && !complement.equals("future") && !complement.equals("warning") && !complement.equals("predicate")
                && !complement.equals("refusal") && !complement.equals("control")) {
            throw row.error("complement must be empty, \"absorb\", \"obligation\", \"clause\", \"future\", \"warning\", \"predicate\", \"refusal\" or \"control\", was \""
                    + complement + "\"");
        }
        ComplementCondition condition = complement.equals("obligation") ? ComplementCondition.OBLIGATION
                : complement.equals("clause") ? ComplementCondition.CLAUSE
                : complement.equals("future") ? ComplementCondition.FUTURE
                : complement.equals("warning") ? ComplementCondition.WARNING
                : complement.equals("refusal") ? ComplementCondition.REFUSAL
                : complement.equals("control") ? ComplementCondition.CONTROL
                : complement.equals("predicate") ? ComplementCondition.PREDICATE : ComplementCondition.NONE;
        return new EventPattern(id, kind, row.get("trigger"), trigger.head(), trigger.objects(), trigger.particles(),
                trigger.prepositionObjects(), classWords(row, trigger, classes), actor, recipient, cameo.code(), event, mode, contexts,
                !complement.isEmpty(), condition,
                row.source(), row.line());
    }

    /** The members of each word class the trigger names; an undefined class is an error on the row. */
    private static Map<String, List<String>> classWords(TsvTable.Row row, TriggerSyntax.Parsed trigger, WordClasses classes) {
        if (WordClasses.isClassWord(trigger.head())) {
            // the head word indexes the row and names the act for the coding conventions (stance verbs, arrivals)
            throw row.error("the trigger's head word cannot be a word class; write one row per head word");
        }
        List<String> words = new ArrayList<>(trigger.objects());
        trigger.prepositionObjects().values().forEach(words::addAll);
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (String word : words) {
            if (WordClasses.isClassWord(word)) {
                members.put(word, classes.members(word)
                        .orElseThrow(() -> row.error("unknown word class " + word + " (not in " + WordClasses.BUNDLED_FILE + " or a user class file)")));
            }
        }
        return members;
    }

    private static List<RoleSource> roles(List<String> written, List<RoleSource> defaults) {
        if (written.isEmpty()) {
            return defaults;
        }
        return written.stream().map(RoleSource::parse).toList();
    }

    private static List<RoleSource> defaultActor(TriggerKind kind) {
        if (kind == TriggerKind.VERB) {
            return List.of(RoleSource.parse("subject"));
        }
        return List.of(RoleSource.parse("poss"), RoleSource.parse("modifier"), RoleSource.parse("by"),
                RoleSource.parse("governor"), RoleSource.parse("between"));
    }

    private static List<RoleSource> defaultRecipient(TriggerKind kind, TriggerSyntax.Parsed trigger) {
        List<RoleSource> sources = new ArrayList<>();
        for (int i = trigger.particles().size() - 1; i >= 0; i--) {
            sources.add(RoleSource.parse(trigger.particles().get(i)));
        }
        if (kind == TriggerKind.VERB) {
            sources.add(RoleSource.parse("object"));
            sources.add(RoleSource.parse("iobj"));
        } else {
            for (String preposition : List.of("with", "against", "on", "to", "of")) {
                if (!trigger.particles().contains(preposition)) {
                    sources.add(RoleSource.parse(preposition));
                }
            }
        }
        return sources;
    }

    /** Patterns whose head word is this lemma or word form, most specific first. */
    public List<EventPattern> candidates(String word) {
        return byHead.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    /** The pattern with this rule id (the one in effect when a user file replaced a row), for reports on a rule. */
    public java.util.Optional<EventPattern> pattern(String id) {
        return java.util.Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    /** The files loaded, bundled first, for provenance. */
    public List<TsvTable> sources() {
        return sources;
    }

    /**
     * The word-class files a pattern's match also depends on: every class table loaded (a user file
     * may add words to any class) when the trigger names a class, none when it does not.
     */
    public List<TsvTable> classSourcesOf(EventPattern pattern) {
        return pattern.classWords().isEmpty() ? List.of() : classSources;
    }

    /** The table a pattern came from. */
    public TsvTable sourceOf(EventPattern pattern) {
        for (TsvTable table : sources) {
            if (table.name().equals(pattern.source())) {
                return table;
            }
        }
        throw new DictionaryException("pattern " + pattern.id() + " from unknown source " + pattern.source());
    }
}
