package org.annalist.events;

import java.util.List;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.RoleSource;
import org.annalist.events.patterns.TriggerKind;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;

/**
 * Mends a frequent parser error of agency copy: in "Nepal's foreign ministry said the map violated
 * the understanding and asked India to withdraw it" or "the fishermen's association said Kuwaiti
 * patrols had fired warning shots and called on Baghdad to protect its fishermen" the parser joins
 * the second verb of the speaker ("asked", "called") to the reported verb instead of to "said", so
 * it shares the reported clause's subject (the map, the patrols). When such a joined verb codes a
 * verbal act a speaker performs in the same breath ({@code speaker-act} in word-lists.tsv: demands,
 * accusations, warnings, offers) and its own subject names no coded actor, the speaker is the
 * actor. Material acts are left alone: in "police said gunmen stormed the village and killed 12"
 * the killers are not the police.
 */
final class CoordinatedSpeechAct {

    private static final List<RoleSource> SPEAKER = List.of(RoleSource.parse("speaker"));

    /**
     * How many clauses deep the misjoined verb may sit under the verb of saying: the parser also
     * joins it to a verb two clauses down ("said it had taken measures against vessels that
     * intruded, and accused Manila of ...", "said countries had no right to interfere and warned
     * Manila ...").
     */
    private static final int MAX_REPORTED_CLAUSES = 3;

    private CoordinatedSpeechAct() {}

    /** The speaker as the act's actor, or no party when the match is not in that shape. */
    static PartyFinder.Filling actor(SentenceGraph graph, TriggerMatch match, WordLists words, PartyFinder parties) {
        if (match.pattern().kind() != TriggerKind.VERB || words.value(ListName.SPEAKER_ACT, match.pattern().event()).isEmpty()) {
            return PartyFinder.Filling.none();
        }
        int verb = match.head();
        Dependency up = graph.basicHead(verb);
        if (up == null || up.governor() < 0 || !up.relation().startsWith("conj") || up.governor() > verb
                || graph.basicDependents(verb).stream().anyMatch(arc -> arc.relation().startsWith("nsubj") || arc.relation().equals("aux:pass"))) {
            // not joined to an earlier verb, a subject of its own ("and that its fighters had defended ..."), or a
            // passive of its own ("and the people were never asked"); the basic tree, since the enhanced one lends
            // the conjunct the reported clause's subject
            return PartyFinder.Filling.none();
        }
        if (!reportedBefore(graph, up.governor(), words)) {
            return PartyFinder.Filling.none();
        }
        return parties.fill(graph, match, SPEAKER);
    }

    /**
     * Whether the verb (or the first verb of its coordination, or the predicate it completes: "said it
     * had been unable to reach ...") is the clause a verb of saying before it reports ("said [that] the
     * map violated ..."), directly or through clauses it reports in turn; "..., both militaries said"
     * after the clause reports both verbs alike and is no sign of a misjoined one.
     */
    private static boolean reportedBefore(SentenceGraph graph, int verb, WordLists words) {
        int node = verb;
        for (int clause = 0; clause < MAX_REPORTED_CLAUSES; clause++) {
            Dependency up = graph.basicHead(node);
            while (up != null && up.governor() >= 0 && (up.relation().startsWith("conj") || up.relation().equals("xcomp"))) {
                node = up.governor();
                up = graph.basicHead(node);
            }
            if (up == null || up.governor() < 0 || up.governor() > node || !up.relation().equals("ccomp")) {
                return false;
            }
            if (words.containsEither(ListName.SPEECH_VERB, graph.token(up.governor()).lemma(), graph.token(up.governor()).text())) {
                return true;
            }
            node = up.governor();
        }
        return false;
    }
}
