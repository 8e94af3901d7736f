package org.annalist.quotes;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.dictionary.TsvTable;

/**
 * The words of {@code dictionaries/quotes/frame-words.tsv}: words around a quotation, other than
 * its reporting verb, that change how its frame is read (a verb whose object is the audience, a
 * body seated in its capital, a noun for something said). Kept as data so that a user can add a
 * word without recompiling.
 */
public final class FrameWords {

    public static final String BUNDLED = "quotes/frame-words.tsv";

    /** What a frame word does; documented row by row in the file. */
    public enum Role {
        /** "told reporters": the verb's object is the audience, not the words. */
        HEARER_VERB,
        /** "the foreign ministry in Vilnius": the body sits in its own country's capital. */
        SEATED_BODY,
        /** "her message was blunt: “…”": the noun's owner said the words. */
        UTTERANCE_NOUN,
        /** "vowed to boycott all votes": a reporting verb whose infinitive is what was promised. */
        COMMITMENT_VERB,
        /** "demanded the release of the crew": an appeal whose object is the thing demanded. */
        DEMANDED_OBJECT,
        /** "“…,” he went on": a verb and particle, written "go on", that frame a quotation together. */
        PHRASAL_SPEECH_VERB,
        /** "denied moving weapons into the area": a reporting verb whose gerund is what was said. */
        GERUND_REPORT_VERB,
        /** "warned against rewarding the government": a reporting verb and preposition, written "warn against", whose phrase is what was said. */
        PREPOSITION_REPORT_VERB,
        /** "noted reports of intimidation": a noun for something said, which as a speech verb's object is what was said. */
        REPORTED_NOUN,
        /** "denied that its forces had targeted the patrol": a speech verb whose clause is reported with the verb, which says the clause was denied. */
        DENIAL_VERB,
        /** "the judge wrote in the order": an unnamed member of a court's bench, who speaks for the court. */
        COURT_MEMBER,
        /** "High Court", "tribunal": a word of a court's name, for finding the court a bench member speaks for. */
        COURT_WORD,
        /** "“…”, a charge Moscow denies": a noun restating quoted words, whose clause is another party's answer. */
        CLAIM_NOUN,
        /** "banners that read “…”": a thing that carries written words, which are nobody's speech. */
        INSCRIPTION_NOUN,
        /** "ordered the men held": a reporting verb whose participle complement is what was ordered done, not words reported. */
        SMALL_CLAUSE_VERB,
        /** "Ms", "spokeswoman": a title or role word before or beside a name that says the person is a woman. */
        WOMAN_WORD,
        /** "Mr", "spokesman": the same for a man. */
        MAN_WORD
    }

    private final TsvTable table;
    private final Map<Role, Set<String>> words;

    public FrameWords(TsvTable table) {
        this.table = table;
        Map<Role, Set<String>> byRole = new EnumMap<>(Role.class);
        for (TsvTable.Row row : table.rows()) {
            String word = row.get("word").toLowerCase(Locale.ROOT);
            if (word.isEmpty()) {
                throw row.error("empty word");
            }
            Role role;
            try {
                role = Role.valueOf(row.get("role").toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown role \"" + row.get("role") + "\" (hearer-verb, seated-body, utterance-noun, commitment-verb, demanded-object, phrasal-speech-verb, gerund-report-verb, preposition-report-verb, reported-noun, denial-verb, court-member, court-word, claim-noun, inscription-noun, small-clause-verb, woman-word or man-word)");
            }
            if (!byRole.computeIfAbsent(role, unused -> new HashSet<>()).add(word)) {
                throw row.error("\"" + word + "\" is listed twice as " + row.get("role"));
            }
        }
        Map<Role, Set<String>> frozen = new EnumMap<>(Role.class);
        byRole.forEach((role, set) -> frozen.put(role, Set.copyOf(set)));
        this.words = frozen;
    }

    /** The words shipped with Annalist. */
    public static FrameWords bundled() {
        return new FrameWords(TsvTable.bundled(BUNDLED, Set.of("word", "role", "note")));
    }

    /** Whether the word (a lemma, any case) has the role. */
    public boolean is(Role role, String word) {
        return word != null && words.getOrDefault(role, Set.of()).contains(word.toLowerCase(Locale.ROOT));
    }

    /** The table the words came from, for provenance (its name and SHA-256). */
    public TsvTable table() {
        return table;
    }
}
