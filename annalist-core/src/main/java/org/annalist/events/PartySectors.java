package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.actors.MentionKind;
import org.annalist.dictionary.PhraseIndex;
import org.annalist.dictionary.SectorPhrase;
import org.annalist.events.patterns.WordLists;
import org.annalist.events.patterns.WordLists.ListName;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * The sector of a state party, read from the words of the mention that filled the role rather
 * than from the country as a whole. A country entity stands for every part of the state, so its
 * own sector cannot tell "Iran's defence minister" (GOV) from "Iranian troops" (MIL) or "Chinese
 * coast guard ships" (the coast guard's sector); the phrase the mention modifies can. A bare
 * country name or alias ("Iran imposed …", "the U.S. said") names the state without a sector, as PLOVER coders and the
 * project's gold sets write it; a capital standing for its country ("Tehran said", "asked New
 * Delhi") is its government, except as the target of an attack, where it is the people living
 * there. Parties that are persons or bodies keep the sector their titles gave them.
 */
final class PartySectors {

    private final PhraseIndex<SectorPhrase> sectors;
    private final WordLists words;

    PartySectors(PhraseIndex<SectorPhrase> sectors, WordLists words) {
        this.sectors = sectors;
        this.words = words;
    }

    List<Event> refine(List<Event> events, AnnotatedDocument document, ActorAnalysis actors) {
        List<Event> refined = new ArrayList<>(events.size());
        for (Event event : events) {
            List<EventParty> parties = refine(event.actors(), document, actors, false);
            List<EventParty> recipients = refine(event.recipients(), document, actors, "ASSAULT".equals(event.event()));
            refined.add(new Event(event.id(), event.date(), event.event(), event.mode(), event.context(), parties, recipients,
                    event.location(), event.quadCode(), event.scale(), event.cameo(), event.goldstein(), event.aux(),
                    event.evidence(), event.rule(), event.provenance()));
        }
        return refined;
    }

    private List<EventParty> refine(List<EventParty> parties, AnnotatedDocument document, ActorAnalysis actors, boolean attacked) {
        List<EventParty> refined = new ArrayList<>(parties.size());
        for (EventParty party : parties) {
            Optional<Entity> entity = party.entity() == null ? Optional.empty() : actors.byId(party.entity());
            refined.add(entity.filter(PartySectors::standsForAState).isPresent() && party.mention() != null
                    ? withSector(party, sector(party, entity.get(), document, attacked))
                    : party);
        }
        return refined;
    }

    private static boolean standsForAState(Entity entity) {
        return entity.code() != null && ("COUNTRY".equals(entity.type()) || "LOCATION".equals(entity.type()));
    }

    private String sector(EventParty party, Entity entity, AnnotatedDocument document, boolean attacked) {
        Span span = party.mention();
        int sentenceIndex = document.sentenceAt(span.start());
        Optional<Token> referringWord = Optional.empty();
        if (sentenceIndex >= 0) {
            Sentence sentence = document.sentences().get(sentenceIndex);
            Optional<String> modified = sectorOfModifiedPhrase(sentence, document.text(), span);
            if (modified.isPresent()) {
                return modified.get();
            }
            int last = sentence.tokenAt(span.end() - 1);
            referringWord = last < 0 ? Optional.empty() : Optional.of(sentence.token(last));
        }
        Optional<MentionKind> kind = entity.mentions().stream().filter(mention -> mention.start() == span.start())
                .map(Mention::kind).findFirst();
        if (kind.isEmpty()) {
            return sectorOfReferringWord(referringWord, entity);
        }
        if ("LOCATION".equals(entity.type()) || kind.get() == MentionKind.METONYM) {
            return attacked ? "CVL" : "GOV";
        }
        return null;
    }

    /**
     * A party reached through other words than the entity's own mentions. "Both governments" and
     * "the two armies" say their sector; "the two countries" and "both sides" name the states
     * themselves, so every country of the pair is coded alike, without a sector; an event noun
     * ("condemned the sanctions") says nothing of its doer, which keeps the entity's sector.
     */
    private String sectorOfReferringWord(Optional<Token> word, Entity entity) {
        if (word.isEmpty()) {
            return entity.sector();
        }
        String lemma = word.get().lemma().toLowerCase(java.util.Locale.ROOT);
        Optional<String> named = sectors.lookup(lemma).map(SectorPhrase::sector);
        if (named.isPresent()) {
            return named.get();
        }
        return words.contains(ListName.RECIPROCAL_NOUN, lemma) ? null : entity.sector();
    }

    /**
     * The sector of the noun phrase the mention modifies, when it names one: "Iran's defence
     * minister", "Chinese coast guard ships", "Azerbaijani troops".
     */
    private Optional<String> sectorOfModifiedPhrase(Sentence sentence, String text, Span span) {
        int last = sentence.tokenAt(span.end() - 1);
        if (last < 0) {
            return Optional.empty();
        }
        Optional<Dependency> arc = sentence.headArc(last);
        // "American and Filipino troops": a later conjunct modifies the noun through the first one.
        while (arc.isPresent() && arc.get().relation().equals("conj") && arc.get().governor() < last) {
            arc = sentence.headArc(arc.get().governor());
        }
        if (arc.isEmpty() || !isModifier(arc.get()) || arc.get().governor() <= last) {
            return Optional.empty();
        }
        int head = arc.get().governor();
        List<Token> tokens = sentence.tokens();
        for (int first = last + 1; first <= head; first++) {
            Optional<PhraseIndex.Match<SectorPhrase>> match = sectors.longestAt(text, tokens, first, head + 1);
            if (match.isPresent() && match.get().value().sector() != null) {
                return Optional.of(match.get().value().sector());
            }
        }
        return Optional.empty();
    }

    private static boolean isModifier(Dependency arc) {
        return arc.relation().equals("amod") || arc.relation().equals("nmod:poss") || arc.relation().startsWith("compound");
    }

    private static EventParty withSector(EventParty party, String sector) {
        return new EventParty(party.entity(), party.name(), party.code(), sector, party.mention());
    }
}
