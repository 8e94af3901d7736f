package org.annalist.events;

import java.util.List;
import java.util.Set;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.TriggerKind;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * The doer of an agentless passive that a party reports about its own acts: "Zakharova said the
 * Swedish ambassador would be summoned", "Bessent said sanctions would be imposed if the talks
 * failed", "the prime minister said the vessel would be released once its owner paid", "the foreign
 * ministry confirmed that the priest would be given refuge". A government announcing what will be
 * done leaves itself out of its own sentence; the reader takes the announcer's side as the doer.
 * Only for acts announced to come ("would be", "will be"): a past passive ("missiles were
 * launched", "an agreement had been reached") reports a fact whose doer the text does not know.
 * Only for acts a speaker announces on its own side's behalf: not for violence ("Indian soldiers
 * were killed", reported by the victims' side) nor the acts the {@code reported-passive-excluded}
 * word list names; and only when the passive is the reported clause itself (not a reduced relative
 * or a complement), so "prisoners held by the army" and "refused to be questioned" stay as they were.
 */
final class ReportedPassive {

    private ReportedPassive() {}

    /** The reporting verb's coded subject as the passive's actor, or none. */
    static PartyFinder.Filling actor(SentenceGraph graph, TriggerMatch match, WordLists words, ReportingSpeaker speakers, PartyFinder finder) {
        int verb = match.head();
        if (match.pattern().kind() != TriggerKind.VERB || !graph.isPassive(verb)
                || !graph.dependentsByRelation(verb, "obl:agent", "obl:by").isEmpty()
                || words.contains(ListName.REPORTED_PASSIVE_EXCLUDED, match.pattern().event())) {
            return PartyFinder.Filling.none();
        }
        if (!announced(graph, verb, words)) {
            return PartyFinder.Filling.none();
        }
        List<Integer> reporters = reporters(graph, verb, words);
        if (reporters.isEmpty()) {
            return PartyFinder.Filling.none();
        }
        List<EventParty> parties = speakers.speakerParties(graph, reporters);
        if (patientIsReporter(graph, verb, parties, finder)) {
            // "Rutte said the alliance would not be intimidated": the reporter's side is the one acted on
            return PartyFinder.Filling.none();
        }
        return parties.isEmpty() ? PartyFinder.Filling.none()
                : new PartyFinder.Filling(parties, "the reporting speaker's side (agentless passive it reports)");
    }

    /**
     * Whether the passive's subject is the reporter's own side ("Rutte said the alliance would not be
     * intimidated", "said it would not be drawn into the war"): a pronoun, or a noun naming one of the
     * reporter's codes.
     */
    private static boolean patientIsReporter(SentenceGraph graph, int verb, List<EventParty> reporters, PartyFinder finder) {
        Set<String> codes = new java.util.HashSet<>();
        reporters.stream().map(EventParty::code).filter(java.util.Objects::nonNull).forEach(codes::add);
        for (int patient : graph.dependentsByRelation(verb, "nsubj:pass")) {
            if (graph.token(patient).isPronoun()
                    || finder.partiesFor(graph, patient, false).stream().anyMatch(party -> codes.contains(party.code()))) {
                return true;
            }
        }
        return false;
    }

    /** Modals of an announced act: "would be summoned", "will be released", "could be lifted". */
    /**
     * Whether the passive announces an act to come ("would be summoned", "will be released"): a
     * report of a past act ("missiles were launched", "an agreement had been reached") leaves its doer
     * unknown, while a party announcing what will be done speaks for the side that will do it.
     */
    private static boolean announced(SentenceGraph graph, int verb, WordLists words) {
        return graph.basicDependents(verb).stream().anyMatch(arc -> arc.relation().equals("aux")
                && Modality.isFutureOrReportedFuture(words, graph.token(arc.dependent())));
    }

    /**
     * The non-pronoun subjects of the verb of saying whose reported clause the passive is: climbing
     * through conjoined clauses to a {@code ccomp} or {@code parataxis} of a speech verb ("said the
     * talks had been difficult and would be resumed"), or a speech verb hung on the passive itself
     * ("The men are accused of …, the prosecutor's office said").
     */
    private static List<Integer> reporters(SentenceGraph graph, int verb, WordLists words) {
        for (Dependency arc : graph.basicDependents(verb)) {
            Token dependent = graph.token(arc.dependent());
            if ((arc.relation().equals("parataxis") || arc.relation().equals("ccomp") && arc.dependent() > verb)
                    && words.containsEither(ListName.SPEECH_VERB, dependent.lemma(), dependent.text())) {
                return nonPronouns(graph, RoleFillers.subjectsOf(graph, arc.dependent()));
            }
        }
        int node = verb;
        for (int depth = 0; depth < 3; depth++) {
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0) {
                return List.of();
            }
            Token governor = graph.token(up.governor());
            if ((up.relation().equals("ccomp") || up.relation().equals("parataxis"))
                    && words.containsEither(ListName.SPEECH_VERB, governor.lemma(), governor.text())) {
                return nonPronouns(graph, RoleFillers.subjectsOf(graph, up.governor()));
            }
            if (!up.relation().startsWith("conj")) {
                return List.of();
            }
            node = up.governor();
        }
        return List.of();
    }

    private static List<Integer> nonPronouns(SentenceGraph graph, List<Integer> subjects) {
        return subjects.stream().filter(subject -> !graph.token(subject).isPronoun()).toList();
    }
}
