package org.annalist.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.actors.ActorAnalysis;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.TriggerKind;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * Recipients found outside the pattern's own role sources: a coded entity in the trigger's
 * objects or directed phrases (or one level down inside them), and the subject of a threat's
 * condition ("threatened … if the United States goes ahead"). Patterns list the usual places
 * of a recipient; news copy names it in many more, and this class is the one ordered search
 * through them, asked by {@link DependencyEventCoder} only when the role sources found nobody.
 */
final class PhraseRecipient {

    /**
     * Where a recipient is looked for when the pattern's own sources name none: the trigger's
     * objects and its directed prepositional phrases ("delivered ... to Ukraine", "an attack on
     * Kyiv")...
     */
    private static final List<String> TRIGGER_PHRASES = List.of("obj", "iobj", "obl:to", "obl:against", "obl:at", "obl:on",
            "obl:with", "obl:toward", "obl:towards", "obl:into", "nmod:to", "nmod:against", "nmod:on", "nmod:with", "nmod:by",
            "nmod:from", "nmod:of", "nmod:poss", "amod", "compound");

    /**
     * ... and one level down, the owner or author inside those phrases: "rejected an Egyptian
     * proposal", "demanded an admission by Moscow", "support from the Assembly", "accused
     * militias in Syria", "welcomed the decision of Washington".
     */
    private static final List<String> INNER_PHRASES = List.of("nmod:poss", "amod", "compound", "nmod:of", "nmod:by",
            "nmod:from", "nmod:to", "nmod:against", "nmod:with", "nmod:on", "nmod:for", "nmod:in", "nmod:at");

    private final ActorAnalysis actors;
    private final WordLists words;
    private final PartyFinder finder;

    PhraseRecipient(ActorAnalysis actors, WordLists words, PartyFinder parties) {
        this.actors = actors;
        this.words = words;
        this.finder = parties;
    }

    /**
     * The recipient when the pattern's sources found no coded one: a coded entity in the
     * trigger's objects or directed phrases, or one level down inside them (see
     * {@link #TRIGGER_PHRASES}, {@link #INNER_PHRASES}); never one of the actor's entities. Nearer
     * phrases win over deeper ones; at the same depth, the earlier in the sentence.
     */
    PartyFinder.Filling phraseRecipient(SentenceGraph graph, TriggerMatch match, PartyFinder.Filling actor) {
        java.util.Set<String> excluded = new java.util.HashSet<>();
        for (EventParty party : actor.parties()) {
            if (party.entity() != null) {
                excluded.add(party.entity());
            }
        }
        List<Integer> level = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        roots.add(match.head());
        roots.addAll(match.objects());
        if (match.pattern().absorbsComplement()) {
            // a frame's target may be named in its complement: "refused to allow UN planes to land"
            for (int index = 0; index < roots.size() && index < 4; index++) {
                for (Dependency arc : graph.basicDependents(roots.get(index))) {
                    if (arc.relation().equals("xcomp") && graph.token(arc.dependent()).isVerb() && !roots.contains(arc.dependent())) {
                        roots.add(arc.dependent());
                    }
                }
            }
        }
        for (int root : roots) {
            for (Dependency arc : graph.dependents(root)) {
                if (TRIGGER_PHRASES.contains(arc.relation()) && !(root == match.head() && isNounModifierOfOwnTrigger(match, arc))
                        && !(root != match.head() && arc.relation().startsWith("nsubj"))
                        && !PressRecipient.isInterviewer(arc.relation(), actors.entityAt(graph.token(arc.dependent()).start()))) {
                    level.add(arc.dependent());
                }
            }
            if (root == match.head() && graph.isPassive(root)) {
                level.addAll(graph.dependentsByRelation(root, "nsubj:pass"));
            }
            if (root == match.head() && match.pattern().kind() == TriggerKind.VERB) {
                level.addAll(graph.displacedObjects(root));
                level.addAll(countryOfUnnamedObject(graph, root));
            }
        }
        for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
            level = level.stream().distinct().sorted().toList();
            Map<String, EventParty> byEntity = new LinkedHashMap<>();
            for (int token : level) {
                if (match.words().contains(token)) {
                    continue;
                }
                for (int member : RoleFillers.withConjuncts(graph, token)) {
                    Token word = graph.token(member);
                    actors.entityAt(word.start())
                            .filter(entity -> entity.code() != null && !excluded.contains(entity.id()))
                            .ifPresent(entity -> byEntity.putIfAbsent(entity.id(), PartyFinder.party(entity, word)));
                }
            }
            if (!byEntity.isEmpty()) {
                return new PartyFinder.Filling(new ArrayList<>(byEntity.values()), depth == 0 ? "phrase" : "inner phrase");
            }
            List<Integer> next = new ArrayList<>();
            for (int token : level) {
                next.addAll(OwnerParticiple.holders(graph, token, words));
                for (Dependency arc : graph.dependents(token)) {
                    if (INNER_PHRASES.contains(arc.relation()) && !isVenue(graph, token, arc)) {
                        next.add(arc.dependent());
                    }
                    // "a version proposed by Japan", "a deal brokered by Qatar": the author in a participle's by-phrase
                    if (arc.baseRelation().equals("acl") && graph.token(arc.dependent()).partOfSpeech().equals("VBN")) {
                        next.addAll(graph.dependentsByRelation(arc.dependent(), "obl:by", "obl:agent"));
                    }
                }
            }
            level = next;
        }
        return PartyFinder.Filling.none();
    }

    /**
     * "accused pro-Iranian militias in southern Syria", "bombed positions in Syria": the parser
     * hangs the country off the verb rather than off the object, but the people or things the
     * object names without an entity of their own are the country's. The "in" phrase of a verb
     * whose objects name no coded entity, when it names a country (not a town or region, which say
     * where it happened).
     */
    private List<Integer> countryOfUnnamedObject(SentenceGraph graph, int verb) {
        List<Integer> objects = graph.dependentsByRelation(verb, "obj");
        // "accused rebel fighters in Libya": an object the actors stage knows only as a kind of group,
        // with no code, is as unnamed as one it does not know
        if (objects.isEmpty() || objects.stream().anyMatch(object -> actors.entityAt(graph.token(object).start())
                .filter(entity -> entity.code() != null).isPresent())) {
            return List.of();
        }
        return graph.dependentsByRelation(verb, "obl:in").stream()
                .filter(place -> actors.entityAt(graph.token(place).start())
                        .filter(entity -> "COUNTRY".equals(entity.type()) && ReciprocalReference.isCountryCode(entity.code()))
                        .isPresent())
                .toList();
    }

    /**
     * The party a threat is made to: the subject of its condition ("threatened to stop the talks
     * if the United States goes ahead", "threatened an offensive unless Baghdad accepted"), a
     * clause with a {@code condition-marker} under the trigger or its complements. The actor's
     * own entities are not taken.
     */
    PartyFinder.Filling conditionRecipient(SentenceGraph graph, TriggerMatch match, PartyFinder.Filling actor) {
        java.util.Set<String> own = new java.util.HashSet<>();
        actor.parties().forEach(party -> own.add(party.code()));
        for (List<Integer> members : conditionSubjects(graph, match)) {
            // "if Washington and Seoul make even the slightest provocation": both are warned
            List<EventParty> parties = finder.codedPartiesOutside(graph, members, own);
            if (!parties.isEmpty()) {
                return new PartyFinder.Filling(parties, "condition");
            }
        }
        return PartyFinder.Filling.none();
    }

    /**
     * The subjects of the conditions set on the trigger or its complements ("… if the exercises
     * continued", "unless Baghdad accepted"), each with its conjuncts, nearest clause first.
     */
    List<List<Integer>> conditionSubjects(SentenceGraph graph, TriggerMatch match) {
        List<Integer> clauses = new ArrayList<>();
        clauses.add(match.head());
        for (int index = 0; index < clauses.size() && index < 8; index++) {
            for (Dependency arc : graph.basicDependents(clauses.get(index))) {
                if (arc.relation().equals("xcomp") || arc.relation().equals("ccomp")) {
                    clauses.add(arc.dependent());
                }
            }
        }
        List<List<Integer>> subjects = new ArrayList<>();
        for (int clause : clauses) {
            for (Dependency arc : graph.basicDependents(clause)) {
                if (!arc.relation().startsWith("advcl") || !isCondition(graph, arc.dependent())) {
                    continue;
                }
                for (int subject : RoleFillers.subjectsOf(graph, arc.dependent())) {
                    subjects.add(RoleFillers.withConjuncts(graph, subject));
                }
            }
        }
        return subjects;
    }

    private boolean isCondition(SentenceGraph graph, int clause) {
        for (Dependency arc : graph.basicDependents(clause)) {
            if (arc.relation().equals("mark")) {
                Token mark = graph.token(arc.dependent());
                if (words.contains(ListName.CONDITION_MARKER, mark.lemma()) && !mark.lemma().equalsIgnoreCase("whether")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the phrase names where a gathering is held: a place in the "in" or "at" phrase of a
     * {@code venue-noun} ("at a conference in Luxembourg", "host talks in Addis Ababa"). A country
     * named so is the host of the gathering, not a party to the act done there; it is a recipient
     * only when the act itself names it ("signed a deal with Luxembourg").
     */
    private boolean isVenue(SentenceGraph graph, int noun, Dependency arc) {
        return isVenuePhrase(words, graph.token(noun), arc);
    }

    /** Whether the arc is the "in" or "at" phrase of a {@code venue-noun}: where the gathering is held. */
    static boolean isVenuePhrase(WordLists words, Token noun, Dependency arc) {
        return (arc.relation().equals("nmod:in") || arc.relation().equals("nmod:at")) && words.contains(ListName.VENUE_NOUN, noun.lemma());
    }

    /** A noun trigger's own modifiers name its actor ("Russian strikes"), not its recipient. */
    private static boolean isNounModifierOfOwnTrigger(TriggerMatch match, Dependency arc) {
        return match.pattern().kind() == TriggerKind.NOUN
                && (arc.relation().equals("amod") || arc.relation().equals("compound") || arc.relation().equals("nmod:poss"));
    }
}
