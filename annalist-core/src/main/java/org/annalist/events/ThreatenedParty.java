package org.annalist.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annalist.language.Dependency;

/**
 * The party a threat is aimed at when the speaker's own side is the one that would act: "Netanyahu
 * warned that Israel would strike Iran's nuclear sites" threatens Iran, not Israel; "SADC leaders
 * warned that Madagascar could be suspended" threatens Madagascar. The warning's complement source
 * names the subject of the warned clause, which is the threat's target when a third party would
 * act ("warned that Hezbollah would pay") but the actor itself when the speaker would act; then the
 * target is the one the warned act is done to: its passive subject, its object (or the object's
 * owner: "Iran's nuclear sites"), or its against/on/at/to phrase, the first that names a party. Only parties outside the actor's own
 * codes count, so an act on the actor's own side ("would use every peaceful means to secure its
 * access") names no one here and the later rules decide.
 */
final class ThreatenedParty {

    /** The relations by which a warned act names what it is done to. */
    private static final List<String> PATIENT_RELATIONS = List.of("nsubj:pass", "obl:against", "obl:on", "obl:at", "obl:to", "obj");

    /** Through these a patient noun names its owner: "Iran's nuclear sites", "the sites of Iran". */
    private static final List<String> OWNER_RELATIONS = List.of("nmod:poss", "nmod:of");

    private ThreatenedParty() {
    }

    /** The coded parties outside the actor's codes that the trigger's clausal complement acts on; none when it names none. */
    static PartyFinder.Filling of(SentenceGraph graph, TriggerMatch match, PartyFinder.Filling actor, PartyFinder parties) {
        Set<String> own = new HashSet<>();
        actor.parties().forEach(party -> own.add(party.code()));
        for (Dependency clause : graph.dependents(match.head())) {
            if (!clause.relation().equals("ccomp") && !clause.relation().equals("xcomp")) {
                continue;
            }
            for (int patient : patients(graph, clause.dependent())) {
                if (match.words().contains(patient)) {
                    continue;
                }
                // the first patient that names a party: "blows to the United States and Israel" (both)
                List<EventParty> found = parties.codedPartiesOutside(graph, RoleFillers.withConjuncts(graph, patient), own);
                if (!found.isEmpty()) {
                    return new PartyFinder.Filling(found, "threatened act");
                }
            }
        }
        return PartyFinder.Filling.none();
    }

    /** The tokens a clause's act is done to, each patient followed by its owner. */
    private static List<Integer> patients(SentenceGraph graph, int clause) {
        List<Integer> patients = new ArrayList<>();
        for (String relation : PATIENT_RELATIONS) {
            for (int patient : graph.dependentsByRelation(clause, relation)) {
                patients.add(patient);
                patients.addAll(graph.dependentsByRelation(patient, OWNER_RELATIONS.toArray(String[]::new)));
            }
        }
        return patients;
    }
}
