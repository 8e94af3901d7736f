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
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
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

    /** Codes of international bodies, which events code without a sector (the wire READMEs). */
    private static final java.util.Set<String> INTERNATIONAL_CODES = java.util.Set.of("UNO", "NATO", "EUR", "IGO", "NGO", "IMG");

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
            List<EventParty> recipients = challengedGovernment(event, parties,
                    refine(event.recipients(), document, actors, "ASSAULT".equals(event.event())));
            refined.add(new Event(event.id(), event.date(), event.event(), event.mode(), event.context(), parties, recipients,
                    event.location(), event.quadCode(), event.scale(), event.cameo(), event.goldstein(), event.aux(),
                    event.evidence(), event.rule(), event.provenance(), event.datePrecision()));
        }
        return refined;
    }

    /**
     * A country's own unarmed challengers (the opposition, unions, civil groups, students:
     * {@code challenger-sector}) acting at home with no target the text names ("protesters
     * blocked the road", "the union called off its strike", "thousands rallied in the capital")
     * act against their government: the gold sets code the nameless domestic recipient of such
     * protests, demands and refusals GOV ("marches and rallies PROTEST 141 with the government as
     * recipient"). Attacks and coercions are left alone: whom a crowd's stones or hostage-taking hit is not said.
     */
    private List<EventParty> challengedGovernment(Event event, List<EventParty> actors, List<EventParty> recipients) {
        if ("ASSAULT".equals(event.event()) || "COERCE".equals(event.event()) || actors.isEmpty()) {
            return recipients;
        }
        String code = actors.get(0).code();
        for (EventParty actor : actors) {
            if (code == null || !code.equals(actor.code()) || actor.sector() == null
                    || !words.value(ListName.CHALLENGER_SECTOR, actor.sector()).filter(value -> !"armed".equals(value)).isPresent()) {
                return recipients;
            }
        }
        List<EventParty> refined = new ArrayList<>(recipients.size());
        for (EventParty recipient : recipients) {
            boolean nameless = recipient.entity() == null && recipient.name() == null;
            refined.add(nameless && recipient.sector() == null && code.equals(recipient.code()) ? withSector(recipient, "GOV") : recipient);
        }
        return refined;
    }

    /** The actors of an event being coded with the sectors the finished event will give them ("the miners' union" is LAB). */
    List<EventParty> refineActors(List<EventParty> parties, AnnotatedDocument document, ActorAnalysis actors) {
        return refine(parties, document, actors, false);
    }

    private List<EventParty> refine(List<EventParty> parties, AnnotatedDocument document, ActorAnalysis actors, boolean attacked) {
        List<EventParty> refined = new ArrayList<>(parties.size());
        for (EventParty party : parties) {
            Optional<Entity> entity = party.entity() == null ? Optional.empty() : actors.byId(party.entity());
            refined.add(entity.filter(PartySectors::standsForAState).isPresent() && party.mention() != null
                    ? withSector(party, sector(party, entity.get(), document, attacked))
                    : withEventSector(describedGroup(party, entity, document), entity));
        }
        return refined;
    }

    /**
     * A group the actors stage named by its description and left without a sector ("Afghan rebel
     * leaders", "Senior Chilean and Peruvian officials"), or a party of the coder's own with no
     * entity ("detained 40 people"), takes the sector its words give; bodies of
     * international codes keep none, as events code them.
     */
    private EventParty describedGroup(EventParty party, Optional<Entity> entity, AnnotatedDocument document) {
        // a party no words name (a domestic event's own country, DomesticParties) takes no sector from the words it was read at
        boolean nameless = entity.isEmpty() && party.name() == null;
        if (party.sector() != null || party.mention() == null || nameless || party.code() == null || INTERNATIONAL_CODES.contains(party.code())
                || entity.isPresent() && !"GROUP".equals(entity.get().type()) && !"ORGANIZATION".equals(entity.get().type())) {
            return party;
        }
        int sentenceIndex = document.sentenceAt(party.mention().start());
        if (sentenceIndex < 0) {
            return party;
        }
        Sentence sentence = document.sentences().get(sentenceIndex);
        int first = sentence.tokenAt(party.mention().start());
        int last = sentence.tokenAt(party.mention().end() - 1);
        if (first < 0 || last < first) {
            return party;
        }
        return sectorOfWords(document.text(), sentence.tokens(), first, last).map(sector -> withSector(party, sector)).orElse(party);
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
        Optional<Mention> own = entity.mentions().stream().filter(mention -> mention.start() == span.start()).findFirst();
        if (own.isEmpty()) {
            return sectorOfReferringWord(referringWord, entity);
        }
        if (sentenceIndex >= 0 && span.end() > own.get().end()) {
            // "Polish officials", "Senior Hungarian and Romanian officials": the party's phrase goes on past the country's name.
            Sentence sentence = document.sentences().get(sentenceIndex);
            int last = sentence.tokenAt(span.end() - 1);
            int first = sentence.tokenAt(span.start());
            while (first >= 0 && first <= last && sentence.token(first).start() < own.get().end()) {
                first++;
            }
            Optional<String> phrase = first < 0 || last < first ? Optional.empty()
                    : sectorOfWords(document.text(), sentence.tokens(), first, last);
            if (phrase.isPresent()) {
                return phrase.get();
            }
        }
        Optional<MentionKind> kind = own.map(Mention::kind);
        if ("LOCATION".equals(entity.type()) || kind.get() == MentionKind.METONYM) {
            return attacked ? "CVL" : "GOV";
        }
        return null;
    }

    /**
     * A party reached through other words than the entity's own mentions. "Both governments" and
     * "the two armies" say their sector; "the two countries" and "both sides" name the states
     * themselves, so every country of the pair is coded alike, without a sector ("both" or "the
     * two" standing alone are the two governments); an event noun
     * ("condemned the sanctions") says nothing of its doer, which keeps the entity's sector.
     */
    private String sectorOfReferringWord(Optional<Token> word, Entity entity) {
        if (word.isEmpty()) {
            return entity.sector();
        }
        String lemma = word.get().lemma().toLowerCase(java.util.Locale.ROOT);
        String form = word.get().text().toLowerCase(java.util.Locale.ROOT);
        Optional<String> convention = words.value(ListName.EVENT_SECTOR, lemma).or(() -> words.value(ListName.EVENT_SECTOR, form));
        if (convention.isPresent()) {
            return convention.get();
        }
        // "residents" is listed in the plural, as it refers to a group; its lemma is not.
        Optional<String> named = sectors.lookup(lemma).or(() -> sectors.lookup(form)).map(this::eventSector);
        if (named.isPresent()) {
            return named.get();
        }
        if (isStateAgent(word.get())) {
            return "GOV";
        }
        // "the two agreed", "urged both to show restraint": the pair standing alone is the two
        // parties just named as such, which the gold sets code as the states' governments
        if (words.value(ListName.RECIPROCAL_NOUN, lemma).filter("alone"::equals).isPresent()) {
            return "GOV";
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
        return sectorOfWords(text, sentence.tokens(), last + 1, arc.get().governor());
    }

    /**
     * The sector the words from {@code first} to the phrase's {@code head} give: the first sector
     * phrase among them ("defence minister", "coast guard ships"), else the state's government when
     * the head is a noun for its agents ("Polish officials", "Chinese trade officials").
     */
    private Optional<String> sectorOfWords(String text, List<Token> tokens, int first, int head) {
        for (int start = first; start <= head; start++) {
            Optional<String> convention = eventSectorAt(tokens, start, head);
            if (convention.isPresent()) {
                return convention;
            }
            Optional<PhraseIndex.Match<SectorPhrase>> match = sectors.longestAt(text, tokens, start, head + 1);
            if (match.isPresent() && match.get().value().sector() != null) {
                return Optional.of(eventSector(match.get().value()));
            }
        }
        // "the Thai and Cambodian foreign ministers", "Indian and Bangladeshi home secretaries": a
        // plural title takes its singular's sector
        Optional<String> singular = sectors.lookup(tokens.get(head).lemma()).filter(phrase -> phrase.sector() != null).map(this::eventSector);
        if (singular.isPresent()) {
            return singular;
        }
        return isStateAgent(tokens.get(head)) ? Optional.of("GOV") : Optional.empty();
    }

    /** An events-sector phrase starting at the token ("border forces", "coast guard"), ending by the head. */
    private Optional<String> eventSectorAt(List<Token> tokens, int start, int head) {
        for (int end = Math.min(head, start + 2); end >= start; end--) {
            StringBuilder phrase = new StringBuilder();
            for (int index = start; index <= end; index++) {
                phrase.append(index == start ? "" : " ").append(tokens.get(index).text().toLowerCase(java.util.Locale.ROOT));
            }
            Optional<String> sector = words.value(ListName.EVENT_SECTOR, phrase.toString());
            if (sector.isPresent()) {
                return sector;
            }
        }
        return Optional.empty();
    }

    private boolean isStateAgent(Token word) {
        return words.containsEither(ListName.STATE_AGENT_NOUN, word.lemma(), word.text());
    }

    /** The phrase's sector as events code it: a coast guard is COP here, MIL among entities. */
    private String eventSector(SectorPhrase phrase) {
        return words.value(ListName.EVENT_SECTOR, phrase.phrase()).orElse(phrase.sector());
    }

    /**
     * A person or body keeps its own sector, except where events code its kind of body
     * differently: "Norway's coast guard" (an organisation coded MIL) is COP in an event.
     */
    private EventParty withEventSector(EventParty party, Optional<Entity> entity) {
        if (party.sector() == null) {
            return party;
        }
        for (String words : new String[] {entity.map(Entity::name).orElse(null), party.mention() == null ? null : party.mention().text()}) {
            Optional<String> sector = eventSectorIn(words);
            if (sector.isPresent()) {
                return withSector(party, sector.get());
            }
        }
        return party;
    }

    private Optional<String> eventSectorIn(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String[] parts = name.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').split("[\\s]+");
        for (int length = 3; length >= 1; length--) {
            for (int start = 0; start + length <= parts.length; start++) {
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(parts, start, start + length));
                Optional<String> sector = words.value(ListName.EVENT_SECTOR, phrase);
                if (sector.isPresent()) {
                    return sector;
                }
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
