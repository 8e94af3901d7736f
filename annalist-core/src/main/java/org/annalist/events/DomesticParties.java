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
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.RoleSource;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Token;

/**
 * Parties the text leaves without a country: the victims of an attack named only as people or
 * places ("killed dozens of civilians"), the target of a domestic event ("police detained 400
 * people": the actor's own country), and the actor of a domestic event named by an uncoded body
 * or a people noun ("police", "protesters": the sentence's home country). These are PLOVER
 * coders' conventions for domestic news rather than readings of a phrase, so they live apart
 * from {@link PartyFinder}, which only reads what the phrase names, and are asked last.
 */
final class DomesticParties {

    /** Participants who are by definition not of the country they are in: "expelled migrants to Libya". */
    private static final Set<String> STATELESS_PARTICIPANTS = Set.of("migrant", "refugee");

    /** The PLOVER mode of a physical beating, done to people only. */
    private static final String BEATING_MODE = "beat";

    private final ActorAnalysis actors;
    private final ReciprocalReference reciprocal;
    private final WordLists words;
    private final RoleFillers roles;
    private final ReciprocalParties pairs;
    private final ReportingSpeaker speakers;

    DomesticParties(ActorAnalysis actors, ReciprocalReference reciprocal, WordLists words, RoleFillers roles, ReciprocalParties pairs,
            ReportingSpeaker speakers) {
        this.actors = actors;
        this.reciprocal = reciprocal;
        this.words = words;
        this.roles = roles;
        this.pairs = pairs;
        this.speakers = speakers;
    }

    /**
     * The people an attack strikes without naming their country ("saying Russian missile strikes
     * had killed dozens of civilians" in a sentence that names Ukraine): for an ASSAULT or COERCE
     * whose recipient role points at a {@code domestic-participant} noun that names no entity, when
     * the actor is one country, the victims are of the one other country the sentence names, or,
     * when it names none, of the other of the article's two main countries. An ASSAULT's uncoded
     * object or directed phrase may also be a place or thing ("opened fire on villages", "fired at
     * its posts", "an air strike against the militants") when the sentence names exactly one
     * other country: the target is that country's.
     */
    PartyFinder.Filling adversaryRecipient(SentenceGraph graph, TriggerMatch match, PartyFinder.Filling actor) {
        String event = match.pattern().event();
        Optional<String> actorCountry = actor.soleCountry();
        if (!(event.equals("ASSAULT") || event.equals("COERCE")) || actorCountry.isEmpty()) {
            return PartyFinder.Filling.none();
        }
        String code = actorCountry.get();
        Map<String, Entity> others = new LinkedHashMap<>();
        for (Token token : graph.sentence().tokens()) {
            Optional<Entity> entity = actors.entityAt(token.start());
            if (entity.isPresent() && entity.get().code() != null && ReciprocalReference.isCountryCode(entity.get().code())
                    && !entity.get().code().equals(code) && !isNewsOutlet(entity.get())) {
                others.putIfAbsent(entity.get().code(), entity.get());
            }
        }
        Entity victim = null;
        if (others.size() == 1) {
            victim = others.values().iterator().next();
        } else if (others.isEmpty() && reciprocal.pair().size() == 2
                && reciprocal.pair().stream().anyMatch(entity -> code.equals(entity.code()))) {
            victim = reciprocal.pair().stream().filter(entity -> !code.equals(entity.code())).findFirst().orElseThrow();
        }
        if (victim == null) {
            return PartyFinder.Filling.none();
        }
        for (RoleSource source : match.pattern().recipient()) {
            boolean attackPhrase = source.kind() == RoleSource.Kind.PREPOSITION && event.equals("ASSAULT") && others.size() == 1;
            if (source.kind() != RoleSource.Kind.OBJECT && !attackPhrase) {
                continue;
            }
            for (int token : roles.fillers(graph, match, source)) {
                Token word = graph.token(token);
                // an attack's uncoded target may be a place or thing too ("opened fire on villages",
                // "fired at its posts"), when the sentence names the one other country it belongs to; but
                // one beats people, not things ("beating the drums of war" is no beating of anyone's)
                boolean target = event.equals("ASSAULT") && others.size() == 1 && !BEATING_MODE.equals(match.pattern().mode());
                if (word.isNoun() && actors.entityAt(word.start()).map(entity -> entity.code() == null).orElse(true)
                        && !STATELESS_PARTICIPANTS.contains(word.lemma().toLowerCase(Locale.ROOT))
                        && (target || isDomesticParticipant(words, word) || (others.isEmpty() && isCrossBorder(graph, token, words)))) {
                    return new PartyFinder.Filling(List.of(new EventParty(victim.id(), victim.name(), victim.code(), victim.sector(),
                            new Span(word.start(), word.end(), word.text()))), "victims of the other country (" + word.text() + ")");
                }
            }
        }
        return PartyFinder.Filling.none();
    }

    /**
     * The recipient of a domestic event: when the role points at a participant or thing that
     * names no coded entity ("detained 400 people", "lifted a ban on the opposition", "shut down
     * internet services", "thanked the union") and the actor is one country, the target is taken
     * to be of the actor's country, as PLOVER coders do (police → protesters is GEO → GEO). Not
     * applied when the trigger's own clause names another country, whose people or things it may be
     * ({@link ClauseCountries}: a country in another clause or named as a route owns nothing here), nor
     * when a {@code foreign-origin-word} says the noun comes from abroad ("foreign embassies"); when
     * that word names whose it is ("European brandy": EUR), that is the recipient.
     */
    PartyFinder.Filling domesticRecipient(SentenceGraph graph, TriggerMatch match, PartyFinder.Filling actor) {
        Optional<String> actorCountry = actor.soleCountry();
        if (actorCountry.isEmpty()) {
            return PartyFinder.Filling.none();
        }
        if (words.coversCode(ListName.OWN_FORCES_CODE, match.pattern().cameo())) {
            // "declared a unilateral ceasefire", "placed its units on alert": done with the actor's
            // own forces, towards an unnamed adversary or nobody, not the actor's own country
            return PartyFinder.Filling.none();
        }
        String code = actorCountry.get();
        if (!ClauseCountries.otherCountries(graph, match.head(), code, actors, DomesticParties::isNewsOutlet).isEmpty()) {
            return PartyFinder.Filling.none();
        }
        // another country named elsewhere in the sentence ("welcomed Qatar's mediation but accused
        // the rebels of shelling army positions"): only people the role names outright are the actor's
        // own; the victims of an attack or a coercion may be the other country's (adversaryRecipient)
        boolean peopleOnly = false;
        boolean violent = match.pattern().event().equals("ASSAULT") || match.pattern().event().equals("COERCE");
        for (Token token : graph.sentence().tokens()) {
            Optional<Entity> entity = actors.entityAt(token.start());
            if (entity.isPresent() && entity.get().code() != null && !entity.get().code().equals(code)
                    && ReciprocalReference.isCountryCode(entity.get().code()) && !isNewsOutlet(entity.get())) {
                if (violent) {
                    return PartyFinder.Filling.none();
                }
                peopleOnly = true;
            }
            if (peopleOnly) {
                continue;
            }
            // "urged further joint endeavor on the part of the countries": one side of the pair
            // addresses the other, not its own country
            List<EventParty> otherSide = pairs.of(graph, token.index()).stream()
                    .filter(party -> party.code() != null && !party.code().equals(code)).toList();
            if (!otherSide.isEmpty()) {
                return new PartyFinder.Filling(otherSide, "the other side of a reciprocal reference");
            }
        }
        for (RoleSource source : match.pattern().recipient()) {
            List<Integer> tokens = new ArrayList<>(roles.fillers(graph, match, source));
            if (source.kind() == RoleSource.Kind.OBJECT) {
                tokens.addAll(match.objects());
            }
            for (int token : tokens) {
                Token word = graph.token(token);
                if (word.isNoun() && actors.entityAt(word.start()).map(entity -> entity.code() == null).orElse(true)) {
                    Optional<Token> origin = foreignOrigin(graph, token, words);
                    Optional<String> originCode = origin.flatMap(modifier -> words.value(ListName.FOREIGN_ORIGIN_WORD, modifier.text()))
                            .filter(value -> !value.isBlank());
                    if (originCode.isPresent() && !originCode.get().equals(code)) {
                        // "imposed duties on European brandy", "accused European officials": the modifier says whose
                        Token modifier = origin.get();
                        return new PartyFinder.Filling(List.of(new EventParty(null, null, originCode.get(), null,
                                new Span(modifier.start(), modifier.end(), modifier.text()))), "the origin its modifier names " + source);
                    }
                    if (isCrossBorder(graph, token, words) || origin.isPresent()) {
                        // "closed the Adre crossing", "seized the fishermen", "accused foreign embassies":
                        // across the border or abroad, not the actor's own (adversaryRecipient, CounterpartRecipient)
                        return PartyFinder.Filling.none();
                    }
                    if (peopleOnly && (!isDomesticParticipant(words, word)
                            || STATELESS_PARTICIPANTS.contains(word.lemma().toLowerCase(Locale.ROOT))
                            || hasAllegiance(graph, token))) {
                        // "delivered weapons to fighters loyal to a regional administration", another
                        // country named in the sentence: they are whoever they are loyal to, not the actor's own
                        return PartyFinder.Filling.none();
                    }
                    if ("in".equals(source.preposition()) && actors.entityAt(word.start()).isEmpty()
                            && !isDomesticParticipant(words, word)) {
                        // "declared a state of emergency in four provinces": where it happened, not whom
                        return PartyFinder.Filling.none();
                    }
                    if (match.pattern().event().equals("COERCE") && actors.entityAt(word.start()).isEmpty()
                            && words.contains(ListName.PLACE_NOUN, word.lemma())) {
                        // "imposed a curfew on the capital", "sealed off the district": a coercion of a
                        // place names no party, and gold codes it without a target (a town given back in a
                        // refusal stays the country's, an attacked place the victims', adversaryRecipient)
                        return PartyFinder.Filling.none();
                    }
                    if (match.pattern().event().equals("CONSULT") && actors.entityAt(word.start()).isEmpty()
                            && !isDomesticParticipant(words, word)) {
                        // "will travel to the region": one consults people, not a place or a thing
                        return PartyFinder.Filling.none();
                    }
                    // the recipient is the word's own (uncoded) entity, "32 suspected militants", or people
                    // ("protesters"), placed in the actor's country; a thing ("blocked a highway", "demanded a
                    // ransom", the trigger's own "fire" of "opened fire") names no party: the recipient is the
                    // country itself and has no name (the word stays its mention, the evidence the rule read)
                    Optional<Entity> named = actors.entityAt(word.start());
                    String name = named.map(Entity::name).orElse(isDomesticParticipant(words, word) ? word.text() : null);
                    EventParty recipient = new EventParty(named.map(Entity::id).orElse(null), name, code,
                            named.map(Entity::sector).orElse(null), new Span(word.start(), word.end(), word.text()));
                    return new PartyFinder.Filling(List.of(recipient),
                            "domestic " + source + (peopleOnly ? " (its own people; another country is named in another clause)" : ""));
                }
            }
        }
        if (peopleOnly || match.pattern().event().equals("CONSULT")) {
            // "the leaders will meet on Thursday", "held a summit": a consultation with nobody named is
            // a one-party meeting (LoneConsultation), not one with the actor's own country
            return PartyFinder.Filling.none();
        }
        // no target named at all ("protesters rioted", "began a hunger strike"): the event is
        // still within the actor's country, as PLOVER codes a domestic event without a target; the
        // recipient is that country and has no name (the actor's name would read as a second party)
        return actor.ownCountry(code, DependencyEventCoder.NO_TARGET_SOURCE);
    }

    /**
     * The target of crowd control named without one ({@code crowd-control-code}: "Kathmandu police
     * fired tear gas", "police fired tear gas to break up a protest against a Chinese police team"):
     * done by one country in its own country (the sentence's home country), it is done to that
     * country's own people, as every gold set codes it, also when the sentence names another
     * country. Asked after {@link #domesticRecipient}, which the other country stops.
     */
    PartyFinder.Filling crowdControlRecipient(TriggerMatch match, PartyFinder.Filling actor, String homeCountry) {
        Optional<String> actorCountry = actor.soleCountry();
        if (actorCountry.isEmpty() || !actorCountry.get().equals(homeCountry)
                || !words.coversCode(ListName.CROWD_CONTROL_CODE, match.pattern().cameo())) {
            return PartyFinder.Filling.none();
        }
        return actor.ownCountry(actorCountry.get(), "domestic (crowd control in its own country)");
    }

    /**
     * The actor of a domestic event named without its country: "police detained 22 people",
     * "tens of thousands of people rallied in Belgrade", "the interior ministry said". When the
     * actor sources point at an entity without a code (police, a ministry) or at a noun for a
     * country's own people ({@code domestic-participant}), the actor is of the sentence's home
     * country: the country of the place the sentence names, else of the dateline, else the
     * article's most mentioned country.
     */
    PartyFinder.Filling domesticActor(SentenceGraph graph, TriggerMatch match, String homeCountry) {
        if (homeCountry == null) {
            return PartyFinder.Filling.none();
        }
        for (RoleSource source : match.pattern().actor()) {
            for (int filler : roles.fillers(graph, match, source)) {
                // "the president said he would not resign": the pronoun stands for the reporter
                List<Integer> reporters = graph.token(filler).isPronoun() ? speakers.reportingSubjects(graph, filler) : List.of();
                int token = reporters.isEmpty() ? filler : reporters.get(0);
                for (int member : RoleFillers.withConjuncts(graph, token)) {
                    Token word = graph.token(member);
                    Optional<Entity> entity = actors.entityAt(word.start());
                    boolean uncodedEntity = entity.isPresent() && entity.get().code() == null && !"PERSON".equals(entity.get().type());
                    boolean participant = entity.isEmpty() && word.isNoun()
                            && isDomesticParticipant(words, word);
                    if (uncodedEntity || participant) {
                        Span span = new Span(word.start(), word.end(), word.text());
                        return new PartyFinder.Filling(List.of(new EventParty(entity.map(Entity::id).orElse(null),
                                entity.map(Entity::name).orElse(word.text()), homeCountry, entity.map(Entity::sector).orElse(null), span)),
                                "domestic " + source);
                    }
                }
            }
        }
        return PartyFinder.Filling.none();
    }

    /** The article's most mentioned country, for {@link #domesticActor}. */
    String dominantCountry() {
        return reciprocal.dominantCountry();
    }

    /**
     * A news outlet ("a local official told AFP", "Reuters reported") carries its home country's
     * code but is not a party of the story: it neither makes the sentence foreign nor owns its victims.
     */
    private static boolean isNewsOutlet(Entity entity) {
        return PressRecipient.MEDIA_SECTOR.equals(entity.sector());
    }

    /**
     * A noun for what lies across a border by its nature ({@code cross-border-noun}: a crossing, a
     * ship, its crew, fishermen), also as the compound that heads it ("nine crew members").
     */
    private static boolean isCrossBorder(SentenceGraph graph, int token, WordLists words) {
        List<Integer> candidates = new ArrayList<>(List.of(token));
        candidates.addAll(graph.dependentsByRelation(token, "compound"));
        for (int candidate : candidates) {
            Token word = graph.token(candidate);
            if (words.containsEither(ListName.CROSS_BORDER_NOUN, word.lemma().toLowerCase(Locale.ROOT), word.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The {@code foreign-origin-word} modifier by which the noun is said to come from abroad ("foreign
     * embassies", "imported poultry", "European brandy"), if any.
     */
    private static Optional<Token> foreignOrigin(SentenceGraph graph, int token, WordLists words) {
        return graph.dependentsByRelation(token, "amod").stream().map(graph::token)
                .filter(modifier -> words.containsEither(ListName.FOREIGN_ORIGIN_WORD, modifier.lemma().toLowerCase(Locale.ROOT), modifier.text()))
                .findFirst();
    }

    /** "fighters loyal to a regional administration", "militias allied to the army": the phrase says whose they are. */
    private boolean hasAllegiance(SentenceGraph graph, int noun) {
        return graph.basicDependents(noun).stream().anyMatch(arc -> arc.relation().equals("amod")
                && words.contains(ListName.ALLEGIANCE_WORD, graph.token(arc.dependent()).lemma().toLowerCase(Locale.ROOT)));
    }

    /** A word of the {@code domestic-participant} list ("protesters", "villagers"), by lemma or as written. */
    static boolean isDomesticParticipant(WordLists words, Token word) {
        return words.containsEither(ListName.DOMESTIC_PARTICIPANT, word.lemma().toLowerCase(Locale.ROOT), word.text());
    }
}
