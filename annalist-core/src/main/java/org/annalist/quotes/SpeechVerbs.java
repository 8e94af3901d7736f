package org.annalist.quotes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.dictionary.TsvTable;

/**
 * The reporting verbs of {@code dictionaries/quotes/speech-verbs.tsv}, by lemma. Which verbs
 * attribute a quotation is knowledge a user extends by adding a row, so it lives in the file.
 */
public final class SpeechVerbs {

    public static final String BUNDLED = "quotes/speech-verbs.tsv";

    private final TsvTable table;
    private final Map<String, SpeechVerbKind> kinds;

    public SpeechVerbs(TsvTable table) {
        this.table = table;
        Map<String, SpeechVerbKind> byLemma = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String lemma = row.get("lemma").toLowerCase(Locale.ROOT);
            if (lemma.isEmpty()) {
                throw row.error("empty lemma");
            }
            SpeechVerbKind kind;
            try {
                kind = SpeechVerbKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind \"" + row.get("kind") + "\" (speech, cognition, appeal, accusation or stance)");
            }
            if (byLemma.put(lemma, kind) != null) {
                throw row.error("lemma \"" + lemma + "\" is listed twice");
            }
        }
        this.kinds = Map.copyOf(byLemma);
    }

    /** The verbs shipped with Annalist. */
    public static SpeechVerbs bundled() {
        return new SpeechVerbs(TsvTable.bundled(BUNDLED, Set.of("lemma", "kind", "note")));
    }

    /**
     * The kind of a verb that reports speech, a view, an appeal or an accusation; empty for other
     * verbs and for stance verbs, which frame quoted words only (see {@link #quotingKindOf}).
     */
    public Optional<SpeechVerbKind> kindOf(String lemma) {
        return quotingKindOf(lemma).filter(kind -> kind != SpeechVerbKind.STANCE);
    }

    /**
     * The kind of a verb that may frame quoted words: every kind, stance verbs included
     * ("slammed the ruling as “a disgrace”"). Only the attribution of direct and partial
     * quotations asks this; everything that reads reports asks {@link #kindOf}.
     */
    public Optional<SpeechVerbKind> quotingKindOf(String lemma) {
        return Optional.ofNullable(kinds.get(lemma.toLowerCase(Locale.ROOT)));
    }

    /** The table the verbs came from, for provenance (its name and SHA-256). */
    public TsvTable table() {
        return table;
    }
}
