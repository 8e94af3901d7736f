package org.annalist.events.patterns;

import java.util.List;

/**
 * One row of a pattern file: a trigger over the dependency parse and the event it codes.
 *
 * @param id the rule id reported on every event it produces ("consult.meet-with")
 * @param kind verb or noun trigger
 * @param trigger the trigger as written in the file ("impose sanctions on")
 * @param head the head word: the verb, or the noun
 * @param objects for verbs, the object words that must be present ("sanctions" in "impose
 *     sanctions on"); for nouns, the modifiers that must be present ("joint" in "joint drills")
 * @param particles words that must be present as a particle ("crack down") or as the preposition
 *     of a dependent ("meet with"); the last one matched as a preposition names the default recipient
 * @param prepositionObjects preposition → required words of its object, the noun last and its
 *     required modifiers before it ("put on alert": on → [alert]; "put on high alert": on → [high, alert])
 * @param classWords the words of each word class the trigger names ({@code <force-unit>} → troop,
 *     platoon, brigade ...; see {@link WordClasses}): any of them fills that place
 * @param actor where the actor is looked for, in order
 * @param recipient where the recipient is looked for, in order
 * @param cameo the CAMEO code
 * @param event PLOVER event type: the override, else the CAMEO code's
 * @param mode PLOVER mode: the override, else the CAMEO code's; may be null
 * @param contexts PLOVER contexts: the override, else the CAMEO code's
 * @param absorbsComplement whether an event in the trigger's clausal complement is part of
 *     this one ("refused to meet" is one REJECT, not also a CONSULT)
 * @param complementCondition what the row requires of the trigger's clausal complement
 *     ({@link ComplementCondition}): a modal of obligation ("said Iraq must cooperate"), or any clause
 * @param source the file the row is in
 * @param line its line in that file
 */
public record EventPattern(
        String id,
        TriggerKind kind,
        String trigger,
        String head,
        List<String> objects,
        List<String> particles,
        java.util.Map<String, List<String>> prepositionObjects,
        java.util.Map<String, List<String>> classWords,
        List<RoleSource> actor,
        List<RoleSource> recipient,
        String cameo,
        String event,
        String mode,
        List<String> contexts,
        boolean absorbsComplement,
        ComplementCondition complementCondition,
        String source,
        int line) {

    public EventPattern {
        objects = List.copyOf(objects);
        particles = List.copyOf(particles);
        // in trigger order: a later preposition may hang on the word an earlier one found ("turn back team of <class>")
        java.util.Map<String, List<String>> ordered = new java.util.LinkedHashMap<>();
        prepositionObjects.forEach((preposition, phrase) -> ordered.put(preposition, List.copyOf(phrase)));
        prepositionObjects = java.util.Collections.unmodifiableMap(ordered);
        classWords = java.util.Map.copyOf(classWords);
        actor = List.copyOf(actor);
        recipient = List.copyOf(recipient);
        contexts = List.copyOf(contexts);
    }

    /** A trigger word that any object (verb) or modifier (noun) fills: "strike *" = strike something. */
    public static final String ANY_WORD = "*";

    /**
     * The words that may stand where the trigger has {@code word}: the members of a word class, else
     * the word itself ({@link #ANY_WORD} included).
     */
    public List<String> alternatives(String word) {
        List<String> members = classWords.get(word);
        return members == null ? List.of(word) : members;
    }

    /**
     * How many words the trigger requires: the longer trigger wins on the same head word, and a
     * named word outranks a word class, which outranks {@link #ANY_WORD} ("strike deal" before
     * "strike &lt;facility&gt;" before "strike *" before "strike"), which outranks the preposition of a
     * required object ("go to court" before "go to").
     */
    public int specificity() {
        int named = 1 + particles.size();
        int classes = 0;
        int any = 0;
        for (String object : objects) {
            if (object.equals(ANY_WORD)) {
                any++;
            } else if (WordClasses.isClassWord(object)) {
                classes++;
            } else {
                named++;
            }
        }
        // a preposition's required object is named unless it is a class: "hand out blanket" outranks
        // "hand out <relief-goods>"
        for (List<String> phrase : prepositionObjects.values()) {
            for (String object : phrase) {
                if (WordClasses.isClassWord(object)) {
                    classes++;
                } else {
                    named++;
                }
            }
        }
        // the preposition of a required object is a word of the trigger too, worth less than a named
        // word: "go to court" outranks "go to", "take dispute to" still outranks "take to court", and
        // "call for <deescalation-kind>" outranks "call for" (a class after the preposition is worth
        // more than the preposition alone)
        return 8 * (named + (complementCondition == ComplementCondition.NONE ? 0 : 1)) + 6 * classes + 4 * any + 3 * prepositionObjects.size();
    }

    /** Whether the row says its event has no recipient ({@code none}): no fallback search then. */
    public boolean hasNoRecipient() {
        return !recipient.isEmpty() && recipient.stream().allMatch(source -> source.kind() == RoleSource.Kind.NONE);
    }

    /** Where it is defined, "patterns.tsv:42", for messages. */
    public String location() {
        return source + ":" + line;
    }
}
