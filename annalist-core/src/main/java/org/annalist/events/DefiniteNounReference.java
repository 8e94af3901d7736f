package org.annalist.events;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.events.patterns.RoleSource;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * The party behind a thing or group named again with "the": "a World Food Programme convoy …
 * the RSF attacked the convoy", "European Union observers said … Dhaka thanked the observers",
 * "the International Monetary Fund approved … Caputo thanked the Fund". News copy names a party's
 * convoy, mission or body once with its owner and then by its bare noun; an act aimed at it is
 * aimed at that owner, not at the country the sentence happens in (the domestic fallback, which
 * this rule comes before). The definite noun, with no modifier of its own naming a party, stands
 * for the nearest earlier use of the same noun (this sentence or up to {@value #SENTENCES_BACK}
 * before) whose modifiers name a coded party ("a WFP convoy", "EU observers", "observers from the
 * bloc"), or for a coded entity whose name ends in that noun ("the Fund"). A party of the actor's
 * own country is not taken: "the army" after "the Sudanese army" is no one's target but its own.
 */
final class DefiniteNounReference {

    /** The source named for a recipient found so. */
    static final String SOURCE = "the noun named earlier with its owner";

    private static final int SENTENCES_BACK = 4;

    private static final Set<String> DEFINITE = Set.of("the", "this", "these", "those");

    /** How a noun names its owner: "a WFP convoy", "Turkish observers", "the bloc's observers", "observers from the EU". */
    private static final Set<String> OWNER_RELATIONS = Set.of("amod", "compound", "nmod:poss", "nmod:from", "nmod:of");

    private final List<Sentence> sentences;
    private final ActorAnalysis actors;
    private final RoleFillers roles;

    DefiniteNounReference(List<Sentence> sentences, ActorAnalysis actors, RoleFillers roles) {
        this.sentences = List.copyOf(sentences);
        this.actors = actors;
        this.roles = roles;
    }

    /** The recipient when the role points at a definite noun that names its owner earlier; none otherwise. */
    PartyFinder.Filling recipient(SentenceGraph graph, TriggerMatch match, PartyFinder.Filling actor) {
        Set<String> own = new HashSet<>();
        actor.parties().forEach(party -> own.add(party.code()));
        for (RoleSource source : match.pattern().recipient()) {
            for (int token : roles.fillers(graph, match, source)) {
                for (int member : RoleFillers.withConjuncts(graph, token)) {
                    Optional<EventParty> party = of(graph, member).filter(found -> !own.contains(found.code()));
                    if (party.isPresent()) {
                        return new PartyFinder.Filling(List.of(party.get()), SOURCE);
                    }
                }
            }
        }
        return PartyFinder.Filling.none();
    }

    /** The party the definite noun refers back to, with the noun's span. */
    Optional<EventParty> of(SentenceGraph graph, int tokenIndex) {
        Token token = graph.token(tokenIndex);
        if (!token.isNoun() || actors.entityAt(token.start()).isPresent() || !isDefiniteAndBare(graph, tokenIndex)) {
            return Optional.empty();
        }
        String lemma = lemma(token);
        Span span = new Span(token.start(), token.end(), token.text());
        return EarlierWords.nearest(sentences, graph, tokenIndex, SENTENCES_BACK, (earlier, candidate) -> {
            Token word = earlier.token(candidate);
            if (!word.isNoun() || !lemma(word).equals(lemma)) {
                return Optional.<Entity>empty();
            }
            Optional<Entity> owner = named(word);
            return owner.isPresent() ? owner : ownerOf(earlier, candidate);
        }).map(entity -> new EventParty(entity.id(), entity.name(), entity.code(), entity.sector(), span));
    }

    /** "the convoy", "these observers", with no modifier of its own naming anyone ("the Chadian convoy" names its own). */
    private static boolean isDefiniteAndBare(SentenceGraph graph, int tokenIndex) {
        boolean definite = false;
        for (Dependency arc : graph.basicDependents(tokenIndex)) {
            String dependent = graph.token(arc.dependent()).text().toLowerCase(Locale.ROOT);
            if (arc.relation().equals("det") && DEFINITE.contains(dependent)) {
                definite = true;
            }
            if (OWNER_RELATIONS.contains(arc.relation()) || arc.relation().equals("nummod")) {
                return false;
            }
        }
        return definite;
    }

    /** The coded entity whose mention ends with this word: "Fund" in "the International Monetary Fund". */
    private Optional<Entity> named(Token word) {
        return actors.entityAt(word.start()).filter(entity -> entity.code() != null && entity.mentions().stream()
                .anyMatch(mention -> mention.start() <= word.start() && mention.end() == word.end()));
    }

    /** The coded party a noun's own modifiers name: "a WFP convoy", "EU observers", "observers from the bloc". */
    private Optional<Entity> ownerOf(SentenceGraph graph, int noun) {
        for (Dependency arc : graph.basicDependents(noun)) {
            if (OWNER_RELATIONS.contains(arc.relation())) {
                Optional<Entity> entity = actors.entityAt(graph.token(arc.dependent()).start()).filter(found -> found.code() != null);
                if (entity.isPresent()) {
                    return entity;
                }
            }
        }
        return Optional.empty();
    }

    private static String lemma(Token token) {
        return (token.lemma() == null ? token.text() : token.lemma()).toLowerCase(Locale.ROOT);
    }
}
