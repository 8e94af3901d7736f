package org.annalist.dictionary;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of {@code dictionaries/actors/body-reference-words.tsv}: a definite body word ("the
 * group", "the party", "the bloc") and the actor or sector codes of the named bodies it can stand
 * for. "Human Rights Watch … The group said" is the rights group; "the Interior Ministry … the
 * group" is not the ministry. Which word fits which kind of body is knowledge a reader extends,
 * so it lives in the file. A user's file with the same columns extends it: its row for a word
 * replaces the bundled one. Immutable; built once.
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

    private final List<TsvTable> sources;
    private final Map<String, Fit> fits;

    BodyReferenceWords(List<TsvTable> tables) {
        this.sources = List.copyOf(tables);
        Map<String, Fit> byWord = new HashMap<>();
        WordCodeLists.read(tables, "word", "fits", "a row needs a word and the codes it fits")
                .forEach((word, entry) -> byWord.put(word, new Fit(entry.codes(), entry.source())));
        this.fits = Map.copyOf(byWord);
    }

    /** The bundled words, extended by the user's files in order (a later row for a word replaces an earlier one). */
    public static BodyReferenceWords load(List<Path> userFiles) {
        return new BodyReferenceWords(WordCodeLists.tables(BUNDLED, COLUMNS, userFiles));
    }

    /** The words shipped with Annalist. */
    public static BodyReferenceWords bundled() {
        return load(List.of());
    }

    /** What the word fits, if it is a body word of this file. */
    public Optional<Fit> fit(String word) {
        return Optional.ofNullable(fits.get(word.toLowerCase(Locale.ROOT)));
    }

    /** The tables the words came from, for provenance (their names and SHA-256). */
    public List<TsvTable> sources() {
        return sources;
    }
}
