package org.annalist.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.dictionary.TsvTable;
import org.annalist.events.ontology.CameoCode;
import org.annalist.events.ontology.EventOntology;

/**
 * The evaluative words of {@code events/statement-words.tsv} (and a user's files of the same
 * columns): the words that make a quoted statement a criticism, a warning or a refusal by its speaker.
 * It knows words and where they occur in a stretch of a sentence; whom the statement is aimed
 * at and whether it is coded is {@link StatementEvents}' business. Immutable after loading.
 */
public final class StatementLexicon {

    public static final String BUNDLED_FILE = "events/statement-words.tsv";

    private static final Set<String> COLUMNS = Set.of("words", "rule", "cameo", "tense");

    /** The event types a statement can be: a criticism, a warning, or a stated refusal ("is not up for discussion"). */
    private static final Set<String> STATEMENT_EVENTS = Set.of("ACCUSE", "THREATEN", "REJECT");

    /** How many other words may stand between two listed words ("pay a heavy price"). */
    static final int MAXIMUM_GAP = 2;

    /**
     * One row of the file.
     *
     * @param words the words in text order, lower case
     * @param rule the rule id reported on the event
     * @param cameo the CAMEO code
     * @param event the PLOVER event type of the code
     * @param future whether the words are the act only when stated as future, possible or obligatory
     * @param causeRequired whether the words are the act only when they name what they are about ("concerned by the arrests")
     * @param source the file the row is in
     * @param line its line in that file
     */
    record Entry(List<String> words, String rule, String cameo, String event, boolean future, boolean causeRequired, String source,
            int line) {
        Entry {
            words = List.copyOf(words);
        }

        /** Whether the row itself contains the negation ("not stand idle", "no position to lecture"). */
        boolean containsNegation() {
            return words.contains("not") || words.contains("no") || words.contains("never");
        }
    }

    /** A row found in a sentence: its tokens, in sentence order. */
    record Cue(Entry entry, List<Integer> tokens) {
        Cue {
            tokens = List.copyOf(tokens);
        }
    }

    private final List<Entry> entries;
    private final List<TsvTable> sources;

    private StatementLexicon(List<Entry> entries, List<TsvTable> sources) {
        this.entries = List.copyOf(entries);
        this.sources = List.copyOf(sources);
    }

    /** The bundled file. */
    public static StatementLexicon bundled(EventOntology ontology) {
        return load(List.of(), ontology);
    }

    /** The bundled file, then the user's files; every code is checked against the ontology. */
    public static StatementLexicon load(List<Path> userFiles, EventOntology ontology) {
        List<TsvTable> tables = new ArrayList<>();
        tables.add(TsvTable.bundled(BUNDLED_FILE, COLUMNS));
        for (Path file : userFiles) {
            tables.add(TsvTable.file(file, COLUMNS));
        }
        List<Entry> entries = new ArrayList<>();
        for (TsvTable table : tables) {
            for (TsvTable.Row row : table.rows()) {
                entries.add(entry(row, table.name(), ontology));
            }
        }
        return new StatementLexicon(entries, tables);
    }

    private static Entry entry(TsvTable.Row row, String source, EventOntology ontology) {
        List<String> words = Arrays.stream(row.get("words").toLowerCase(Locale.ROOT).split("\\s+")).filter(word -> !word.isEmpty()).toList();
        if (words.isEmpty()) {
            throw row.error("no words");
        }
        if (row.get("rule").isEmpty()) {
            throw row.error("no rule id");
        }
        CameoCode code = ontology.cameo(row.get("cameo")).orElseThrow(() -> row.error("unknown CAMEO code \"" + row.get("cameo") + "\""));
        String event = code.ploverEvent();
        if (!STATEMENT_EVENTS.contains(event)) {
            throw row.error("CAMEO " + code.code() + " is " + event + "; a statement codes ACCUSE, THREATEN or REJECT");
        }
        String tense = row.get("tense");
        if (!tense.equals("any") && !tense.equals("future")) {
            throw row.error("tense is \"any\" or \"future\", not \"" + tense + "\"");
        }
        String cause = row.values().containsKey("cause") ? row.get("cause") : "";
        if (!cause.isEmpty() && !cause.equals("required")) {
            throw row.error("cause is \"required\" or empty, not \"" + cause + "\"");
        }
        return new Entry(words, row.get("rule"), code.code(), event, tense.equals("future"), cause.equals("required"), source, row.line());
    }

    /** The file a row comes from, for provenance. */
    TsvTable sourceOf(Entry entry) {
        for (TsvTable table : sources) {
            if (table.name().equals(entry.source())) {
                return table;
            }
        }
        throw new IllegalStateException("statement row from unknown source " + entry.source());
    }

    /**
     * The rows found among the sentence's tokens {@code from} (inclusive) to {@code to}
     * (exclusive), in text order; where two rows share a token the longer (then the earlier) one wins.
     */
    List<Cue> find(SentenceGraph graph, int from, int to) {
        List<Cue> found = new ArrayList<>();
        for (int start = from; start < to; start++) {
            Cue best = null;
            for (Entry entry : entries) {
                List<Integer> tokens = matchAt(graph, entry, start, to);
                if (tokens != null && (best == null || tokens.size() > best.tokens().size())) {
                    best = new Cue(entry, tokens);
                }
            }
            Cue chosen = best;
            if (chosen != null && found.stream().noneMatch(cue -> overlaps(cue, chosen))) {
                found.add(chosen);
            }
        }
        return found;
    }

    private static boolean overlaps(Cue a, Cue b) {
        return a.tokens().stream().anyMatch(b.tokens()::contains);
    }

    private static List<Integer> matchAt(SentenceGraph graph, Entry entry, int start, int to) {
        if (!matches(graph.token(start).lemma(), graph.token(start).text(), entry.words().get(0))) {
            return null;
        }
        List<Integer> tokens = new ArrayList<>();
        tokens.add(start);
        int position = start;
        for (int k = 1; k < entry.words().size(); k++) {
            int next = -1;
            for (int candidate = position + 1; candidate < to && candidate <= position + 1 + MAXIMUM_GAP; candidate++) {
                if (matches(graph.token(candidate).lemma(), graph.token(candidate).text(), entry.words().get(k))) {
                    next = candidate;
                    break;
                }
            }
            if (next < 0) {
                return null;
            }
            tokens.add(next);
            position = next;
        }
        return tokens;
    }

    private static boolean matches(String lemma, String text, String word) {
        return word.equals(lemma.toLowerCase(Locale.ROOT)) || word.equals(text.toLowerCase(Locale.ROOT));
    }

    int size() {
        return entries.size();
    }
}
