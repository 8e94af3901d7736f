package org.annalist.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * An event the text names without asserting it, in a clause that another clause governs:
 * <ul>
 *   <li>denied: the clause of a {@code denial-verb} that is not itself negated ("the Taliban denied that any
 *       group was using Afghan soil to attack Pakistan", "Benin has always denied hosting French forces"); the
 *       news gold sets code no denied act (evaluation/events/README.md);</li>
 *   <li>a condition: a clause marked by a {@code condition-marker} ("would free them if the army pulled its
 *       troops out"), or by a {@code pending-marker} under a future, possible or infinitival clause ("would
 *       continue attacks until Islamabad released its fighters", "vowed to keep up the pressure until the
 *       government met their demands", "would not give up its weapons as long as Israel occupies the hills"). The gold sets code the governing act (a threat, a demand, a refusal,
 *       a hypothetical offer) and never its condition.</li>
 * </ul>
 * The trigger's clause is followed up through complements, conjuncts and adverbial clauses, so an act nested
 * in a denied or conditional clause ("denied that its troops had fired to disperse the crowd") is found too;
 * a relative clause ends the walk, since it describes a noun as a fact ("until the officers who fired …").
 */
final class NonFactualClause {

    /** Why the event is not asserted: the decision and its explanation. */
    record Finding(DecisionReason reason, String why) {
    }

    private static final int MAX_DEPTH = 6;
    /** The value of a {@code denial-verb} row that denies only through an accusation noun ("rejected the claim that …"). */
    private static final String ACCUSATION_ONLY = "accusation";

    private final WordLists words;
    private final Modality modality;

    NonFactualClause(WordLists words, Modality modality) {
        this.words = words;
        this.modality = modality;
    }

    /** Why the predicate's act is denied or only a condition, if it is. */
    Optional<Finding> of(SentenceGraph graph, int predicate) {
        int node = predicate;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Dependency up = graph.basicHead(node);
            for (Dependency arc : graph.basicDependents(node)) {
                if (!arc.relation().equals("mark")) {
                    continue;
                }
                String mark = graph.token(arc.dependent()).lemma().toLowerCase(Locale.ROOT);
                if (words.contains(ListName.CONDITION_MARKER, mark) && !mark.equals("whether")) {
                    return Optional.of(new Finding(DecisionReason.CONDITION, "the condition of another clause (\"" + mark + "\")"));
                }
                String phrase = phraseEndingAt(graph, arc.dependent());
                boolean pending = words.contains(ListName.PENDING_MARKER, mark) || words.contains(ListName.PENDING_MARKER, phrase);
                if (pending && up != null && up.governor() >= 0 && up.relation().equals("advcl")
                        && notAsserted(graph, modifiedPredicate(graph, up.governor()))) {
                    String marker = words.contains(ListName.PENDING_MARKER, mark) ? mark : phrase;
                    return Optional.of(new Finding(DecisionReason.CONDITION, "what must happen first (\"" + marker + "\") for a clause "
                            + "not stated as a fact (\"" + graph.token(modifiedPredicate(graph, up.governor())).text() + "\")"));
                }
            }
            if (up == null || up.governor() < 0) {
                return Optional.empty();
            }
            String relation = up.relation();
            // "dep": "denied hosting Russian troops" with the gerund left unattached
            boolean complement = relation.equals("ccomp") || relation.equals("xcomp")
                    || relation.equals("dep") && graph.token(node).partOfSpeech().startsWith("VB");
            if (complement && isDenial(graph, up.governor())) {
                return Optional.of(new Finding(DecisionReason.DENIAL,
                        "in the clause \"" + graph.token(up.governor()).text() + "\" denies"));
            }
            if (relation.equals("amod") && graph.token(node).partOfSpeech().equals("VBG") && deniedGerund(graph, up.governor())) {
                return Optional.of(new Finding(DecisionReason.DENIAL, "a gerund a denial governs"));
            }
            if ((relation.equals("acl") || relation.equals("ccomp")) && isDeniedAccusation(graph, up.governor())) {
                return Optional.of(new Finding(DecisionReason.DENIAL,
                        "the content of the " + graph.token(up.governor()).text() + " a denial rejects"));
            }
            if (!(relation.equals("xcomp") || relation.equals("ccomp") || relation.equals("advcl")
                    || relation.startsWith("conj") && sameClauseConjunct(graph, node, up.governor()))) {
                return Optional.empty();
            }
            node = up.governor();
        }
        return Optional.empty();
    }

    /**
     * Whether a conjunct continues its governor's clause ("had targeted civilians and burned homes", "fired on the
     * boat and killed two"), not the sentence's main verb misattached: a finite verb joined to a predicate of
     * another form ("denied that the fighters were anywhere near the town and accused the army", where the parser
     * hangs "accused" on "town") is the speaker's next act.
     */
    private static boolean sameClauseConjunct(SentenceGraph graph, int conjunct, int governor) {
        String form = graph.token(conjunct).partOfSpeech();
        boolean finite = form.equals("VBD") || form.equals("VBZ") || form.equals("VBP");
        return !finite || form.equals(graph.token(governor).partOfSpeech());
    }

    /** A denial verb of its clause (no value `accusation`), not negated itself ("did not deny that it had struck the convoy" admits it). */
    private boolean isDenial(SentenceGraph graph, int verb) {
        Optional<String> value = denialValue(graph.token(verb));
        return value.isPresent() && !value.get().equals(ACCUSATION_ONLY) && !modality.auxOfVerb(graph, verb).contains(Modality.NEGATION);
    }

    /** "denied hosting French forces" parsed with the gerund as an adjective of the denial's object. */
    private boolean deniedGerund(SentenceGraph graph, int noun) {
        Dependency up = graph.basicHead(noun);
        return up != null && up.governor() >= 0 && up.relation().equals("obj") && isDenial(graph, up.governor());
    }

    /**
     * An accusation noun ({@code characterised-denial}) that is the object of a denial verb: "rejected the suggestion
     * that Brussels was targeting its industry", "denied reports that troops had shelled the village".
     */
    private boolean isDeniedAccusation(SentenceGraph graph, int noun) {
        Token token = graph.token(noun);
        if (!words.containsEither(ListName.CHARACTERISED_DENIAL, token.lemma().toLowerCase(Locale.ROOT), token.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Dependency up = graph.basicHead(noun);
        return up != null && up.governor() >= 0 && up.relation().equals("obj")
                && denialValue(graph.token(up.governor())).isPresent()
                && !modality.auxOfVerb(graph, up.governor()).contains(Modality.NEGATION);
    }

    private Optional<String> denialValue(Token verb) {
        return words.value(ListName.DENIAL_VERB, verb.lemma().toLowerCase(Locale.ROOT))
                .or(() -> words.value(ListName.DENIAL_VERB, verb.text().toLowerCase(Locale.ROOT)));
    }

    /** The subordinator with the two words before it, in lemmas: "as long as", "so long as" (their last "as" is the mark). */
    private static String phraseEndingAt(SentenceGraph graph, int mark) {
        if (mark < 2) {
            return "";
        }
        return (graph.token(mark - 2).lemma() + " " + graph.token(mark - 1).lemma() + " " + graph.token(mark).lemma()).toLowerCase(Locale.ROOT);
    }

    /**
     * The predicate a clause's governor stands for: the parser hangs the clause of "as long as" on the adverb "long"
     * ("would not give up its weapons as long as …": long advmod of give), so an adverb stands for the verb it modifies.
     */
    private static int modifiedPredicate(SentenceGraph graph, int governor) {
        Dependency up = graph.basicHead(governor);
        return up != null && up.governor() >= 0 && up.relation().equals("advmod") ? up.governor() : governor;
    }

    /** A governing clause stated as future or possible ("would continue", "will stay"), or an infinitive ("vowed to keep up"). */
    private boolean notAsserted(SentenceGraph graph, int verb) {
        List<String> aux = modality.auxOfVerb(graph, verb);
        if (aux.contains(Modality.FUTURE) || aux.contains(Modality.HYPOTHETICAL)) {
            return true;
        }
        Dependency up = graph.basicHead(verb);
        return up != null && up.governor() >= 0 && up.relation().equals("xcomp");
    }
}
