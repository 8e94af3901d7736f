package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * The speaker behind a pronoun or an owned noun in a reported clause: "Iraq said it would allow
 * …", "the rebels said they would meet", "Saudi Arabia said its forces had not …". Agency copy
 * reports most actions through a verb of saying, and the actors stage leaves the pronoun uncoded;
 * the reporting verb's subject is who it stands for. Split out of {@link PartyFinder} so that the
 * climb from a clause to its reporting verb is one piece of code used by the role filler, the
 * domestic-actor rule and {@link ReportedOwner}.
 */
final class ReportingSpeaker {

    /** Pronouns that may stand for the reporting verb's subject ({@link #reportingSubjectParties}). */
    private static final java.util.Set<String> THIRD_PERSON_SUBJECTS = java.util.Set.of("it", "they", "he", "she");

    private final ActorAnalysis actors;
    private final WordLists words;
    private final KindNounReference kindNouns;

    ReportingSpeaker(ActorAnalysis actors, WordLists words, KindNounReference kindNouns) {
        this.actors = actors;
        this.words = words;
        this.kindNouns = kindNouns;
    }

    /**
     * A third-person pronoun that the actors stage left uncoded, as the subject of a clause
     * reported by a verb of saying ("Iraq said it would allow ...", "Syria says it is willing to
     * withdraw", "the rebels said they would meet"): the pronoun is the reporting verb's subject,
     * as it is in nearly every such news sentence. Climbs from the pronoun's clause through
     * xcomp/conj to a ccomp or parataxis of a {@code speech-verb}; empty when there is none or its
     * subject names no coded entity.
     */
    List<EventParty> reportingSubjectParties(SentenceGraph graph, int pronoun) {
        return speakerParties(graph, reportingSubjects(graph, pronoun));
    }

    /** The coded parties the reporting subjects name: each conjoined speaker, or the owner or modifier of a speaker noun. */
    List<EventParty> speakerParties(SentenceGraph graph, List<Integer> reporters) {
        for (int subject : reporters) {
            Token speaker = graph.token(subject);
            Optional<Entity> entity = actors.entityAt(speaker.start());
            if (entity.isPresent() && entity.get().code() != null) {
                // "Germany and the Netherlands said they would send ...": every conjoined speaker
                List<EventParty> speakers = new ArrayList<>();
                for (int member : RoleFillers.withConjuncts(graph, subject)) {
                    Token memberToken = graph.token(member);
                    actors.entityAt(memberToken.start())
                            .filter(other -> other.code() != null && speakers.stream().noneMatch(party -> other.id().equals(party.entity())))
                            .ifPresent(other -> speakers.add(PartyFinder.party(other, memberToken)));
                }
                return speakers;
            }
            for (Dependency arc : graph.dependents(subject)) {
                // "the peacekeeping force KFOR said it …": the name in apposition to the speaker noun
                if (PartyFinder.LOOK_THROUGH.contains(arc.relation()) || arc.relation().equals("appos")) {
                    Token inner = graph.token(arc.dependent());
                    Optional<Entity> owner = actors.entityAt(inner.start());
                    if (owner.isPresent() && owner.get().code() != null) {
                        return List.of(PartyFinder.party(owner.get(), inner));
                    }
                }
            }
            List<EventParty> kind = KindNounReference.asList(kindNouns.of(graph, subject));
            if (!kind.isEmpty()) {
                // "The group said it would keep attacking"
                return kind;
            }
        }
        return List.of();
    }

    /**
     * The non-pronoun subjects of the verb of saying that reports the pronoun's clause ("the
     * president said he would not resign" -> president); empty when the pronoun is not such a
     * subject.
     */
    List<Integer> reportingSubjects(SentenceGraph graph, int pronoun) {
        String form = graph.token(pronoun).text().toLowerCase(java.util.Locale.ROOT);
        if (!THIRD_PERSON_SUBJECTS.contains(form)) {
            return List.of();
        }
        return reportersOfSubject(graph, pronoun);
    }

    /**
     * The non-pronoun subjects of the verb of saying that reports the clause of which the token
     * is the subject ("Saudi Arabia said its forces had not …" for "forces"); empty when none.
     */
    List<Integer> reportersOfSubject(SentenceGraph graph, int pronoun) {
        Dependency subjectArc = graph.basicHead(pronoun);
        if (subjectArc == null || subjectArc.governor() < 0 || !subjectArc.relation().startsWith("nsubj")) {
            return List.of();
        }
        int node = subjectArc.governor();
        for (int depth = 0; depth < 4; depth++) {
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0) {
                return List.of();
            }
            String relation = up.relation();
            Token governor = graph.token(up.governor());
            // "Vietnam's navy said it would hold drills" parsed with "hold" as an open complement of "said":
            // a clause with a subject of its own is reported, whatever the label
            boolean reportedClause = relation.equals("ccomp") || relation.equals("parataxis") || depth == 0 && relation.equals("xcomp");
            if (reportedClause && words.containsEither(ListName.SPEECH_VERB, governor.lemma(), governor.text())) {
                return RoleFillers.subjectsOf(graph, up.governor()).stream().filter(subject -> !graph.token(subject).isPronoun()).toList();
            }
            if (depth == 0 && relation.startsWith("conj") && !words.containsEither(ListName.SPEECH_VERB, governor.lemma(), governor.text())) {
                // "Thailand suspended the truce, and it accused Phnom Penh of …": the pronoun of a
                // conjoined clause is the first clause's subject
                List<Integer> first = RoleFillers.subjectsOf(graph, up.governor()).stream().filter(subject -> !graph.token(subject).isPronoun()).toList();
                if (!first.isEmpty()) {
                    return first;
                }
            }
            if (!(relation.equals("xcomp") || relation.startsWith("conj"))) {
                return List.of();
            }
            node = up.governor();
        }
        return List.of();
    }
}
