package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * A sentence's dependency arcs indexed by token, built once per sentence so that pattern
 * matching looks arcs up instead of scanning the whole parse each time.
 */
final class SentenceGraph {

    private final Sentence sentence;
    private final List<List<Dependency>> enhancedDependents;
    private final List<List<Dependency>> enhancedHeads;
    private final Dependency[] basicHead;
    private final List<List<Dependency>> basicDependents;

    SentenceGraph(Sentence sentence) {
        this.sentence = sentence;
        int size = sentence.tokens().size();
        enhancedDependents = emptyLists(size);
        enhancedHeads = emptyLists(size);
        basicDependents = emptyLists(size);
        basicHead = new Dependency[size];
        for (Dependency arc : sentence.enhancedDependencies()) {
            if (arc.governor() >= 0 && arc.governor() < size) {
                enhancedDependents.get(arc.governor()).add(arc);
            }
            if (arc.dependent() >= 0 && arc.dependent() < size) {
                enhancedHeads.get(arc.dependent()).add(arc);
            }
        }
        for (Dependency arc : sentence.dependencies()) {
            if (arc.dependent() >= 0 && arc.dependent() < size) {
                basicHead[arc.dependent()] = arc;
            }
            if (arc.governor() >= 0 && arc.governor() < size) {
                basicDependents.get(arc.governor()).add(arc);
            }
        }
    }

    private static List<List<Dependency>> emptyLists(int size) {
        List<List<Dependency>> lists = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            lists.add(new ArrayList<>(2));
        }
        return lists;
    }

    Sentence sentence() {
        return sentence;
    }

    Token token(int index) {
        return sentence.token(index);
    }

    int size() {
        return sentence.tokens().size();
    }

    /** Enhanced++ arcs from the token to its dependents. */
    List<Dependency> dependents(int token) {
        return enhancedDependents.get(token);
    }

    /** Enhanced++ arcs from the token's heads to it. */
    List<Dependency> heads(int token) {
        return enhancedHeads.get(token);
    }

    /** Basic-tree dependents of the token. */
    List<Dependency> basicDependents(int token) {
        return basicDependents.get(token);
    }

    /** The basic-tree arc to the token's head, or null for the root. */
    Dependency basicHead(int token) {
        return basicHead[token];
    }

    /** Enhanced dependents whose relation is exactly one of the names. */
    List<Integer> dependentsByRelation(int token, String... relations) {
        List<Integer> found = new ArrayList<>();
        for (Dependency arc : enhancedDependents.get(token)) {
            for (String relation : relations) {
                if (arc.relation().equals(relation) && !found.contains(arc.dependent())) {
                    found.add(arc.dependent());
                }
            }
        }
        return found;
    }

    /**
     * The object of a verb that the parser left unattached because a date stands between them
     * ("lifted Friday a day-old blockade", "rejected Thursday a United Nations appeal"): a noun
     * attached as {@code dep} to the verb or to its temporal modifier, when the verb has no
     * {@code obj}. Also the object of a small clause, which the parser makes the subject of the
     * second predicate: "called the ban political" has {@code xcomp(called, political)} and
     * {@code nsubj(political, ban)}; what was called political is the object. Empty otherwise.
     */
    List<Integer> displacedObjects(int verb) {
        if (!dependentsByRelation(verb, "obj").isEmpty()) {
            return List.of();
        }
        int modified = objectReadAsModified(this, verb);
        if (modified >= 0) {
            return List.of(modified);
        }
        int gerundObject = gerundObjectReadAsModified(this, verb);
        if (gerundObject >= 0) {
            return List.of(gerundObject);
        }
        List<Integer> smallClause = smallClauseSubjects(verb);
        if (!smallClause.isEmpty()) {
            return smallClause;
        }
        List<Integer> anchors = new ArrayList<>();
        anchors.add(verb);
        anchors.addAll(dependentsByRelation(verb, "obl:tmod", "obl:npmod"));
        List<Integer> found = new ArrayList<>();
        for (int anchor : anchors) {
            for (Dependency arc : basicDependents(anchor)) {
                if (arc.relation().equals("dep") && token(arc.dependent()).isNoun() && arc.dependent() > verb && !found.contains(arc.dependent())) {
                    found.add(arc.dependent());
                }
            }
        }
        return found;
    }

    /** The noun subjects of the verb's adjectival or nominal open complement ("called [the ban] political"). */
    private List<Integer> smallClauseSubjects(int verb) {
        List<Integer> found = new ArrayList<>();
        for (Dependency complement : basicDependents(verb)) {
            Token predicate = token(complement.dependent());
            if (!complement.relation().equals("xcomp") || complement.dependent() < verb
                    || !(predicate.partOfSpeech().startsWith("JJ") || predicate.isNoun())) {
                continue;
            }
            for (Dependency arc : basicDependents(complement.dependent())) {
                if (arc.relation().equals("nsubj") && token(arc.dependent()).isNoun() && arc.dependent() > verb) {
                    found.add(arc.dependent());
                }
            }
        }
        return found;
    }

    /**
     * The object of a closing participle that the parser read as the noun it modifies: in
     * "expelled the ambassador, accusing Copenhagen of meddling" it may make "accusing" an
     * {@code amod} of "Copenhagen" and "Copenhagen" the object of "expelled"; in "Marchenko said,
     * thanking Berlin" a second subject of "said". A present participle right after a comma, attached
     * as {@code amod} to the noun right after it, which is the object, subject or unlabelled dependent
     * of an earlier verb: that noun is the participle's object. -1 when the parse is not of that shape.
     */
    static int objectReadAsModified(SentenceGraph graph, int participle) {
        Dependency up = graph.basicHead(participle);
        if (!graph.token(participle).partOfSpeech().equals("VBG") || up == null || !up.relation().equals("amod")
                || up.governor() != participle + 1 || participle == 0 || !graph.token(participle - 1).text().equals(",")) {
            return -1;
        }
        Dependency nounUp = graph.basicHead(up.governor());
        boolean argumentOfVerb = nounUp != null && nounUp.governor() >= 0
                && (nounUp.relation().equals("obj") || nounUp.relation().equals("nsubj") || nounUp.relation().equals("dep"))
                && graph.token(nounUp.governor()).isVerb() && nounUp.governor() < participle;
        return argumentOfVerb ? up.governor() : -1;
    }

    /**
     * The object of a gerund complement that the parser read as the noun it modifies: "have begun
     * sharing information", "had begun delivering tents and food" may come out with the gerund as an
     * {@code amod} of the noun right after it and that noun as the object of the verb right before
     * it. A present participle between a verb and the verb's object, modifying that object: the noun
     * is the gerund's object. -1 when the parse is not of that shape. Which verbs pass their subject
     * to the gerund is {@link SubjectPassing}'s.
     */
    static int gerundObjectReadAsModified(SentenceGraph graph, int participle) {
        Dependency up = graph.basicHead(participle);
        if (!graph.token(participle).partOfSpeech().equals("VBG") || up == null || !up.relation().equals("amod")
                || up.governor() <= participle || participle == 0) {
            return -1;
        }
        for (int between = participle + 1; between < up.governor(); between++) {
            Dependency inner = graph.basicHead(between);
            if (inner == null || inner.governor() != up.governor()) {
                return -1;  // only the object's own modifiers ("sharing radar data") stand between them
            }
        }
        Dependency nounUp = graph.basicHead(up.governor());
        int verb = participle - 1;
        boolean objectOfVerbBefore = nounUp != null && nounUp.governor() == verb && nounUp.relation().equals("obj")
                && graph.token(verb).isVerb() && graph.token(up.governor()).isNoun();
        return objectOfVerbBefore ? up.governor() : -1;
    }

    /**
     * The clause a verb of saying reports when it follows it ("Croatia is failing to protect the
     * refugees, a rights group protested"): the earlier verb the reporting verb hangs from by
     * parataxis (or the parser's dep); -1 when there is none.
     */
    static int reportedClause(SentenceGraph graph, int verb) {
        Dependency up = graph.basicHead(verb);
        if (up == null || up.governor() < 0 || up.governor() > verb
                || !(up.relation().equals("parataxis") || up.relation().equals("dep"))) {
            return -1;
        }
        int governor = up.governor();
        // the parser may hang the reporting verb from a word inside the reported clause
        for (int depth = 0; depth < 3 && !graph.token(governor).isVerb(); depth++) {
            Dependency next = graph.basicHead(governor);
            if (next == null || next.governor() < 0) {
                break;
            }
            governor = next.governor();
        }
        return graph.token(governor).isVerb() ? governor : -1;
    }

    /**
     * Words for a part, amount or group of something: "most of its aid", "part of the stronghold",
     * "a barrage of missiles", "two days of drills". A closed grammatical class (quantifiers, measure
     * and collective nouns, spans of time), not domain knowledge.
     */
    private static final java.util.Set<String> QUANTITY_HEADS = java.util.Set.of("most", "some", "all", "part", "half", "much",
            "many", "portion", "bulk", "majority", "rest", "remainder", "share", "parts", "none", "any", "each",
            "barrage", "salvo", "volley", "wave", "series", "number", "dozen", "dozens", "hundred", "hundreds",
            "score", "scores", "pair", "couple", "round", "string", "spate", "flurry", "one", "package", "set",
            "batch", "tranche", "million", "billion", "$", "€", "£", "tonne", "ton", "shipment", "consignment", "truckload",
            "hour", "hours", "day", "days", "week", "weeks", "month", "months");

    /**
     * The noun a quantity word stands for ("suspended most of its aid" -> aid, "captured part of
     * the stronghold" -> stronghold, "fired a barrage of missiles" -> missiles): its "of" phrase
     * when the token is a quantity word, else empty.
     */
    /** Whether the token is a quantity word ("most", "a barrage", "one", "a package", "$60 million"). */
    boolean isQuantity(int token) {
        String lemma = token(token).lemma();
        return QUANTITY_HEADS.contains((lemma == null ? token(token).text() : lemma).toLowerCase(Locale.ROOT));
    }

    java.util.Optional<Integer> quantified(int token) {
        if (!isQuantity(token)) {
            return java.util.Optional.empty();
        }
        List<Integer> of = prepositionDependents(token, "of");
        return of.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(of.get(0));
    }

    /** Whether the verb is passive: it has a passive subject or passive auxiliary. */
    boolean isPassive(int token) {
        for (Dependency arc : enhancedDependents.get(token)) {
            if (arc.relation().startsWith("nsubj:pass") || arc.relation().equals("aux:pass")
                    || arc.relation().startsWith("csubj:pass")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Dependents attached through a preposition: obl:P or nmod:P (the enhanced++ relation names
     * the preposition; "obl:on_behalf_of" for multi-word ones).
     */
    List<Integer> prepositionDependents(int token, String preposition) {
        List<Integer> found = new ArrayList<>();
        for (Dependency arc : enhancedDependents.get(token)) {
            String relation = arc.relation();
            int colon = relation.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String base = relation.substring(0, colon);
            if ((base.equals("obl") || base.equals("nmod") || base.equals("advcl")) && relation.substring(colon + 1).equals(preposition)
                    && !found.contains(arc.dependent())) {
                found.add(arc.dependent());
            }
        }
        if (found.isEmpty()) {
            found.addAll(prepositionReadAsMark(token, preposition));
        }
        return found;
    }

    /** Verbs of naming by which a report distances itself from a label: "condemned what she called China's behaviour". */
    private static final Set<String> NAMING_VERBS = Set.of("call", "describe", "term", "brand", "dub", "label");

    /**
     * The real object of a verb whose object is a free relative of naming: in "condemned what she
     * called China's reckless behaviour" the parser gives "condemned" the clause "she called ..."
     * with "what" as that clause's object; what was condemned is the named thing, "behaviour".
     */
    List<Integer> namedObjects(int verb) {
        List<Integer> found = new ArrayList<>();
        for (Dependency clause : basicDependents(verb)) {
            Token naming = token(clause.dependent());
            String lemma = naming.lemma() == null ? naming.text() : naming.lemma();
            if (!(clause.relation().equals("ccomp") || clause.relation().equals("obj")) || !NAMING_VERBS.contains(lemma.toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean what = false;
            List<Integer> objects = new ArrayList<>();
            for (Dependency arc : basicDependents(clause.dependent())) {
                if (token(arc.dependent()).text().equalsIgnoreCase("what")) {
                    what = true;
                } else if (arc.relation().equals("obj") || arc.relation().equals("xcomp")) {
                    objects.add(arc.dependent());
                }
            }
            if (what) {
                found.addAll(objects);
            }
        }
        return found;
    }

    /**
     * "called on both sides to exercise restraint" is often parsed with "on" as the marker of the
     * infinitive clause and "both sides" as that clause's subject: the preposition right after the
     * verb, attached as {@code mark} to a clause of the verb, introduces the clause's subject.
     */
    private List<Integer> prepositionReadAsMark(int verb, String preposition) {
        List<Integer> found = new ArrayList<>();
        if (verb + 1 >= size() || !token(verb + 1).text().equalsIgnoreCase(preposition)) {
            return found;
        }
        Dependency markHead = basicHead(verb + 1);
        if (markHead == null || !markHead.relation().equals("mark") || markHead.governor() < 0) {
            return found;
        }
        Dependency clause = basicHead(markHead.governor());
        if (clause == null || clause.governor() != verb
                || !(clause.relation().startsWith("advcl") || clause.relation().equals("xcomp") || clause.relation().equals("ccomp"))) {
            return found;
        }
        for (Dependency arc : basicDependents(markHead.governor())) {
            if (arc.relation().equals("nsubj") && arc.dependent() > verb + 1) {
                found.add(arc.dependent());
            }
        }
        return found;
    }

    /** Whether the token matches a pattern word: by lemma, by form, or as the word's plural. */
    static boolean matchesWord(Token token, String word) {
        String lemma = token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
        String text = token.text().toLowerCase(Locale.ROOT);
        return lemma.equals(word) || text.equals(word) || word.equals(lemma + "s") || word.equals(lemma + "es")
                || (word.endsWith("ies") && lemma.endsWith("y") && word.startsWith(lemma.substring(0, lemma.length() - 1)));
    }
}
