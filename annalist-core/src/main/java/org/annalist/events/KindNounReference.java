package org.annalist.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * The organisation a definite kind noun refers back to: "The Houthi movement fired missiles … The
 * group said it would keep attacking", "Israel accused the militant group of delaying the
 * return" after Hamas was named, "the bloc would discuss the issue" after the EU. Agency copy
 * names an organisation once and then calls it by its kind; the actors stage leaves "the group"
 * uncoded, so the event lost a party. The referent is the organisation (a coded, non-media
 * ORGANIZATION or GROUP entity: "Hamas officials") mentioned last before the noun within {@value #SENTENCES_BACK} sentences.
 * Only nouns on the {@code kind-noun} list (word-lists.tsv), with "the" and without an owner
 * ("its group" or "the group's leader" are other constructions), and only organisations of the
 * codes or sectors the list's value names ("the group" is an armed, rights or political group,
 * not the United Nations named in between).
 */
final class KindNounReference {

    /** How many sentences back the organisation must have been named. */
    static final int SENTENCES_BACK = 3;

    private final ActorAnalysis actors;
    private final WordLists words;

    KindNounReference(ActorAnalysis actors, WordLists words) {
        this.actors = actors;
        this.words = words;
    }

    /** The party the noun stands for, with the noun's span; empty when it is no such reference. */
    Optional<EventParty> of(SentenceGraph graph, int noun) {
        Token token = graph.token(noun);
        if (!token.isNoun() || token.isProperNoun() || actors.entityAt(token.start()).map(entity -> entity.code() != null).orElse(false)
                || !words.contains(ListName.KIND_NOUN, token.lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        boolean definite = false;
        for (Dependency arc : graph.basicDependents(noun)) {
            if (arc.relation().equals("nmod:poss")) {
                return Optional.empty();
            }
            if (arc.relation().equals("det") && graph.token(arc.dependent()).text().equalsIgnoreCase("the")) {
                definite = true;
            }
        }
        if (!definite) {
            return Optional.empty();
        }
        List<String> kinds = words.value(ListName.KIND_NOUN, token.lemma().toLowerCase(Locale.ROOT))
                .filter(value -> !value.isBlank()).map(value -> List.of(value.split("\\|"))).orElse(List.of());
        int sentence = graph.sentence().index();
        Entity latest = null;
        int latestStart = -1;
        for (Entity entity : actors.entities()) {
            if (!("ORGANIZATION".equals(entity.type()) || "GROUP".equals(entity.type())) || entity.code() == null || PressRecipient.MEDIA_SECTOR.equals(entity.sector())
                    || !fits(kinds, entity)) {
                continue;
            }
            for (Mention mention : entity.mentions()) {
                if (mention.start() < token.start() && mention.end() <= token.start() && mention.start() > latestStart && mention.sentenceIndex() >= sentence - SENTENCES_BACK) {
                    latest = entity;
                    latestStart = mention.start();
                }
            }
        }
        if (latest == null) {
            return Optional.empty();
        }
        return Optional.of(new EventParty(latest.id(), latest.name(), latest.code(), latest.sector(),
                new Span(token.start(), token.end(), token.text())));
    }

    /** Whether the entity's code or sector is one the noun can name ("the group": an armed or rights group, not the UN); any when the list is empty. */
    private static boolean fits(List<String> kinds, Entity entity) {
        return kinds.isEmpty() || kinds.contains(entity.code()) || entity.sector() != null && kinds.contains(entity.sector());
    }

    static List<EventParty> asList(Optional<EventParty> party) {
        return party.map(List::of).orElse(List.of());
    }
}
