package org.annalist.dictionary;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of {@code dictionaries/actors/body-reference-words.tsv}: a definite body word ("the
 * group", "the party", "the bloc") and the actor or sector codes of the named bodies it can stand
 * for. "Human Rights Watch … The group said" is the rights group; "the Interior Ministry … the
 * group" is not the ministry. Which word fits which kind of body is knowledge a reader extends,
 * so it lives in the file. Immutable; built once.
 */
public final class BodyReferenceWords {

    public static final String BUNDLED = "actors/body-reference-words.tsv";
    static final Set<String> COLUMNS = Set.of("word", "fits", "note");

    /** A word's fitting codes and the file line that lists them. */
    public record Fit(Set<String> codes, String source) {
        /** Whether a body with this actor code and sector is of a kind the word names. */
        public boolean fits(String code, String sector) {
            return code != null && codes.contains(code) || sector != null && codes.contains(sector);
        }
    }

    private final TsvTable table;
    private final Map<String, Fit> fits;

    public BodyReferenceWords(TsvTable table) {
        this.table = table;
        Map<String, Fit> byWord = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String word = row.get("word").toLowerCase(Locale.ROOT);
            if (word.isEmpty() || row.list("fits").isEmpty()) {
                throw row.error("a row needs a word and the codes it fits");
            }
            if (byWord.put(word, new Fit(Set.copyOf(row.list("fits")), row.source() + ":" + row.line())) != null) {
                throw row.error("\"" + word + "\" is listed twice");
            }
        }
        this.fits = Map.copyOf(byWord);
    }

    /** The words shipped with Annalist. */
    public static BodyReferenceWords bundled() {
        return new BodyReferenceWords(TsvTable.bundled(BUNDLED, COLUMNS));
    }

    /** What the word fits, if it is a body word of this file. */
    public Optional<Fit> fit(String word) {
        return Optional.ofNullable(fits.get(word.toLowerCase(Locale.ROOT)));
    }

    /** The table the words came from, for provenance (its name and SHA-256). */
    public TsvTable table() {
        return table;
    }
}
