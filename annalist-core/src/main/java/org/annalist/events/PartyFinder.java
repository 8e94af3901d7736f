package org.annalist.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.actors.MentionKind;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.RoleSource;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;
import org.annalist.quotes.Quote;

/**
 * Fills a pattern's actor or recipient from the parse: tries the role's sources in order and
 * takes the first that names a coded entity (else the first that names any entity). A filler
 * token stands for the entity whose mention covers it; failing that, for an entity named in its
 * possessor, modifiers or "of/in/from" phrase ("officials from Iran"); failing that, the
 * reciprocal rule. Conjuncts are followed, so "Iran and Azerbaijan held talks" gives both.
 *
 * <p>This class reads what one token names. Where a source points is {@link RoleFillers}'s
 * question, whom a reported pronoun stands for {@link ReportingSpeaker}'s, the recipients found
 * outside the role sources {@link PhraseRecipient}'s, and the domestic conventions for parties the
 * text leaves without a country {@link DomesticParties}'s. Within this class's question, the
 * speaker a word of a direct quotation stands for is {@link QuotationSpeaker}'s, the holder a noun
 * names through its dependents {@link HolderLookThrough}'s, and the pair a word such as "both
 * countries" refers to {@link ReciprocalParties}'.
 */
final class PartyFinder {

    /** The parties found for a role and which source named them. */
    record Filling(List<EventParty> parties, String source) {

        private static final Filling NONE = new Filling(List.of(), null);

        /** No party found for the role. */
        static Filling none() {
            return NONE;
        }

        boolean anyCoded() {
            return parties.stream().anyMatch(party -> party.code() != null);
        }

        /**
         * The actor's own country {@code code} as an unnamed party, found at the mention of the actor's
         * party of that code: a domestic target with no name of its own (the actor's name would read
         * as a second party).
         */
        Filling ownCountry(String code, String source) {
            EventParty own = parties.stream().filter(party -> code.equals(party.code())).findFirst().orElseThrow();
            return new Filling(List.of(new EventParty(null, null, code, null, own.mention())), source);
        }

        /** The one country the parties stand for ("Iranian troops and their commander": IRN), if they name exactly one code and it is a country. */
        Optional<String> soleCountry() {
            List<String> codes = parties.stream().map(EventParty::code).filter(java.util.Objects::nonNull).distinct().toList();
            return codes.size() == 1 && ReciprocalReference.isCountryCode(codes.get(0)) ? Optional.of(codes.get(0)) : Optional.empty();
        }
    }

    /** The dependents of an uncoded noun through which it names its holder: "officials from Iran", "Iranian troops", "judges at the ICC". */
    static final List<String> LOOK_THROUGH = List.of("nmod:poss", "amod", "compound", "nmod:of", "nmod:in", "nmod:from", "nmod:at");

    private final ActorAnalysis actors;
    private final ReciprocalReference reciprocal;
    private final WordLists words;
    private final QuotationSpeaker quotationSpeakers;
    private final PronounAntecedent antecedents;
    private final DocumentReference documents;
    private final KindNounReference kindNouns;
    private final RoleFillers roles;
    private final ReportingSpeaker speakers;
    private final ReciprocalParties pairs;
    private final HolderLookThrough holders;
    private final ConjunctPronounObject conjunctPronouns;
    private final JointBody jointBodies;

    PartyFinder(ActorAnalysis actors, ReciprocalReference reciprocal, WordLists words, List<Quote> quotes, PronounAntecedent antecedents,
            DocumentReference documents, KindNounReference kindNouns, RoleFillers roles, ReportingSpeaker speakers, ReciprocalParties pairs,
            JointBody jointBodies) {
        this.actors = actors;
        this.reciprocal = reciprocal;
        this.words = words;
        this.quotationSpeakers = new QuotationSpeaker(actors, quotes);
        this.antecedents = antecedents;
        this.documents = documents;
        this.kindNouns = kindNouns;
        this.roles = roles;
        this.speakers = speakers;
        this.pairs = pairs;
        this.holders = new HolderLookThrough(actors, words, pairs);
        this.conjunctPronouns = new ConjunctPronounObject(actors);
        this.jointBodies = jointBodies;
    }

    Filling fill(SentenceGraph graph, TriggerMatch match, List<RoleSource> sources) {
        Filling firstUncoded = null;
        for (RoleSource source : sources) {
            if (source.kind() == RoleSource.Kind.SPEAKER) {
                Optional<Entity> speaker = quotationSpeakers.of(graph.token(match.head()));
                if (speaker.isPresent()) {
                    Token head = graph.token(match.head());
                    return new Filling(List.of(new EventParty(speaker.get().id(), speaker.get().name(), speaker.get().code(),
                            speaker.get().sector(), new Span(head.start(), head.end(), head.text()))), "speaker of the quotation");
                }
            }
            List<EventParty> parties = new ArrayList<>();
            Map<String, EventParty> byEntity = new LinkedHashMap<>();
            boolean subjectRole = source.kind() == RoleSource.Kind.SUBJECT || source.kind() == RoleSource.Kind.GOVERNOR
                    || source.kind() == RoleSource.Kind.SPEAKER;
            for (int token : roles.fillers(graph, match, source)) {
                for (int member : RoleFillers.withConjuncts(graph, token)) {
                    for (EventParty party : partiesFor(graph, member, subjectRole)) {
                        byEntity.putIfAbsent(party.entity() == null ? "token" + member : party.entity(), party);
                    }
                }
            }
            parties.addAll(byEntity.values());
            if (parties.isEmpty()) {
                continue;
            }
            Filling filling = new Filling(parties, source.toString());
            if (filling.anyCoded()) {
                return filling;
            }
            if (firstUncoded == null) {
                firstUncoded = filling;
            }
        }
        return firstUncoded == null ? Filling.none() : firstUncoded;
    }

    /**
     * The entities a filler token stands for. An uncoded pronoun that is a subject role's filler
     * may stand for the reporting verb's subject ({@link ReportingSpeaker#reportingSubjectParties}); as the
     * subject of a frame's complement ("warned that it would ...") it is the frame's own actor,
     * not a recipient.
     */
    /**
     * The coded parties the words name, each code once and in the words' order, leaving out the codes
     * in {@code own}: "if Washington and Seoul make the slightest provocation", "blows to the United
     * States and Israel" name both, the actor's own side none.
     */
    List<EventParty> codedPartiesOutside(SentenceGraph graph, List<Integer> words, java.util.Set<String> own) {
        java.util.Map<String, EventParty> parties = new java.util.LinkedHashMap<>();
        for (int word : words) {
            partiesFor(graph, word, false).stream()
                    .filter(party -> party.code() != null && !own.contains(party.code()))
                    .forEach(party -> parties.putIfAbsent(party.code(), party));
        }
        return List.copyOf(parties.values());
    }

    /** The coded parties a word names by its own mention (with conjoined demonyms), never through its dependents or the context. */
    List<EventParty> mentionedParties(SentenceGraph graph, int tokenIndex) {
        boolean coded = actors.entityAt(graph.token(tokenIndex).start()).filter(entity -> entity.code() != null).isPresent();
        return coded ? partiesFor(graph, tokenIndex, false) : List.of();
    }

    List<EventParty> partiesFor(SentenceGraph graph, int tokenIndex, boolean subjectRole) {
        Token token = graph.token(tokenIndex);
        Optional<Entity> direct = actors.entityAt(token.start());
        if (subjectRole && token.isPronoun() && direct.map(entity -> entity.code() == null).orElse(true)) {
            List<EventParty> reporter = speakers.reportingSubjectParties(graph, tokenIndex);
            if (!reporter.isEmpty()) {
                return reporter;
            }
            if (speakers.reportingSubjects(graph, tokenIndex).isEmpty()) {
                // "It said it had deployed more units": no reporter in the sentence, an earlier subject
                List<EventParty> antecedent = antecedents.of(graph, tokenIndex, (earlier, subject) -> partiesFor(earlier, subject, true));
                if (!antecedent.isEmpty()) {
                    return antecedent;
                }
            }
        }
        if (!subjectRole && token.isPronoun() && direct.map(entity -> entity.code() == null).orElse(true)) {
            // "thanked Washington but urged it not to ease pressure": the earlier conjunct's object
            java.util.OptionalInt antecedent = conjunctPronouns.antecedent(graph, tokenIndex);
            if (antecedent.isPresent()) {
                return partiesFor(graph, antecedent.getAsInt(), false);
            }
        }
        if (subjectRole && token.isNoun() && direct.map(entity -> entity.code() == null).orElse(true)) {
            // "Saudi Arabia said its forces had not taken part", "said his government would not
            // change course": the owner pronoun of the reported subject is the speaker
            List<EventParty> owner = ReportedOwner.parties(graph, tokenIndex, speakers, words);
            if (!owner.isEmpty()) {
                return owner;
            }
            if (speakers.reportingSubjects(graph, tokenIndex).isEmpty()) {
                // "Singapore announced it would contribute. Its civil defence force sent rescuers"
                List<EventParty> antecedent = antecedents.ofOwner(graph, tokenIndex, (earlier, subject) -> partiesFor(earlier, subject, true));
                if (!antecedent.isEmpty()) {
                    return antecedent;
                }
            }
        }
        if (direct.isPresent() && token.isNoun()) {
            List<EventParty> pair = pairs.ofPairedGroup(graph, tokenIndex, direct.get());
            if (!pair.isEmpty()) {
                return pair;
            }
        }
        if (direct.isPresent() && direct.get().code() != null) {
            List<EventParty> parties = new ArrayList<>();
            parties.add(party(direct.get(), token));
            parties.addAll(conjoinedModifierParties(graph, tokenIndex, direct.get()));
            return parties;
        }
        Optional<Entity> speaker = direct.map(entity -> entity.code() == null).orElse(true) ? quotationSpeakers.ofFirstPerson(graph, tokenIndex) : Optional.empty();
        if (speaker.isPresent()) {
            return List.of(new EventParty(speaker.get().id(), speaker.get().name(), speaker.get().code(), speaker.get().sector(),
                    new Span(token.start(), token.end(), token.text())));
        }
        boolean counterpart = words.containsEither(ListName.COUNTERPART_NOUN, token.lemma().toLowerCase(java.util.Locale.ROOT),
                token.text().toLowerCase(java.util.Locale.ROOT));
        List<EventParty> held = holders.parties(graph, tokenIndex, direct, subjectRole, counterpart);
        if (!held.isEmpty()) {
            return held;
        }
        if (direct.isEmpty()) {
            List<EventParty> reciprocalParties = pairs.of(graph, tokenIndex);
            if (!reciprocalParties.isEmpty()) {
                return reciprocalParties;
            }
        }
        List<EventParty> joint = jointBodies.of(graph, tokenIndex, subjectRole);
        if (!joint.isEmpty()) {
            // "a joint committee would meet", "The commission will meet again" after a joint commission
            return joint;
        }
        if (direct.map(entity -> entity.code() == null).orElse(true) && token.text().equalsIgnoreCase("them")) {
            // "spoke with both leaders and urged them to avoid any step": the pair named just before
            List<EventParty> pair = pairs.namedBefore(graph, tokenIndex);
            if (!pair.isEmpty()) {
                return pair;
            }
        }
        List<EventParty> kind = KindNounReference.asList(kindNouns.of(graph, tokenIndex));
        if (!kind.isEmpty()) {
            // "accused the militant group of …" after Hamas was named
            return kind;
        }
        if (subjectRole && direct.isEmpty()) {
            // "Judges at the ICC issued an arrest warrant … The warrant accuses him of murder": its issuers
            DocumentReference.Authors authors = documents.of(graph, tokenIndex);
            Map<String, EventParty> issuers = new LinkedHashMap<>();
            Span span = new Span(token.start(), token.end(), token.text());
            for (int author : authors.subjects()) {
                for (int member : RoleFillers.withConjuncts(authors.graph(), author)) {
                    // "Malaysia and Thailand agreed …, according to a joint statement": every signatory
                    partiesFor(authors.graph(), member, true).stream().filter(party -> party.code() != null)
                            .forEach(party -> issuers.putIfAbsent(party.entity() == null ? party.code() : party.entity(),
                                    new EventParty(party.entity(), party.name(), party.code(), party.sector(), span)));
                }
            }
            if (!issuers.isEmpty()) {
                return List.copyOf(issuers.values());
            }
        }
        if (counterpart && direct.isEmpty() && !reciprocal.pair().isEmpty()) {
            // "would not attack its neighbour", "met his counterpart": with no name, the other side is
            // one of the article's two main countries; the coder drops the one that is the actor
            Span span = new Span(token.start(), token.end(), token.text());
            List<EventParty> parties = new ArrayList<>();
            for (Entity entity : reciprocal.pair()) {
                parties.add(new EventParty(entity.id(), entity.name(), entity.code(), entity.sector(), span));
            }
            return parties;
        }
        return direct.map(entity -> List.of(party(entity, token))).orElse(List.of());
    }

    /**
     * Whether a noun stands for a party the text does not name: the actors stage found an entity
     * there ("any foreign troops", "any company") and neither it nor its modifiers carry a code
     * ("any Japanese vessel" names Japan).
     */
    boolean isUnnamedParty(SentenceGraph graph, int tokenIndex) {
        Optional<Entity> direct = actors.entityAt(graph.token(tokenIndex).start());
        if (direct.isEmpty() || direct.get().code() != null) {
            return false;
        }
        return graph.dependents(tokenIndex).stream().filter(arc -> LOOK_THROUGH.contains(arc.relation()))
                .noneMatch(arc -> actors.entityAt(graph.token(arc.dependent()).start()).map(entity -> entity.code() != null).orElse(false));
    }

    /** Whether the token is the mention of an entity, coded or not ("the group", "Iran"). */
    boolean namesEntity(SentenceGraph graph, int tokenIndex) {
        return actors.entityAt(graph.token(tokenIndex).start()).isPresent();
    }

    /** Whether a noun or one of its modifiers names a coded party ("any Japanese vessel", "any move by Taiwan"). */
    boolean namesCodedParty(SentenceGraph graph, int tokenIndex) {
        if (actors.entityAt(graph.token(tokenIndex).start()).map(entity -> entity.code() != null).orElse(false)) {
            return true;
        }
        return graph.dependents(tokenIndex).stream()
                .anyMatch(arc -> actors.entityAt(graph.token(arc.dependent()).start()).map(entity -> entity.code() != null).orElse(false));
    }

    /**
     * "Hungarian and Romanian officials", "the foreign ministers of Chile and Peru": the head names one
     * entity, the conjoined modifier or "of" phrase another.
     */
    private List<EventParty> conjoinedModifierParties(SentenceGraph graph, int tokenIndex, Entity headEntity) {
        List<EventParty> parties = new ArrayList<>();
        for (Dependency arc : graph.dependents(tokenIndex)) {
            // "Philippine and U.S. forces"; "border guards of Kyrgyzstan and Tajikistan": the body of both
            if (!(arc.baseRelation().equals("amod") || arc.baseRelation().equals("compound") || arc.relation().equals("nmod:of"))) {
                continue;
            }
            List<Integer> conjoined = new ArrayList<>();
            for (Dependency conjunct : graph.dependents(arc.dependent())) {
                if (conjunct.baseRelation().equals("conj")) {
                    conjoined.add(conjunct.dependent());
                }
            }
            if (!conjoined.isEmpty()) {
                // "Philippine and U.S. forces": the head's entity may hold the last conjunct
                // ("U.S. forces"), so the first modifier names a party of its own too
                conjoined.add(0, arc.dependent());
            }
            for (int conjunctToken : conjoined) {
                Token other = graph.token(conjunctToken);
                // The actors stage may have folded "American and Filipino troops" into one entity;
                // the conjoined demonym then still has its own mention in another entity.
                actors.entities().stream()
                        .filter(entity -> entity.code() != null && !entity.id().equals(headEntity.id())
                                && !entity.code().equals(headEntity.code()) && entity.mentionedAt(other.start())
                                && parties.stream().noneMatch(party -> entity.code().equals(party.code())))
                        .findFirst()
                        .ifPresent(entity -> parties.add(party(entity, other)));
            }
        }
        parties.addAll(demonymsBefore(graph, tokenIndex, headEntity, parties));
        return parties;
    }

    /**
     * "Philippine and U.S. forces fired": demonyms coordinated before the head entity's mention
     * ("Philippine and", "Thai, Lao and") each name a party, even where the parser hung the first
     * demonym elsewhere in the sentence. Only a demonym (never a country's name, which stands as a
     * party of its own) is read this way.
     */
    private List<EventParty> demonymsBefore(SentenceGraph graph, int tokenIndex, Entity headEntity, List<EventParty> found) {
        List<EventParty> parties = new ArrayList<>();
        int start = graph.token(tokenIndex).start();
        for (Mention mention : headEntity.mentions()) {
            if (mention.start() <= start && start < mention.end()) {
                start = mention.start();
                break;
            }
        }
        int first = tokenIndex;
        while (first > 0 && graph.token(first - 1).start() >= start) {
            first--;
        }
        if (first > 0 && graph.token(first - 1).text().equalsIgnoreCase("the")) {
            return parties; // "the Philippine and the U.S. forces" is rare; "and the U.S. forces" joins a noun phrase
        }
        int index = first - 1;
        while (index >= 1 && Set.of("and", ",").contains(graph.token(index).text().toLowerCase(Locale.ROOT))) {
            Token other = graph.token(index - 1);
            Optional<Entity> demonym = actors.entities().stream()
                    .filter(entity -> entity.code() != null && !entity.id().equals(headEntity.id()) && !entity.code().equals(headEntity.code()))
                    .filter(entity -> entity.mentions().stream().anyMatch(mention -> mention.kind() == MentionKind.DEMONYM
                            && mention.start() == other.start() && mention.end() == other.end()))
                    .findFirst();
            if (demonym.isEmpty()) {
                break;
            }
            Entity entity = demonym.get();
            if (found.stream().noneMatch(party -> entity.code().equals(party.code())) && parties.stream().noneMatch(party -> entity.code().equals(party.code()))) {
                EventParty party = party(entity, other);
                // the demonym's entity is its country; the party is the head noun's ("Philippine … forces")
                parties.add(party.sector() != null ? party
                        : new EventParty(party.entity(), party.name(), party.code(), headEntity.sector(), party.mention()));
            }
            index -= 2;
        }
        return parties;
    }

    /** The entity as a party, its span the whole mention that covers the token ("the Iranian foreign ministry"), else the token's. */
    static EventParty party(Entity entity, Token token) {
        Span span = new Span(token.start(), token.end(), token.text());
        for (Mention mention : entity.mentions()) {
            if (token.start() >= mention.start() && token.start() < mention.end()) {
                span = new Span(mention.start(), mention.end(), mention.text());
                break;
            }
        }
        return new EventParty(entity.id(), entity.name(), entity.code(), entity.sector(), span);
    }
}