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
import org.annalist.events.patterns.TriggerKind;
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

    private static final java.util.Set<String> DEFINITE_DETERMINERS = java.util.Set.of("the", "this", "that", "these", "those");

    /** Where a counterpart noun names its holder: "his counterpart, Mohammad Ashtiani". */
    private static final List<String> COUNTERPART_NAME = List.of("appos", "dep", "flat");

    /** Pronouns that may stand for the reporting verb's subject ({@link #reportingSubjectParties}). */
    private static final java.util.Set<String> THIRD_PERSON_SUBJECTS = java.util.Set.of("it", "they", "he", "she");

    /** Participants who are by definition not of the country they are in: "expelled migrants to Libya". */
    private static final java.util.Set<String> STATELESS_PARTICIPANTS = java.util.Set.of("migrant", "refugee");

    private static final List<String> LOOK_THROUGH = List.of("nmod:poss", "amod", "compound", "nmod:of", "nmod:in", "nmod:from");

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

    /** First-person words that, inside a direct quotation, are its speaker ("we", "our army"). */
    private static final java.util.Set<String> FIRST_PERSON = java.util.Set.of("we", "us", "our", "i", "me", "my");

    private final ActorAnalysis actors;
    private final ReciprocalReference reciprocal;
    private final WordLists words;
    private final List<Quote> quotes;
    private final PronounAntecedent antecedents;
    private final KindNounReference kindNouns;

    PartyFinder(ActorAnalysis actors, ReciprocalReference reciprocal, WordLists words, List<Quote> quotes, PronounAntecedent antecedents) {
        this.actors = actors;
        this.reciprocal = reciprocal;
        this.words = words;
        this.quotes = List.copyOf(quotes);
        this.antecedents = antecedents;
        this.kindNouns = new KindNounReference(actors, words);
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

    Filling fill(SentenceGraph graph, TriggerMatch match, List<RoleSource> sources) {
        Filling firstUncoded = null;
        for (RoleSource source : sources) {
            List<EventParty> parties = new ArrayList<>();
            Map<String, EventParty> byEntity = new LinkedHashMap<>();
            boolean subjectRole = source.kind() == RoleSource.Kind.SUBJECT || source.kind() == RoleSource.Kind.GOVERNOR;
            for (int token : fillers(graph, match, source)) {
                for (int member : withConjuncts(graph, token)) {
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
     * The recipient when the pattern's sources found no coded one: a coded entity in the
     * trigger's objects or directed phrases, or one level down inside them (see
     * {@link #TRIGGER_PHRASES}, {@link #INNER_PHRASES}); never one of the actor's entities. Nearer
     * phrases win over deeper ones; at the same depth, the earlier in the sentence.
     */
    Filling phraseRecipient(SentenceGraph graph, TriggerMatch match, Filling actor) {
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
            }
        }
        for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
            level = level.stream().distinct().sorted().toList();
            Map<String, EventParty> byEntity = new LinkedHashMap<>();
            for (int token : level) {
                if (match.words().contains(token)) {
                    continue;
                }
                for (int member : withConjuncts(graph, token)) {
                    Token word = graph.token(member);
                    actors.entityAt(word.start())
                            .filter(entity -> entity.code() != null && !excluded.contains(entity.id()))
                            .ifPresent(entity -> byEntity.putIfAbsent(entity.id(), party(entity, word)));
                }
            }
            if (!byEntity.isEmpty()) {
                return new Filling(new ArrayList<>(byEntity.values()), depth == 0 ? "phrase" : "inner phrase");
            }
            List<Integer> next = new ArrayList<>();
            for (int token : level) {
                for (Dependency arc : graph.dependents(token)) {
                    if (INNER_PHRASES.contains(arc.relation())) {
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
        return Filling.none();
    }

    /**
     * The party a threat is made to: the subject of its condition ("threatened to stop the talks
     * if the United States goes ahead", "threatened an offensive unless Baghdad accepted"), a
     * clause with a {@code condition-marker} under the trigger or its complements. The actor's
     * own entities are not taken.
     */
    Filling conditionRecipient(SentenceGraph graph, TriggerMatch match, Filling actor) {
        java.util.Set<String> own = new java.util.HashSet<>();
        actor.parties().forEach(party -> own.add(party.code()));
        List<Integer> clauses = new ArrayList<>();
        clauses.add(match.head());
        for (int index = 0; index < clauses.size() && index < 8; index++) {
            for (Dependency arc : graph.basicDependents(clauses.get(index))) {
                if (arc.relation().equals("xcomp") || arc.relation().equals("ccomp")) {
                    clauses.add(arc.dependent());
                }
            }
        }
        for (int clause : clauses) {
            for (Dependency arc : graph.basicDependents(clause)) {
                if (!arc.relation().startsWith("advcl") || !isCondition(graph, arc.dependent())) {
                    continue;
                }
                for (int subject : subjectsOf(graph, arc.dependent())) {
                    List<EventParty> parties = partiesFor(graph, subject, false).stream()
                            .filter(party -> party.code() != null && !own.contains(party.code())).toList();
                    if (!parties.isEmpty()) {
                        return new Filling(parties, "condition");
                    }
                }
            }
        }
        return Filling.none();
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
     * The people an attack strikes without naming their country ("saying Russian missile strikes
     * had killed dozens of civilians" in a sentence that names Ukraine): for an ASSAULT or COERCE
     * whose recipient role points at a {@code domestic-participant} noun that names no entity, when
     * the actor is one country, the victims are of the one other country the sentence names, or,
     * when it names none, of the other of the article's two main countries. An ASSAULT's uncoded
     * object or directed phrase may also be a place or thing ("opened fire on villages", "fired at
     * its posts", "an air strike against the militants") when the sentence names exactly one
     * other country: the target is that country's.
     */
    Filling adversaryRecipient(SentenceGraph graph, TriggerMatch match, Filling actor) {
        String event = match.pattern().event();
        Optional<String> actorCountry = actor.soleCountry();
        if (!(event.equals("ASSAULT") || event.equals("COERCE")) || actorCountry.isEmpty()) {
            return Filling.none();
        }
        String code = actorCountry.get();
        Map<String, Entity> others = new LinkedHashMap<>();
        for (Token token : graph.sentence().tokens()) {
            Optional<Entity> entity = actors.entityAt(token.start());
            if (entity.isPresent() && entity.get().code() != null && ReciprocalReference.isCountryCode(entity.get().code())
                    && !entity.get().code().equals(code)) {
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
            return Filling.none();
        }
        for (RoleSource source : match.pattern().recipient()) {
            boolean attackPhrase = source.kind() == RoleSource.Kind.PREPOSITION && event.equals("ASSAULT") && others.size() == 1;
            if (source.kind() != RoleSource.Kind.OBJECT && !attackPhrase) {
                continue;
            }
            for (int token : fillers(graph, match, source)) {
                Token word = graph.token(token);
                // an attack's uncoded target may be a place or thing too ("opened fire on villages",
                // "fired at its posts"), when the sentence names the one other country it belongs to
                boolean target = event.equals("ASSAULT") && others.size() == 1;
                if (word.isNoun() && actors.entityAt(word.start()).map(entity -> entity.code() == null).orElse(true)
                        && !STATELESS_PARTICIPANTS.contains(word.lemma().toLowerCase(java.util.Locale.ROOT))
                        && (target || words.containsEither(ListName.DOMESTIC_PARTICIPANT, word.lemma().toLowerCase(java.util.Locale.ROOT), word.text()))) {
                    return new Filling(List.of(new EventParty(victim.id(), victim.name(), victim.code(), victim.sector(),
                            new Span(word.start(), word.end(), word.text()))), "victims of the other country (" + word.text() + ")");
                }
            }
        }
        return Filling.none();
    }

    /**
     * The recipient of a domestic event: when the role points at a participant or thing that
     * names no coded entity ("detained 400 people", "lifted a ban on the opposition", "shut down
     * internet services", "thanked the union") and the actor is one country, the target is taken
     * to be of the actor's country, as PLOVER coders do (police → protesters is GEO → GEO). Not
     * applied when the sentence names another country, whose people or things it may be.
     */
    Filling domesticRecipient(SentenceGraph graph, TriggerMatch match, Filling actor) {
        Optional<String> actorCountry = actor.soleCountry();
        if (actorCountry.isEmpty()) {
            return Filling.none();
        }
        if (words.coversCode(ListName.OWN_FORCES_CODE, match.pattern().cameo())) {
            // "declared a unilateral ceasefire", "placed its units on alert": done with the actor's
            // own forces, towards an unnamed adversary or nobody, not the actor's own country
            return Filling.none();
        }
        String code = actorCountry.get();
        for (Token token : graph.sentence().tokens()) {
            Optional<Entity> entity = actors.entityAt(token.start());
            if (entity.isPresent() && entity.get().code() != null && !entity.get().code().equals(code)
                    && ReciprocalReference.isCountryCode(entity.get().code())) {
                return Filling.none();
            }
            // "urged further joint endeavor on the part of the countries": one side of the pair
            // addresses the other, not its own country
            List<EventParty> otherSide = reciprocalParties(graph, token.index()).stream()
                    .filter(party -> party.code() != null && !party.code().equals(code)).toList();
            if (!otherSide.isEmpty()) {
                return new Filling(otherSide, "the other side of a reciprocal reference");
            }
        }
        for (RoleSource source : match.pattern().recipient()) {
            List<Integer> tokens = new ArrayList<>(fillers(graph, match, source));
            if (source.kind() == RoleSource.Kind.OBJECT) {
                tokens.addAll(match.objects());
            }
            for (int token : tokens) {
                Token word = graph.token(token);
                if (word.isNoun() && actors.entityAt(word.start()).map(entity -> entity.code() == null).orElse(true)) {
                    if ("in".equals(source.preposition()) && actors.entityAt(word.start()).isEmpty()
                            && !words.containsEither(ListName.DOMESTIC_PARTICIPANT, word.lemma().toLowerCase(java.util.Locale.ROOT), word.text())) {
                        // "declared a state of emergency in four provinces": where it happened, not whom
                        return Filling.none();
                    }
                    if (match.pattern().event().equals("CONSULT") && actors.entityAt(word.start()).isEmpty()
                            && !words.containsEither(ListName.DOMESTIC_PARTICIPANT, word.lemma().toLowerCase(java.util.Locale.ROOT), word.text())) {
                        // "will travel to the region": one consults people, not a place or a thing
                        return Filling.none();
                    }
                    EventParty own = actor.parties().stream().filter(party -> code.equals(party.code())).findFirst().orElseThrow();
                    return new Filling(List.of(new EventParty(null, own.name(), code, null,
                            new Span(word.start(), word.end(), word.text()))), "domestic " + source);
                }
            }
        }
        // no target named at all ("protesters rioted", "began a hunger strike"): the event is
        // still within the actor's country, as PLOVER codes a domestic event without a target
        EventParty own = actor.parties().stream().filter(party -> code.equals(party.code())).findFirst().orElseThrow();
        return new Filling(List.of(new EventParty(null, own.name(), code, null, own.mention())), DependencyEventCoder.NO_TARGET_SOURCE);
    }

    /**
     * The noun by which the recipient role refers back to an action already reported: an object
     * (or required object word) of the trigger on the {@code anaphoric-noun} list, with "the",
     * "this", "that", "these" or "those", that names no coded entity ("condemned the move",
     * "welcomed the decision"). Empty when there is none.
     */
    Optional<Token> anaphoricObject(SentenceGraph graph, TriggerMatch match) {
        List<Integer> candidates = new ArrayList<>(match.objects());
        for (RoleSource source : match.pattern().recipient()) {
            candidates.addAll(fillers(graph, match, source));
        }
        candidates.addAll(graph.dependentsByRelation(match.head(), "obj"));
        for (int token : candidates) {
            Token word = graph.token(token);
            if (!word.isNoun() || !words.containsEither(ListName.ANAPHORIC_NOUN, word.lemma().toLowerCase(java.util.Locale.ROOT),
                    word.text().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (actors.entityAt(word.start()).map(entity -> entity.code() != null).orElse(false)) {
                continue;
            }
            boolean definite = false;
            boolean owned = false;
            for (Dependency arc : graph.dependents(token)) {
                String dependent = graph.token(arc.dependent()).text().toLowerCase(java.util.Locale.ROOT);
                if (arc.relation().equals("det") && DEFINITE_DETERMINERS.contains(dependent)) {
                    definite = true;
                }
                if (arc.relation().equals("nmod:poss")) {
                    owned = true;
                }
            }
            if (definite && !owned) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    /**
     * The actor of a domestic event named without its country: "police detained 22 people",
     * "tens of thousands of people rallied in Belgrade", "the interior ministry said". When the
     * actor sources point at an entity without a code (police, a ministry) or at a noun for a
     * country's own people ({@code domestic-participant}), the actor is of the sentence's home
     * country: the country of the place the sentence names, else of the dateline, else the
     * article's most mentioned country.
     */
    Filling domesticActor(SentenceGraph graph, TriggerMatch match, String homeCountry) {
        if (homeCountry == null) {
            return Filling.none();
        }
        for (RoleSource source : match.pattern().actor()) {
            for (int filler : fillers(graph, match, source)) {
                // "the president said he would not resign": the pronoun stands for the reporter
                List<Integer> reporters = graph.token(filler).isPronoun() ? reportingSubjects(graph, filler) : List.of();
                int token = reporters.isEmpty() ? filler : reporters.get(0);
                for (int member : withConjuncts(graph, token)) {
                    Token word = graph.token(member);
                    Optional<Entity> entity = actors.entityAt(word.start());
                    boolean uncodedEntity = entity.isPresent() && entity.get().code() == null && !"PERSON".equals(entity.get().type());
                    boolean participant = entity.isEmpty() && word.isNoun()
                            && words.containsEither(ListName.DOMESTIC_PARTICIPANT, word.lemma().toLowerCase(java.util.Locale.ROOT), word.text());
                    if (uncodedEntity || participant) {
                        Span span = new Span(word.start(), word.end(), word.text());
                        return new Filling(List.of(new EventParty(entity.map(Entity::id).orElse(null),
                                entity.map(Entity::name).orElse(word.text()), homeCountry, entity.map(Entity::sector).orElse(null), span)),
                                "domestic " + source);
                    }
                }
            }
        }
        return Filling.none();
    }

    /** The article's most mentioned country, for {@link #domesticActor}. */
    String dominantCountry() {
        return reciprocal.dominantCountry();
    }

    /** A noun trigger's own modifiers name its actor ("Russian strikes"), not its recipient. */
    private static boolean isNounModifierOfOwnTrigger(TriggerMatch match, Dependency arc) {
        return match.pattern().kind() == TriggerKind.NOUN
                && (arc.relation().equals("amod") || arc.relation().equals("compound") || arc.relation().equals("nmod:poss"));
    }

    /** The tokens a source points at. */
    List<Integer> fillers(SentenceGraph graph, TriggerMatch match, RoleSource source) {
        int head = match.head();
        boolean verb = match.pattern().kind() == TriggerKind.VERB;
        List<Integer> found = new ArrayList<>();
        switch (source.kind()) {
            case SUBJECT -> found.addAll(verb ? subjectsOf(graph, head) : governorSubjects(graph, head));
            case OBJECT -> {
                if (graph.isPassive(head)) {
                    found.addAll(graph.dependentsByRelation(head, "nsubj:pass"));
                }
                found.addAll(graph.dependentsByRelation(head, "obj"));
                if (verb) {
                    found.addAll(graph.displacedObjects(head));
                    found.addAll(graph.namedObjects(head));
                }
            }
            case INDIRECT_OBJECT -> found.addAll(graph.dependentsByRelation(head, "iobj"));
            case POSSESSOR -> found.addAll(graph.dependentsByRelation(head, "nmod:poss"));
            case MODIFIER -> {
                for (Dependency arc : graph.dependents(head)) {
                    if (arc.baseRelation().equals("amod") || arc.baseRelation().equals("compound")) {
                        found.add(arc.dependent());
                    }
                }
            }
            case GOVERNOR -> found.addAll(governorSubjects(graph, head));
            case PREPOSITION -> {
                found.addAll(graph.prepositionDependents(head, source.preposition()));
                for (int object : match.objects()) {
                    found.addAll(graph.prepositionDependents(object, source.preposition()));
                }
                if (!verb) {
                    for (int verbToken : clauseVerbsOfNoun(graph, head)) {
                        found.addAll(graph.prepositionDependents(verbToken, source.preposition()));
                    }
                }
            }
            case COMPLEMENT -> {
                List<Integer> own = subjectsOf(graph, head);
                for (Dependency arc : graph.dependents(head)) {
                    if (arc.relation().equals("xcomp") || arc.relation().equals("ccomp")) {
                        subjectsOf(graph, arc.dependent()).stream().filter(subject -> !own.contains(subject)).forEach(found::add);
                    }
                }
                int reported = verb && match.pattern().complementCondition() == org.annalist.events.patterns.ComplementCondition.CLAUSE
                        ? SentenceGraph.reportedClause(graph, head) : -1;
                if (reported >= 0) {
                    subjectsOf(graph, reported).stream().filter(subject -> !own.contains(subject)).forEach(found::add);
                }
            }
            case NONE -> { }
        }
        found.removeIf(token -> match.words().contains(token));
        return found.stream().distinct().toList();
    }

    /** The subject of a verb: nsubj (incl. controlled nsubj:xsubj), or the by-agent when passive. */
    static List<Integer> subjectsOf(SentenceGraph graph, int verb) {
        if (graph.isPassive(verb)) {
            return graph.dependentsByRelation(verb, "obl:agent", "obl:by");
        }
        List<Integer> subjects = new ArrayList<>();
        for (Dependency arc : graph.dependents(verb)) {
            if (arc.relation().equals("nsubj") || arc.relation().equals("nsubj:xsubj")) {
                subjects.add(arc.dependent());
            }
        }
        if (subjects.isEmpty()) {
            DetachedSubject.of(graph, verb).ifPresent(subjects::add);
        }
        if (subjects.isEmpty() && isPurposeClause(graph, verb)) {
            // "police opened fire to disperse the demonstrators": a purpose infinitive without a
            // subject of its own is done by the subject of the clause it serves
            Dependency up = graph.basicHead(verb);
            for (Dependency arc : graph.dependents(up.governor())) {
                if (arc.relation().equals("nsubj")) {
                    subjects.add(arc.dependent());
                }
            }
        }
        return subjects;
    }

    /** An infinitive adverbial clause ("... to disperse them") attached to an active verb. */
    private static boolean isPurposeClause(SentenceGraph graph, int verb) {
        Dependency up = graph.basicHead(verb);
        if (up == null || up.governor() < 0 || !up.relation().startsWith("advcl") || !graph.token(verb).partOfSpeech().equals("VB")
                || !graph.token(up.governor()).isVerb() || graph.isPassive(up.governor())) {
            return false;
        }
        for (Dependency arc : graph.basicDependents(verb)) {
            if (arc.relation().equals("mark") && graph.token(arc.dependent()).text().equalsIgnoreCase("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a noun trigger: the subject of the light verb whose object it is ("Iran held talks"),
     * or of any verb it attaches to through a participation preposition ("said during the meeting").
     */
    private List<Integer> governorSubjects(SentenceGraph graph, int noun) {
        List<Integer> subjects = new ArrayList<>();
        for (int verb : governingVerbs(graph, noun, words)) {
            subjects.addAll(subjectsOf(graph, verb));
        }
        return subjects;
    }

    /** The verbs through which a noun event's participants are named. */
    static List<Integer> governingVerbs(SentenceGraph graph, int noun, WordLists words) {
        List<Integer> verbs = new ArrayList<>();
        for (Dependency arc : graph.heads(noun)) {
            if (arc.governor() < 0) {
                continue;
            }
            Token governor = graph.token(arc.governor());
            if ((arc.relation().equals("nmod:of") || arc.relation().equals("nmod:in")) && graph.isQuantity(arc.governor())
                    && arc.governor() != noun) {
                // "launched one of its largest attacks", "approved a package of sanctions",
                // "announced $60 million in funding": the verb governs the noun through the quantity
                for (int verb : governingVerbs(graph, arc.governor(), words)) {
                    if (!verbs.contains(verb)) {
                        verbs.add(verb);
                    }
                }
                continue;
            }
            if (!governor.isVerb()) {
                continue;
            }
            String relation = arc.relation();
            boolean light = (relation.equals("obj") || relation.startsWith("nsubj:pass"))
                    && words.containsEither(ListName.LIGHT_VERB, governor.lemma(), governor.text());
            boolean participation = relation.startsWith("obl:")
                    && words.contains(ListName.PARTICIPATION_PREPOSITION, relation.substring(4));
            if ((light || participation) && !verbs.contains(arc.governor())) {
                verbs.add(arc.governor());
            }
        }
        return verbs;
    }

    /** Verbs of relative or participle clauses on the noun ("drills that took place between ..."). */
    private static List<Integer> clauseVerbsOfNoun(SentenceGraph graph, int noun) {
        List<Integer> verbs = new ArrayList<>();
        for (Dependency arc : graph.dependents(noun)) {
            if (arc.baseRelation().equals("acl")) {
                verbs.add(arc.dependent());
                for (Dependency inner : graph.dependents(arc.dependent())) {
                    if (inner.relation().equals("xcomp") || inner.baseRelation().equals("conj")) {
                        verbs.add(inner.dependent());
                    }
                }
            }
        }
        for (Dependency arc : graph.heads(noun)) {
            if (arc.relation().equals("obj") && arc.governor() >= 0) {
                Token governor = graph.token(arc.governor());
                if (governor.isVerb()) {
                    verbs.add(arc.governor());
                }
            }
        }
        return verbs;
    }

    private static List<Integer> withConjuncts(SentenceGraph graph, int token) {
        List<Integer> members = new ArrayList<>();
        members.add(token);
        for (Dependency arc : graph.dependents(token)) {
            if (arc.baseRelation().equals("conj") && graph.token(arc.dependent()).isNoun() || arc.baseRelation().equals("conj")
                    && graph.token(arc.dependent()).isPronoun()) {
                members.add(arc.dependent());
            }
        }
        return members;
    }

    /**
     * The entities a filler token stands for. An uncoded pronoun that is a subject role's filler
     * may stand for the reporting verb's subject ({@link #reportingSubjectParties}); as the
     * subject of a frame's complement ("warned that it would ...") it is the frame's own actor,
     * not a recipient.
     */
    private List<EventParty> partiesFor(SentenceGraph graph, int tokenIndex, boolean subjectRole) {
        Token token = graph.token(tokenIndex);
        Optional<Entity> direct = actors.entityAt(token.start());
        if (subjectRole && token.isPronoun() && direct.map(entity -> entity.code() == null).orElse(true)) {
            List<EventParty> reporter = reportingSubjectParties(graph, tokenIndex);
            if (!reporter.isEmpty()) {
                return reporter;
            }
            if (reportingSubjects(graph, tokenIndex).isEmpty()) {
                // "It said it had deployed more units": no reporter in the sentence, an earlier subject
                List<EventParty> antecedent = antecedents.of(graph, tokenIndex);
                if (!antecedent.isEmpty()) {
                    return antecedent;
                }
            }
        }
        if (subjectRole && token.isNoun() && direct.map(entity -> entity.code() == null).orElse(true)) {
            // "Saudi Arabia said its forces had not taken part", "said his government would not
            // change course": the owner pronoun of the reported subject is the speaker
            List<EventParty> owner = ReportedOwner.parties(graph, tokenIndex, this);
            if (!owner.isEmpty()) {
                return owner;
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
                if (entity.isPresent() && entity.get().code() != null) {
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
        }
        if (direct.isEmpty()) {
            List<EventParty> reciprocalParties = reciprocalParties(graph, tokenIndex);
            if (!reciprocalParties.isEmpty()) {
                return reciprocalParties;
            }
        }
        List<EventParty> kind = KindNounReference.asList(kindNouns.of(graph, tokenIndex));
        if (!kind.isEmpty()) {
            // "accused the militant group of …" after Hamas was named
            return kind;
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
     * A third-person pronoun that the actors stage left uncoded, as the subject of a clause
     * reported by a verb of saying ("Iraq said it would allow ...", "Syria says it is willing to
     * withdraw", "the rebels said they would meet"): the pronoun is the reporting verb's subject,
     * as it is in nearly every such news sentence. Climbs from the pronoun's clause through
     * xcomp/conj to a ccomp or parataxis of a {@code speech-verb}; empty when there is none or its
     * subject names no coded entity.
     */
    private List<EventParty> reportingSubjectParties(SentenceGraph graph, int pronoun) {
        return speakerParties(graph, reportingSubjects(graph, pronoun));
    }

    /** The coded parties the reporting subjects name: each conjoined speaker, or the owner or modifier of a speaker noun. */
    List<EventParty> speakerParties(SentenceGraph graph, List<Integer> reporters) {
        for (int subject : reporters) {
            Token speaker = graph.token(subject);
            Optional<Entity> entity = actors.entityAt(speaker.start());
            if (entity.isPresent() && entity.get().code() != null) {
                // "Germany and the Netherlands said they would send ...": every conjoined speaker
                List<EventParty> speakers = new ArrayList<>();
                for (int member : withConjuncts(graph, subject)) {
                    Token memberToken = graph.token(member);
                    actors.entityAt(memberToken.start())
                            .filter(other -> other.code() != null && speakers.stream().noneMatch(party -> other.id().equals(party.entity())))
                            .ifPresent(other -> speakers.add(party(other, memberToken)));
                }
                return speakers;
            }
            for (Dependency arc : graph.dependents(subject)) {
                if (LOOK_THROUGH.contains(arc.relation())) {
                    Token inner = graph.token(arc.dependent());
                    Optional<Entity> owner = actors.entityAt(inner.start());
                    if (owner.isPresent() && owner.get().code() != null) {
                        return List.of(party(owner.get(), inner));
                    }
                }
            }
            List<EventParty> kind = KindNounReference.asList(kindNouns.of(graph, subject));
            if (!kind.isEmpty()) {
                // "The group said it would keep attacking"
                return kind;
            }
        }
        return List.of();
    }

    /**
     * The non-pronoun subjects of the verb of saying that reports the pronoun's clause ("the
     * president said he would not resign" -> president); empty when the pronoun is not such a
     * subject.
     */
    private List<Integer> reportingSubjects(SentenceGraph graph, int pronoun) {
        String form = graph.token(pronoun).text().toLowerCase(java.util.Locale.ROOT);
        if (!THIRD_PERSON_SUBJECTS.contains(form)) {
            return List.of();
        }
        return reportersOfSubject(graph, pronoun);
    }

    /**
     * The non-pronoun subjects of the verb of saying that reports the clause of which the token
     * is the subject ("Saudi Arabia said its forces had not …" for "forces"); empty when none.
     */
    List<Integer> reportersOfSubject(SentenceGraph graph, int pronoun) {
        Dependency subjectArc = graph.basicHead(pronoun);
        if (subjectArc == null || subjectArc.governor() < 0 || !subjectArc.relation().startsWith("nsubj")) {
            return List.of();
        }
        int node = subjectArc.governor();
        for (int depth = 0; depth < 4; depth++) {
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0) {
                return List.of();
            }
            String relation = up.relation();
            Token governor = graph.token(up.governor());
            if ((relation.equals("ccomp") || relation.equals("parataxis"))
                    && words.containsEither(ListName.SPEECH_VERB, governor.lemma(), governor.text())) {
                return subjectsOf(graph, up.governor()).stream().filter(subject -> !graph.token(subject).isPronoun()).toList();
            }
            if (depth == 0 && relation.startsWith("conj") && !words.containsEither(ListName.SPEECH_VERB, governor.lemma(), governor.text())) {
                // "Thailand suspended the truce, and it accused Phnom Penh of …": the pronoun of a
                // conjoined clause is the first clause's subject
                List<Integer> first = subjectsOf(graph, up.governor()).stream().filter(subject -> !graph.token(subject).isPronoun()).toList();
                if (!first.isEmpty()) {
                    return first;
                }
            }
            if (!(relation.equals("xcomp") || relation.startsWith("conj"))) {
                return List.of();
            }
            node = up.governor();
        }
        return List.of();
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

    private List<EventParty> reciprocalParties(SentenceGraph graph, int tokenIndex) {
        Token token = graph.token(tokenIndex);
        if (reciprocal.pair().isEmpty() || actors.entityAt(token.start()).isPresent()
                || !words.contains(ListName.RECIPROCAL_NOUN, token.lemma())) {
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
        boolean needsPairing = words.value(ListName.RECIPROCAL_NOUN, token.lemma()).filter("paired"::equals).isPresent();
        if (!paired && (!plural || needsPairing)) {
            return List.of();
        }
        Span span = new Span(token.start(), token.end(), token.text());
        List<EventParty> parties = new ArrayList<>();
        for (Entity entity : reciprocal.pairBefore(graph.sentence().index(), token.start())) {
            parties.add(new EventParty(entity.id(), entity.name(), entity.code(), entity.sector(), span));
        }
        return parties;
    }

    private static EventParty party(Entity entity, Token token) {
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
