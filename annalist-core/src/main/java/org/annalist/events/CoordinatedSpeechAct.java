package org.annalist.events;

import java.util.List;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.RoleSource;
import org.annalist.events.patterns.TriggerKind;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.quotes.ReporterConjunct;

/**
 * Mends a frequent parser error of agency copy: in "Nepal's foreign ministry said the map violated
 * the understanding and asked India to withdraw it" or "the fishermen's association said Kuwaiti
 * patrols had fired warning shots and called on Baghdad to protect its fishermen" the parser joins
 * the second verb of the speaker ("asked", "called") to the reported verb instead of to "said", so
 * it shares the reported clause's subject (the map, the patrols). The speaker is put in the
 * actor's place in two readings, the one owner of this repair on the events side:
 * <ul>
 *   <li>the shared subject is coded ("Beijing said the vessel had entered its waters and demanded
 *       that Manila withdraw it"): the speaker still acts when {@link ReporterConjunct}, which the
 *       quotes stage asks too, reads the verb as the reporter's own act;</li>
 *   <li>it names no coded actor: the speaker acts when the joined verb codes a verbal act a speaker
 *       performs in the same breath ({@code speaker-act} in word-lists.tsv: demands, accusations,
 *       warnings, offers) and the verb it is joined to is reported by a verb of saying before it.</li>
 * </ul>
 * Material acts are left alone: in "police said gunmen stormed the village and killed 12" the
 * killers are not the police. The two readings are not one test: the second also takes a reported
 * clause in the narrator's plain past ("said the map violated … and asked"), which the first
 * refuses, and the first takes any speech verb, which the second limits to speaker-act types.
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

    private final WordLists words;
    private final ReporterConjunct reporterConjuncts;

    CoordinatedSpeechAct(WordLists words, ReporterConjunct reporterConjuncts) {
        this.words = words;
        this.reporterConjuncts = reporterConjuncts;
    }

    /** The actor the roles found, or the speaker in its place when the match is the speaker's act misjoined to what it reports. */
    PartyFinder.Filling actor(SentenceGraph graph, TriggerMatch match, PartyFinder.Filling actor, PartyFinder parties) {
        if (actor.anyCoded() && isReporterConjunct(graph, match)) {
            PartyFinder.Filling speaker = parties.fill(graph, match, SPEAKER);
            if (speaker.anyCoded()) {
                return speaker;
            }
        }
        if (!actor.anyCoded()) {
            PartyFinder.Filling speaker = speakerOfJoinedSpeakerAct(graph, match, parties);
            if (speaker.anyCoded()) {
                return speaker;
            }
        }
        return actor;
    }

    /** A verb trigger whose actor is its subject and which {@link ReporterConjunct} reads as the reporter's own act. */
    private boolean isReporterConjunct(SentenceGraph graph, TriggerMatch match) {
        return match.pattern().kind() == TriggerKind.VERB
                && match.pattern().actor().stream().anyMatch(source -> source.kind() == RoleSource.Kind.SUBJECT)
                && reporterConjuncts.reporterOf(graph.sentence(), match.head()).isPresent();
    }

    /** The speaker as the act's actor, or no party when the match is not a speaker-act type joined to a reported clause. */
    private PartyFinder.Filling speakerOfJoinedSpeakerAct(SentenceGraph graph, TriggerMatch match, PartyFinder parties) {
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
        if (!reportedBefore(graph, up.governor())) {
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
    private boolean reportedBefore(SentenceGraph graph, int verb) {
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
