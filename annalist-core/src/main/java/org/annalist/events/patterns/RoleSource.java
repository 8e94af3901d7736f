package org.annalist.events.patterns;

import java.util.Locale;

/**
 * Where in the dependency parse a pattern looks for an actor or recipient. Written in the
 * pattern file as one word per source, {@code |} between alternatives tried in order.
 *
 * @param kind the grammatical position
 * @param preposition for {@link Kind#PREPOSITION}, the preposition as the enhanced++ parse names
 *     it ("with", "against", "on_behalf_of"); otherwise null
 */
public record RoleSource(Kind kind, String preposition) {

    public enum Kind {
        /** {@code subject}: nsubj of the trigger (obl:agent when the trigger is passive). */
        SUBJECT,
        /** {@code object}: obj of the trigger (nsubj:pass when passive), not a trigger word. */
        OBJECT,
        /** {@code iobj}: the indirect object ("gave Tanzania a grant"). */
        INDIRECT_OBJECT,
        /** {@code poss}: the possessor of a noun trigger ("Iran's attack"). */
        POSSESSOR,
        /** {@code modifier}: an amod or compound naming an actor ("Russian strikes", "US sanctions"). */
        MODIFIER,
        /**
         * {@code governor}: for a noun trigger, the subject of the verb that governs it — a light
         * verb whose object it is ("held talks", "conducted drills"), or any verb it attaches
         * to through a participation preposition ("spoke during the meeting").
         */
        GOVERNOR,
        /** A preposition word: obl:P or nmod:P of the trigger, its object, or its governing light verb. */
        PREPOSITION,
        /** {@code complement}: the subject of the trigger's clausal complement ("demanded that Iraq withdraw"). */
        COMPLEMENT,
        /**
         * {@code speaker}: who says the trigger's clause: the speaker of the direct quotation it
         * stands in, else the subject of the verb of saying that reports it ("“Whoever fires at us
         * will pay,” the minister said").
         */
        SPEAKER,
        /** {@code none}: the role is never filled. */
        NONE
    }

    /** Parses one source word of the pattern file. */
    public static RoleSource parse(String word) {
        String lower = word.strip().toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "subject" -> new RoleSource(Kind.SUBJECT, null);
            case "object" -> new RoleSource(Kind.OBJECT, null);
            case "iobj" -> new RoleSource(Kind.INDIRECT_OBJECT, null);
            case "poss" -> new RoleSource(Kind.POSSESSOR, null);
            case "modifier" -> new RoleSource(Kind.MODIFIER, null);
            case "governor" -> new RoleSource(Kind.GOVERNOR, null);
            case "none" -> new RoleSource(Kind.NONE, null);
            case "complement" -> new RoleSource(Kind.COMPLEMENT, null);
            case "speaker" -> new RoleSource(Kind.SPEAKER, null);
            default -> {
                if (!lower.matches("[a-z]+(_[a-z]+)*")) {
                    throw new IllegalArgumentException("unknown role source \"" + word
                            + "\" (subject, object, iobj, poss, modifier, governor, complement, speaker, none or a preposition)");
                }
                yield new RoleSource(Kind.PREPOSITION, lower);
            }
        };
    }

    @Override
    public String toString() {
        return kind == Kind.PREPOSITION ? preposition : kind.name().toLowerCase(Locale.ROOT);
    }
}
