package org.annalist.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.RoleSource;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Token;

/**
 * The actor of an event named only by a kind of group that news coders give a code of its own
 * rather than the country the event happens in: "rights groups welcomed the decision" (NGO, not
 * the country of the court's seat), "jihadists killed 14 soldiers" in a story that names JNIM
 * (the armed group the article names, IMG, not the country attacked). The kinds and their codes
 * are data (word-lists.tsv {@code unnamed-group-code}): a row's value is a code, or
 * {@value #NAMED_ARMED_GROUP} for the code of the armed groups (sector REB or CRM) the article
 * names, when all of them share one code. Asked before the home-country convention of
 * {@link DomesticParties#domesticActor}, which would otherwise give such a group the country of
 * the sentence.
 */
final class UnnamedGroupActor {

    /** The value of a row whose code is that of the armed group the article names. */
    static final String NAMED_ARMED_GROUP = "named-armed-group";

    /** Sectors of armed non-state groups, whose named bodies an unnamed armed-group noun refers to. */
    private static final Set<String> ARMED_SECTORS = Set.of("REB", "CRM");

    /** The dependents that qualify a group noun into a kind: "rights groups", "human rights groups", "aid agencies". */
    private static final Set<String> QUALIFIERS = Set.of("compound", "amod");

    private final ActorAnalysis actors;
    private final WordLists words;
    private final RoleFillers roles;

    UnnamedGroupActor(ActorAnalysis actors, WordLists words, RoleFillers roles) {
        this.actors = actors;
        this.words = words;
        this.roles = roles;
    }

    /** The coded group the match's actor sources point at, or none when they name no listed kind without a code. */
    PartyFinder.Filling actor(SentenceGraph graph, TriggerMatch match) {
        for (RoleSource source : match.pattern().actor()) {
            for (int filler : roles.fillers(graph, match, source)) {
                for (int member : RoleFillers.withConjuncts(graph, filler)) {
                    Optional<EventParty> party = party(graph, member);
                    if (party.isPresent()) {
                        return new PartyFinder.Filling(List.of(party.get()), "unnamed group " + source);
                    }
                }
            }
        }
        return PartyFinder.Filling.none();
    }

    /**
     * The coded group the match's recipient sources point at: "its troops killed 23 insurgents" in a
     * story naming an Islamic State affiliate is aimed at that group (IMG), not at the country the
     * fight is in (the domestic fallback, which this comes before). Only kinds of armed group
     * ({@value #NAMED_ARMED_GROUP} rows) and only when the actor is not that group itself.
     */
    PartyFinder.Filling recipient(SentenceGraph graph, TriggerMatch match, PartyFinder.Filling actor) {
        for (RoleSource source : match.pattern().recipient()) {
            List<Integer> tokens = new ArrayList<>(roles.fillers(graph, match, source));
            if (source.kind() == RoleSource.Kind.OBJECT) {
                tokens.addAll(match.objects());
            }
            for (int filler : tokens) {
                for (int member : RoleFillers.withConjuncts(graph, filler)) {
                    Optional<EventParty> party = party(graph, member, true)
                            .filter(found -> actor.parties().stream().noneMatch(own -> found.code().equals(own.code())));
                    if (party.isPresent()) {
                        return new PartyFinder.Filling(List.of(party.get()), "unnamed armed group " + source);
                    }
                }
            }
        }
        return PartyFinder.Filling.none();
    }

    private Optional<EventParty> party(SentenceGraph graph, int index) {
        return party(graph, index, false);
    }

    private Optional<EventParty> party(SentenceGraph graph, int index, boolean armedOnly) {
        Token word = graph.token(index);
        if (!word.isNoun()) {
            return Optional.empty();
        }
        Optional<Entity> entity = actors.entityAt(word.start());
        if (entity.isPresent() && (entity.get().code() != null || "PERSON".equals(entity.get().type()))) {
            return Optional.empty();
        }
        for (String kind : kinds(graph, index)) {
            Optional<String> value = words.value(ListName.UNNAMED_GROUP_CODE, kind);
            if (value.isEmpty() || armedOnly && !value.get().equals(NAMED_ARMED_GROUP)) {
                continue;
            }
            String code = value.get().equals(NAMED_ARMED_GROUP) ? namedArmedGroupCode().orElse(null) : value.get();
            if (code == null) {
                return Optional.empty();
            }
            Span span = new Span(word.start(), word.end(), word.text());
            return Optional.of(new EventParty(entity.map(Entity::id).orElse(null), entity.map(Entity::name).orElse(word.text()), code,
                    entity.map(Entity::sector).orElse(null), span));
        }
        return Optional.empty();
    }

    /**
     * The kinds a group noun can be read as, longest first: its lemma with the qualifying words
     * right before it ("human rights group", "rights group"), then the lemma alone.
     */
    private static List<String> kinds(SentenceGraph graph, int head) {
        List<Integer> qualifiers = new ArrayList<>();
        int next = head - 1;
        while (next >= 0 && isQualifier(graph, head, next)) {
            qualifiers.add(0, next);
            next--;
        }
        List<String> kinds = new ArrayList<>();
        // the lemma, and the word as written: a capitalised plural opening a sentence ("Jihadists killed …")
        // is tagged a proper noun and keeps its plural as its lemma
        for (String headWord : new LinkedHashSet<>(List.of(graph.token(head).lemma().toLowerCase(Locale.ROOT),
                graph.token(head).text().toLowerCase(Locale.ROOT)))) {
            for (int first = 0; first < qualifiers.size(); first++) {
                StringBuilder kind = new StringBuilder();
                for (int position = first; position < qualifiers.size(); position++) {
                    kind.append(graph.token(qualifiers.get(position)).text().toLowerCase(Locale.ROOT)).append(' ');
                }
                kinds.add(kind.append(headWord).toString());
            }
            kinds.add(headWord);
        }
        return kinds;
    }

    private static boolean isQualifier(SentenceGraph graph, int head, int candidate) {
        return graph.sentence().dependentArcs(head).stream()
                .anyMatch(arc -> arc.dependent() == candidate && QUALIFIERS.contains(arc.relation()))
                || graph.sentence().dependentArcs(candidate + 1).stream()
                        .anyMatch(arc -> arc.dependent() == candidate && arc.relation().equals("compound") && candidate + 1 < head);
    }

    /** The one code of the armed groups the article names ("JNIM", "Islamic State"), if they share one. */
    private Optional<String> namedArmedGroupCode() {
        List<String> codes = actors.entities().stream()
                .filter(entity -> entity.code() != null && entity.sector() != null && ARMED_SECTORS.contains(entity.sector()) && !"PERSON".equals(entity.type())
                        && !"GROUP".equals(entity.type()))
                .map(Entity::code).distinct().toList();
        return codes.size() == 1 ? Optional.of(codes.get(0)) : Optional.empty();
    }
}
