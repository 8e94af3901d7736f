package org.annalist.events;

import java.util.List;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * The subject of a participle clause that has none of its own: "Niger's rulers ordered the
 * ambassador to leave, accusing Paris of acting against the country", "the government suspended
 * the transfers, accusing the regional authorities of selling oil", "after meeting the Philippine
 * foreign secretary in Manila". Agency copy closes many sentences with such a clause, and its doer
 * is the subject of the clause it hangs from; the parser attaches it as {@code dep} or
 * {@code advcl} and gives it no subject, so the accusation lost its actor. Only a present
 * participle (VBG) hanging from an active verb qualifies: a participle on a noun ({@code acl},
 * "protesters demanding reforms") names its noun, and the subject of a passive verb is not the
 * doer. And only a verb on the {@code participle-act} list: a closing "accusing …" is an act of its
 * own, while "…, killing two soldiers", "…, vowing to continue" or "…, saying …" mostly restate or
 * frame the main clause's event, which none of the gold sets codes twice. A participle clause placed
 * in time by a subordinator ("after meeting the Philippine foreign secretary", "while visiting
 * Kyiv") is an act of its own whatever its verb.
 */
final class ParticipleSubject {

    private ParticipleSubject() {}

    /** Subordinators that place a participle clause in time ("after meeting the foreign secretary"): its doer is the main clause's. */
    private static final java.util.Set<String> TIME_MARKERS = java.util.Set.of("after", "before", "while", "since", "upon", "when");

    /** "after meeting X", "while visiting Y": an adverbial participle clause with a time subordinator. */
    private static boolean isTimedClause(SentenceGraph graph, int verb) {
        Dependency up = graph.basicHead(verb);
        if (up != null && up.governor() >= 0 && TIME_MARKERS.contains(graph.token(up.governor()).text().toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        return up != null && up.relation().startsWith("advcl") && graph.basicDependents(verb).stream()
                .anyMatch(arc -> arc.relation().equals("mark")
                        && TIME_MARKERS.contains(graph.token(arc.dependent()).text().toLowerCase(java.util.Locale.ROOT)));
    }

    /** The subjects of the clause the participle hangs from, or empty when the verb is not such a participle. */
    static List<Integer> of(SentenceGraph graph, int verb, WordLists words) {
        Token participle = graph.token(verb);
        if (!participle.partOfSpeech().equals("VBG")) {
            return List.of();
        }
        List<Integer> authors = documentAuthors(graph, verb, words);
        if (!authors.isEmpty()) {
            return authors;
        }
        if (!words.containsEither(ListName.PARTICIPLE_ACT, participle.lemma(), participle.text()) && !isTimedClause(graph, verb)) {
            return List.of();
        }
        Dependency up = graph.basicHead(verb);
        int object = SentenceGraph.objectReadAsModified(graph, verb);
        if (up != null && up.governor() >= 0 && TIME_MARKERS.contains(graph.token(up.governor()).text().toLowerCase(java.util.Locale.ROOT))) {
            // "announced the pledge after meeting X" parsed with "meeting" under "after", "after" under the verb
            up = graph.basicHead(up.governor());
            if (up == null || up.governor() < 0) {
                return List.of();
            }
        } else if (object >= 0) {
            // "…, accusing Copenhagen of meddling" parsed as an adjective of "Copenhagen", the main verb's object
            up = graph.basicHead(object);
        } else if (isClosingNounModifier(graph, verb, up)) {
            // "demanded the release of fishermen detained by the navy, accusing Caracas of …" with
            // "accusing" hung on "navy": the clause it closes is the one that holds the noun
            int host = clauseVerbAbove(graph, up.governor());
            return host < 0 || host > verb || graph.isPassive(host) ? List.of() : RoleFillers.subjectsOf(graph, host);
        } else if (up == null || up.governor() < 0 || !(up.relation().equals("dep") || up.relation().startsWith("advcl"))) {
            return List.of();
        }
        int governor = up.governor();
        if (!graph.token(governor).isVerb() || graph.isPassive(governor)) {
            return List.of();
        }
        // "Marchenko said, thanking Berlin": the parser may make the participle's object a second subject
        return RoleFillers.subjectsOf(graph, governor).stream().filter(subject -> subject != object).toList();
    }

    /**
     * A participle right after a comma that the parser hung as a clause on the noun before the comma
     * ({@code acl}): a closing clause of the sentence, not a description of that noun.
     */
    private static boolean isClosingNounModifier(SentenceGraph graph, int verb, Dependency up) {
        return up != null && up.governor() >= 0 && up.governor() < verb && up.relation().equals("acl")
                && verb > 0 && graph.token(verb - 1).text().equals(",") && graph.token(up.governor()).isNoun();
    }

    /**
     * The verb of the clause that holds a noun: climbing through nouns and through the verbs of
     * clauses that only describe a noun (reduced relatives, "fishermen detained by the navy"), at most
     * six steps; -1 when there is none.
     */
    private static int clauseVerbAbove(SentenceGraph graph, int noun) {
        int node = noun;
        for (int depth = 0; depth < 6; depth++) {
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0) {
                return -1;
            }
            node = up.governor();
            Dependency above = graph.basicHead(node);
            boolean describesNoun = above != null && above.relation().startsWith("acl");
            if (graph.token(node).isVerb() && !describesNoun) {
                return node;
            }
        }
        return -1;
    }

    /**
     * "issued a joint statement calling on all sides to show restraint", "released a letter urging the
     * government to act": a participle on a document noun (word-lists.tsv document-noun) that is the
     * object of an active verb says what the document's authors do, and they are that verb's subjects.
     */
    private static List<Integer> documentAuthors(SentenceGraph graph, int verb, WordLists words) {
        Dependency up = graph.basicHead(verb);
        if (up == null || up.governor() < 0 || !up.relation().equals("acl")) {
            return List.of();
        }
        Token document = graph.token(up.governor());
        if (!words.containsEither(ListName.DOCUMENT_NOUN, document.lemma(), document.text())) {
            return List.of();
        }
        Dependency documentUp = graph.basicHead(up.governor());
        if (documentUp == null || documentUp.governor() < 0 || !documentUp.relation().equals("obj")
                || !graph.token(documentUp.governor()).isVerb() || graph.isPassive(documentUp.governor())) {
            return List.of();
        }
        return RoleFillers.subjectsOf(graph, documentUp.governor());
    }
}
