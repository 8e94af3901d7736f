package org.annalist.dictionary;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of {@code dictionaries/actors/reference-words.tsv} through which a text points back
 * at an actor it has named: statement nouns ("the statement said"), verbs that issue a
 * statement, employer words in a person's title ("Alliance spokeswoman", "the group's
 * Kenya director"), and nouns for a person described but not named ("a woman", "a resident"). Which words do this is knowledge a user extends, so it lives in the file.
 * Immutable; built once.
 */
public final class ReferenceWords {

    public static final String BUNDLED = "actors/reference-words.tsv";
    static final Set<String> COLUMNS = Set.of("word", "kind", "note");

    /** What a word does. */
    public enum Kind {
        /** A noun for a body's written words, whose issuer speaks through them: "the statement said". */
        STATEMENT,
        /** A verb whose subject issues the statement it takes as object: "the ministry issued a statement". */
        ISSUING,
        /** A word in a person's title that stands for an organisation named earlier: "the bloc's commissioner". */
        EMPLOYER,
        /**
         * An employer word that points back only at an organisation whose name holds it ("the
         * union's leader" after the Kenya National Union of Teachers), never at whichever
         * organisation was named last: "Union leader X" after the United Nations is a trade unionist.
         */
        NAMED_EMPLOYER,
        /** A noun that describes a person without naming them: "a resident", "one witness". */
        UNNAMED_PERSON,
        /** The same, for a woman: "a woman", "a mother" ("she" may be her). */
        UNNAMED_WOMAN,
        /** The same, for a man: "a man", "a father" ("he" may be him). */
        UNNAMED_MAN,
        /** A person who speaks for another: "his spokesman said" reports the words of the one "his" is. */
        MOUTHPIECE,
        /** An unnamed person inside a body who talks for nobody but themselves: "a State Department official said". */
        INSIDER,
        /**
         * A word for a relative or a household: "His wife, Karen,", "the Whitaker family",
         * "Ellison's family". Relatives share the nationality of the person they belong to.
         */
        KIN,
        /**
         * A verb by which a described person gives the name they go by: "a protester who gave her
         * name only as Fah", "a driver who identified himself only as Karim". The description is
         * a mention of the person so named.
         */
        SELF_NAMING,
        /**
         * A verb by which a state replies: "Asmara answered within hours. … Information
         * Minister X wrote" — the office-holder named next answers for that state.
         */
        ANSWERING,
        /**
         * A word for whoever heads a body of any kind: "president", "chairman". Its sector is the
         * body's: the president of a farmers' union is no government official.
         */
        HEAD_OF_BODY,
        /**
         * A local body word whose body is told apart by the place it sits in: "police in
         * Malanville", "a court in Hrodna". The place is part of the body's name, and a body with
         * no owner word is of the place's country, wherever the story is filed from.
         */
        SEATED,
        /**
         * A word for a state's body posted abroad: "the U.S. embassy in Port of Spain". The place
         * is part of the body's name but never its country.
         */
        POSTED,
        /**
         * A word for a person's legal counsel: "Their lawyer, X," is the lawyer of the people
         * "their" stands for, not staff of the organisation named last.
         */
        COUNSEL,
        /**
         * A word for a person on the other side of a relation: "Putin's counterpart", "Maduro's
         * rival". A person so described by another person's possessive name is not of that
         * person's country, which "Petro's foreign minister, Laura Sarabia" is.
         */
        COUNTERPART,
        /**
         * A verb by which a relative clause right after a name gives the person's office: "X, who
         * heads the Houthi prisoners committee,". The body it names says whose the person is.
         */
        HEADING,
        /**
         * A word of an office held in one town or province: "In Marib, the governor, X, said" —
         * the place the sentence opens with is where the office is, whatever the dateline.
         */
        LOCAL_OFFICE,
        /**
         * A verb by which an official reports: "He said Somalia would not accept …" — a state that
         * is the subject of a verb in that sentence is the official's own.
         */
        REPORTING,
        /**
         * A verb by which a relative clause right after a name tells of leaving one's country:
         * "Lesbia Gutierrez, a former teacher who fled Nicaragua in 2018," is Nicaraguan, wherever
         * she now speaks (a refugee quoted in the country she reached).
         */
        FLEEING
    }

    /** The kinds as the file writes them ("named-employer"), for the error on an unknown one. */
    private static final String KIND_NAMES = Arrays.stream(Kind.values())
            .map(kind -> kind.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .collect(Collectors.joining(", "));

    private final TsvTable table;
    private final Map<Kind, Map<String, String>> sources;

    public ReferenceWords(TsvTable table) {
        this.table = table;
        Map<Kind, Map<String, String>> byKind = new EnumMap<>(Kind.class);
        for (TsvTable.Row row : table.rows()) {
            String word = row.get("word").toLowerCase(Locale.ROOT);
            if (word.isEmpty()) {
                throw row.error("empty word");
            }
            Kind kind;
            try {
                kind = Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind \"" + row.get("kind") + "\" (one of: " + KIND_NAMES + ")");
            }
            if (byKind.computeIfAbsent(kind, k -> new HashMap<>()).put(word, row.source() + ":" + row.line()) != null) {
                throw row.error("\"" + word + "\" is listed twice as " + row.get("kind"));
            }
        }
        Map<Kind, Map<String, String>> frozen = new EnumMap<>(Kind.class);
        byKind.forEach((kind, words) -> frozen.put(kind, Map.copyOf(words)));
        this.sources = frozen;
    }

    /** The words shipped with Annalist. */
    public static ReferenceWords bundled() {
        return new ReferenceWords(TsvTable.bundled(BUNDLED, COLUMNS));
    }

    public boolean is(Kind kind, String word) {
        return source(kind, word).isPresent();
    }

    /** The file and line that list the word as this kind ("actors/reference-words.tsv:40"), for provenance. */
    public Optional<String> source(Kind kind, String word) {
        return Optional.ofNullable(sources.getOrDefault(kind, Map.of()).get(word.toLowerCase(Locale.ROOT)));
    }

    /** The table the words came from, for provenance (its name and SHA-256). */
    public TsvTable table() {
        return table;
    }
}
