package org.annalist.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.events.patterns.RoleSource;
import org.annalist.events.patterns.WordLists;
import org.annalist.events.patterns.WordLists.ListName;
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
 * text leaves without a country {@link DomesticParties}'s.
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

        /** The one country the parties stand for ("Iranian troops and their commander": IRN), if they name exactly one code and it is a country. */
        Optional<String> soleCountry() {
            List<String> codes = parties.stream().map(EventParty::code).filter(java.util.Objects::nonNull).distinct().toList();
            return codes.size() == 1 && ReciprocalReference.isCountryCode(codes.get(0)) ? Optional.of(codes.get(0)) : Optional.empty();
        }
    }

    /** Where a counterpart noun names its holder: "his counterpart, Mohammad Ashtiani". */
    private static final List<String> COUNTERPART_NAME = List.of("appos", "dep", "flat");

    /** The dependents of an uncoded noun through which it names its holder: "officials from Iran", "Iranian troops", "judges at the ICC". */
    static final List<String> LOOK_THROUGH = List.of("nmod:poss", "amod", "compound", "nmod:of", "nmod:in", "nmod:from", "nmod:at");

    /** First-person words that, inside a direct quotation, are its speaker ("we", "our army"). */
    private static final java.util.Set<String> FIRST_PERSON = java.util.Set.of("we", "us", "our", "i", "me", "my");

    private final ActorAnalysis actors;
    private final ReciprocalReference reciprocal;
    private final WordLists words;
    private final List<Quote> quotes;
    private final PronounAntecedent antecedents;
    private final DocumentReference documents;
    private final KindNounReference kindNouns;
    private final RoleFillers roles;
    private final ReportingSpeaker speakers;
    /** The article's events coded so far (a live view the coder appends to), for {@link DomesticConflict}. */
    private final List<Event> events;
    private final ConjunctPronounObject conjunctPronouns;

    PartyFinder(ActorAnalysis actors, ReciprocalReference reciprocal, WordLists words, List<Quote> quotes, PronounAntecedent antecedents,
            DocumentReference documents, KindNounReference kindNouns, RoleFillers roles, ReportingSpeaker speakers, List<Event> events) {
        this.actors = actors;
        this.reciprocal = reciprocal;
        this.words = words;
        this.quotes = List.copyOf(quotes);
        this.antecedents = antecedents;
        this.documents = documents;
        this.kindNouns = kindNouns;
        this.roles = roles;
        this.speakers = speakers;
        this.events = java.util.Collections.unmodifiableList(events);
        this.conjunctPronouns = new ConjunctPronounObject(actors);
    }

    /**
     * The speaker of the direct quotation a first-person word stands in: "“We will respond,” the
     * minister said" — "we" is the minister's side, "our army" the minister's country's army.
     * Empty outside direct quotations, for quotations without a coded speaker, and for other words.
     */
    private Optional<Entity> quotedSpeaker(SentenceGraph graph, int tokenIndex) {
        Token token = graph.token(tokenIndex);
        boolean firstPerson = FIRST_PERSON.contains(token.text().toLowerCase(java.util.Locale.ROOT));
        if (!firstPerson && token.isNoun()) {
            for (Dependency arc : graph.dependents(tokenIndex)) {
                if (arc.relation().equals("nmod:poss")
                        && FIRST_PERSON.contains(graph.token(arc.dependent()).text().toLowerCase(java.util.Locale.ROOT))) {
                    firstPerson = true;
                }
            }
        }
        if (!firstPerson) {
            return Optional.empty();
        }
        return quotes.stream()
                .filter(quote -> quote.direct() && quote.speaker() != null && quote.start() <= token.start() && token.end() <= quote.end())
                .findFirst()
                .flatMap(quote -> actors.byId(quote.speaker()))
                .filter(entity -> entity.code() != null);
    }

    /** The coded speaker of the direct quotation the token stands in. */
    private Optional<Entity> quoteSpeaker(Token token) {
        return quotes.stream()
                .filter(quote -> quote.direct() && quote.speaker() != null && quote.start() <= token.start() && token.end() <= quote.end())
                .findFirst()
                .flatMap(quote -> actors.byId(quote.speaker()))
                .filter(entity -> entity.code() != null);
    }

    Filling fill(SentenceGraph graph, TriggerMatch match, List<RoleSource> sources) {
        Filling firstUncoded = null;
        for (RoleSource source : sources) {
            if (source.kind() == RoleSource.Kind.SPEAKER) {
                Optional<Entity> speaker = quoteSpeaker(graph.token(match.head()));
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
            List<EventParty> pair = pairedGroupParties(graph, tokenIndex, direct.get());
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
        Optional<Entity> speaker = direct.map(entity -> entity.code() == null).orElse(true) ? quotedSpeaker(graph, tokenIndex) : Optional.empty();
        if (speaker.isPresent()) {
            return List.of(new EventParty(speaker.get().id(), speaker.get().name(), speaker.get().code(), speaker.get().sector(),
                    new Span(token.start(), token.end(), token.text())));
        }
        boolean counterpart = words.containsEither(ListName.COUNTERPART_NOUN, token.lemma().toLowerCase(java.util.Locale.ROOT),
                token.text().toLowerCase(java.util.Locale.ROOT));
        boolean mouthpiece = words.containsEither(ListName.MOUTHPIECE_NOUN, token.lemma().toLowerCase(java.util.Locale.ROOT),
                token.text().toLowerCase(java.util.Locale.ROOT));
        for (Dependency arc : graph.dependents(tokenIndex)) {
            // "his Iranian counterpart": the owner is the other side, the modifier or the name is this one;
            // "a spokesperson for the embassy": the body after "for" is the one acting
            boolean lookThrough = counterpart
                    ? !arc.relation().equals("nmod:poss") && (LOOK_THROUGH.contains(arc.relation()) || COUNTERPART_NAME.contains(arc.relation()))
                    : LOOK_THROUGH.contains(arc.relation()) || mouthpiece && arc.relation().equals("nmod:for");
            if (lookThrough) {
                Token inner = graph.token(arc.dependent());
                Optional<Entity> entity = actors.entityAt(inner.start());
                if (entity.isPresent() && entity.get().code() != null && !(subjectRole && placeOfAThing(token, direct, arc, entity.get()))) {
                    List<EventParty> parties = new ArrayList<>();
                    parties.add(party(entity.get(), inner));
                    // "his Turkish and Syrian counterparts", "French, German and British negotiators"
                    for (Dependency conjunct : graph.dependents(arc.dependent())) {
                        if (!conjunct.baseRelation().equals("conj")) {
                            continue;
                        }
                        Token other = graph.token(conjunct.dependent());
                        actors.entityAt(other.start())
                                .filter(otherEntity -> otherEntity.code() != null && parties.stream().noneMatch(party -> otherEntity.id().equals(party.entity())))
                                .ifPresent(otherEntity -> parties.add(party(otherEntity, other)));
                    }
                    return parties;
                }
                List<EventParty> reciprocalParties = reciprocalParties(graph, arc.dependent());
                if (!reciprocalParties.isEmpty()) {
                    return reciprocalParties;
                }
            }
            if (arc.relation().equals("amod")) {
                // "a Greek-owned tanker", "a Spanish-flagged trawler": the holder inside the participle
                for (int holder : OwnerParticiple.holders(graph, arc.dependent(), words)) {
                    Token inner = graph.token(holder);
                    Optional<Entity> entity = actors.entityAt(inner.start());
                    if (entity.isPresent() && entity.get().code() != null) {
                        return List.of(party(entity.get(), inner));
                    }
                }
            }
        }
        if (direct.isEmpty()) {
            List<EventParty> reciprocalParties = reciprocalParties(graph, tokenIndex);
            if (!reciprocalParties.isEmpty()) {
                return reciprocalParties;
            }
        }
        if (direct.map(entity -> entity.code() == null).orElse(true) && token.text().equalsIgnoreCase("them")) {
            // "spoke with both leaders and urged them to avoid any step": the pair named just before
            List<EventParty> pair = pairNamedBefore(graph, tokenIndex);
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

    /**
     * Whether the look-through would take the place where a thing is for the one who acted: "a
     * landmine in Sisaket province wounded two soldiers", "not everyone in Berlin backed the move"
     * name no one, and the province is only where it happened. A head the actors stage reads as a
     * party, or an office word ("a magistrate in Jaffna"), keeps its place, since people are
     * commonly placed by where they act ("fishermen in Rameswaram"). Only for doers: as a target
     * the place's country is the usual reading ("loans for a project in Colombo").
     */
    private static boolean placeOfAThing(Token head, Optional<Entity> headEntity, Dependency arc, Entity inner) {
        return headEntity.isEmpty() && !"TITLE".equals(head.namedEntityTag())
                && (arc.relation().equals("nmod:in") || arc.relation().equals("nmod:at")) && "LOCATION".equals(inner.type());
    }

    /** Whether a noun or one of its modifiers names a coded party ("any Japanese vessel", "any move by Taiwan"). */
    /** Whether the token is the mention of an entity, coded or not ("the group", "Iran"). */
    boolean namesEntity(SentenceGraph graph, int tokenIndex) {
        return actors.entityAt(graph.token(tokenIndex).start()).isPresent();
    }

    boolean namesCodedParty(SentenceGraph graph, int tokenIndex) {
        if (actors.entityAt(graph.token(tokenIndex).start()).map(entity -> entity.code() != null).orElse(false)) {
            return true;
        }
        return graph.dependents(tokenIndex).stream()
                .anyMatch(arc -> actors.entityAt(graph.token(arc.dependent()).start()).map(entity -> entity.code() != null).orElse(false));
    }

    /** "Hungarian and Romanian officials": the head names one entity, the conjoined modifier another. */
    private List<EventParty> conjoinedModifierParties(SentenceGraph graph, int tokenIndex, Entity headEntity) {
        List<EventParty> parties = new ArrayList<>();
        for (Dependency arc : graph.dependents(tokenIndex)) {
            if (!(arc.baseRelation().equals("amod") || arc.baseRelation().equals("compound"))) {
                continue;
            }
            for (Dependency conjunct : graph.dependents(arc.dependent())) {
                if (!conjunct.baseRelation().equals("conj")) {
                    continue;
                }
                Token other = graph.token(conjunct.dependent());
                // The actors stage may have folded "American and Filipino troops" into one entity;
                // the conjoined demonym then still has its own mention in another entity.
                actors.entities().stream()
                        .filter(entity -> entity.code() != null && !entity.id().equals(headEntity.id())
                                && !entity.code().equals(headEntity.code()) && entity.mentionedAt(other.start()))
                        .findFirst()
                        .ifPresent(entity -> parties.add(party(entity, other)));
            }
        }
        return parties;
    }

    /**
     * The article's two main countries when the nearest plural noun before the pronoun in its
     * sentence refers to them ("a Moscow-led alliance that includes both countries, urged them",
     * "was in contact with both governments and urged them"), each with the pronoun's span; else empty.
     */
    private List<EventParty> pairNamedBefore(SentenceGraph graph, int pronounIndex) {
        for (int index = pronounIndex - 1; index >= 0; index--) {
            Token earlier = graph.token(index);
            if (earlier.partOfSpeech().equals("NNS") || earlier.partOfSpeech().equals("NNPS")) {
                Token pronoun = graph.token(pronounIndex);
                Span span = new Span(pronoun.start(), pronoun.end(), pronoun.text());
                return reciprocalParties(graph, index).stream()
                        .map(party -> new EventParty(party.entity(), party.name(), party.code(), party.sector(), span)).toList();
            }
        }
        return List.of();
    }

    List<EventParty> reciprocalParties(SentenceGraph graph, int tokenIndex) {
        Token token = graph.token(tokenIndex);
        if (actors.entityAt(token.start()).isPresent()) {
            return List.of();
        }
        return pairReferredTo(graph, tokenIndex);
    }

    /**
     * A group of people placed only by a pair ({@link PairedGroup}): "the two ministers agreed",
     * "Border commanders from the two countries met" — the pair's parties, with the group's sector;
     * empty for any other noun.
     */
    private List<EventParty> pairedGroupParties(SentenceGraph graph, int tokenIndex, Entity group) {
        if (!PairedGroup.isUnplacedGroup(graph, tokenIndex, group)) {
            return List.of();
        }
        List<EventParty> pair = PairedGroup.isDefinitePair(graph, tokenIndex, words) ? pairReferredTo(graph, tokenIndex) : List.of();
        java.util.OptionalInt placing = PairedGroup.placingNoun(graph, tokenIndex);
        if (pair.isEmpty() && placing.isPresent()) {
            pair = reciprocalParties(graph, placing.getAsInt());
        }
        Token token = graph.token(tokenIndex);
        Span span = new Span(token.start(), token.end(), token.text());
        return pair.stream().map(party -> new EventParty(party.entity(), party.name(), party.code(),
                group.sector() != null ? group.sector() : party.sector(), span)).toList();
    }

    private List<EventParty> pairReferredTo(SentenceGraph graph, int tokenIndex) {
        Token token = graph.token(tokenIndex);
        if (reciprocal.pair().isEmpty() || !words.contains(ListName.RECIPROCAL_NOUN, token.lemma())) {
            return List.of();
        }
        boolean plural = token.partOfSpeech().equals("NNS") || token.partOfSpeech().equals("NNPS");
        boolean paired = false;
        for (Dependency arc : graph.dependents(tokenIndex)) {
            String lemma = graph.token(arc.dependent()).lemma().toLowerCase(java.util.Locale.ROOT);
            if (lemma.equals("both") || lemma.equals("two") || lemma.equals("2")) {
                paired = true;
            }
            if (lemma.equals("all") || lemma.equals("every") || lemma.equals("any")) {
                // "urged all sides to exercise restraint": every party to the conflict, unnamed,
                // not the article's two main countries
                return List.of();
            }
        }
        // "urged both to return to the talks": the word itself is the pair
        // (not "both" as the determiner of "both sides", which the noun itself stands for)
        boolean alone = graph.heads(tokenIndex).stream().noneMatch(arc -> arc.baseRelation().startsWith("det")
                || arc.baseRelation().equals("cc:preconj") || arc.baseRelation().equals("cc"));
        paired |= alone && words.value(ListName.RECIPROCAL_NOUN, token.lemma().toLowerCase(java.util.Locale.ROOT))
                .filter("alone"::equals).isPresent() && (!token.partOfSpeech().equals("CD") || isDefiniteBareNumber(graph, tokenIndex));
        boolean needsPairing = words.value(ListName.RECIPROCAL_NOUN, token.lemma()).filter(value -> value.equals("paired") || value.equals("persons")).isPresent();
        boolean persons = words.value(ListName.RECIPROCAL_NOUN, token.lemma()).filter("persons"::equals).isPresent();
        if (!paired && (!plural || needsPairing) || persons && !PairedGroup.isDefinitePair(graph, tokenIndex, words)) {
            return List.of();
        }
        Span span = new Span(token.start(), token.end(), token.text());
        if (words.contains(ListName.CONFLICT_SIDE_NOUN, token.lemma())) {
            // "appealed to both warring parties" in a civil war: the one country every clash is within
            Optional<Entity> side = DomesticConflict.soleSide(events).flatMap(this::countryEntity);
            if (side.isPresent()) {
                return List.of(new EventParty(side.get().id(), side.get().name(), side.get().code(), side.get().sector(), span));
            }
        }
        List<EventParty> parties = new ArrayList<>();
        java.util.Set<String> subjectCodes = governingSubjectCodes(graph, tokenIndex);
        for (Entity entity : reciprocal.pairBefore(graph.sentence().index(), token.start(), subjectCodes,
                PairedGroup.conjoinedSubjectBefore(graph, tokenIndex, subjectCodes, actors, words))) {
            parties.add(new EventParty(entity.id(), entity.name(), entity.code(), entity.sector(), span));
        }
        return parties;
    }

    /**
     * "the two agreed": a number standing for a pair of parties has "the" and neither an "of" phrase
     * nor an apposition ("two of its frigates", "the two, a teacher and an engineer," and a bare "two"
     * count people or things).
     */
    private static boolean isDefiniteBareNumber(SentenceGraph graph, int tokenIndex) {
        boolean definite = false;
        for (Dependency arc : graph.basicDependents(tokenIndex)) {
            if (arc.relation().startsWith("nmod") || arc.relation().equals("appos")) {
                // "two of its frigates", "the two, a teacher and a retired engineer,": people or things counted
                return false;
            }
            definite |= arc.relation().equals("det") && graph.token(arc.dependent()).text().equalsIgnoreCase("the");
        }
        return definite;
    }

    /** The entity that best stands for a country code: the country itself, else any party of it that is not a place. */
    Optional<Entity> countryEntity(String code) {
        Optional<Entity> country = actors.entities().stream()
                .filter(entity -> code.equals(entity.code()) && "COUNTRY".equals(entity.type())).findFirst();
        return country.isPresent() ? country : actors.entities().stream()
                .filter(entity -> code.equals(entity.code()) && !"LOCATION".equals(entity.type())).findFirst();
    }

    /** The codes the subject of the verb governing the noun names ("Egypt and Qatar pressed both sides"): itself, its conjuncts and modifiers. */
    private java.util.Set<String> governingSubjectCodes(SentenceGraph graph, int noun) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        int node = noun;
        for (int depth = 0; depth < 3 && !graph.token(node).isVerb(); depth++) {
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0) {
                return codes;
            }
            node = up.governor();
        }
        if (!graph.token(node).isVerb()) {
            return codes;
        }
        for (int subject : RoleFillers.subjectsOf(graph, node)) {
            for (int member : RoleFillers.withConjuncts(graph, subject)) {
                List<Integer> words = new ArrayList<>(List.of(member));
                graph.dependents(member).stream().filter(arc -> LOOK_THROUGH.contains(arc.relation())).forEach(arc -> words.add(arc.dependent()));
                for (int word : words) {
                    actors.entityAt(graph.token(word).start()).map(Entity::code).filter(java.util.Objects::nonNull).ifPresent(codes::add);
                }
            }
        }
        return codes;
    }

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