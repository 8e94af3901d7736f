package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.events.patterns.ListName;
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

    /** The praise-predicate value of a word that keeps a characterisation a denunciation ("wrong", "false"). */
    static final String BLAME = "blame";

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
        if (named.partOfSpeech().startsWith("W") || words.containsEither(ListName.CHARACTERISED_DENIAL, lemma,
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

    /**
     * The CAMEO code of praise when the characterisation's predicate holds a word of praise
     * (word-lists.tsv praise-predicate: "called China a reliable partner", "called the accord a new
     * chapter"), else empty: the characterisation stays a denunciation.
     */
    static java.util.Optional<String> praise(SentenceGraph graph, int verb, WordLists words) {
        List<Integer> heads = new ArrayList<>();
        List<Integer> objects = new ArrayList<>();
        for (Dependency arc : graph.basicDependents(verb)) {
            String relation = arc.relation();
            if (relation.equals("obj")) {
                objects.add(arc.dependent());
            } else if (relation.equals("xcomp") || relation.equals("obl:as") || relation.equals("advcl:as")) {
                heads.add(arc.dependent());
            }
        }
        if (objects.size() > 1) {
            heads.addAll(objects.subList(1, objects.size()));
        }
        if (!objects.isEmpty()) {
            for (Dependency arc : graph.basicDependents(objects.get(0))) {
                if (arc.relation().equals("dep")) {
                    heads.add(arc.dependent());
                }
            }
        }
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>(heads);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        java.util.Optional<String> found = java.util.Optional.empty();
        while (!open.isEmpty()) {
            int node = open.pop();
            if (!seen.add(node) || seen.size() > 40) {
                continue;
            }
            Token token = graph.token(node);
            String lemma = token.lemma() == null ? token.text() : token.lemma();
            java.util.Optional<String> code = words.value(ListName.PRAISE_PREDICATE, lemma)
                    .or(() -> words.value(ListName.PRAISE_PREDICATE, token.text()));
            if (code.isPresent() && code.get().equals(BLAME)) {
                // "a step in the wrong direction", "a false friend": the judgement is still a denunciation
                return java.util.Optional.empty();
            }
            if (code.isPresent() && found.isEmpty()) {
                found = code;
            }
            graph.basicDependents(node).forEach(arc -> open.add(arc.dependent()));
        }
        return found;
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
