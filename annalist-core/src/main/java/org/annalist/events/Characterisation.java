package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * A verb that names its object and says what it is: "called the verdict a body blow to democracy",
 * "called the move selfish", "called the exercise a rehearsal for invasion", "described the order as
 * unacceptable". The parser gives the second predicate several shapes (an xcomp, a second object, a
 * {@code dep} on the object, an "as" phrase), so they are read here once for the {@code predicate}
 * rows of patterns.tsv. The object must be a word of its own: "what it called a provocation" is the
 * relative clause the condemnation rows read (WhatItCalledTest), and an accusation characterised ("called the
 * charges baseless") is a denial, not a charge against the accuser.
 */
final class Characterisation {

    private Characterisation() {}

    /** Whether the verb has an object and a predicate saying what that object is. */
    static boolean holds(SentenceGraph graph, int verb, WordLists words) {
        List<Integer> objects = new ArrayList<>();
        boolean secondPredicate = false;
        for (Dependency arc : graph.basicDependents(verb)) {
            String relation = arc.relation();
            if (relation.equals("obj")) {
                objects.add(arc.dependent());
            } else if ((relation.equals("xcomp") && !isInfinitive(graph, arc.dependent()))
                    || relation.equals("obl:as") || relation.equals("advcl:as")) {
                // an infinitive is an appeal or order ("called on Iran to release the tanker"), not a predicate
                secondPredicate = true;
            } else if (relation.equals("compound:prt")) {
                return false;
            }
        }
        if (objects.isEmpty()) {
            // "called the ban political": the parser makes the object the subject of the second predicate
            objects.addAll(graph.displacedObjects(verb));
        }
        if (objects.isEmpty()) {
            return false;
        }
        int object = objects.get(0);
        Token named = graph.token(object);
        String lemma = (named.lemma() == null ? named.text() : named.lemma()).toLowerCase(Locale.ROOT);
        if (named.partOfSpeech().startsWith("W") || words.containsEither(WordLists.ListName.CHARACTERISED_DENIAL, lemma,
                named.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (objects.size() > 1 || secondPredicate) {
            return true;
        }
        for (Dependency arc : graph.basicDependents(object)) {
            // "called the verdict “a body blow …”": the parser hangs the predicate on the object
            if (arc.relation().equals("dep") && (graph.token(arc.dependent()).isNoun()
                    || graph.token(arc.dependent()).partOfSpeech().startsWith("JJ"))) {
                return true;
            }
        }
        return false;
    }

    /** "to release": a verb with the infinitive marker or in its base form. */
    private static boolean isInfinitive(SentenceGraph graph, int token) {
        if (graph.token(token).partOfSpeech().equals("VB")) {
            return true;
        }
        return graph.basicDependents(token).stream()
                .anyMatch(arc -> arc.relation().equals("mark") && graph.token(arc.dependent()).text().equalsIgnoreCase("to"));
    }
}
