package org.annalist.quotes;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.actors.MentionKind;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Turns a reporting verb into a speaker: the verb's subject, looked up among the actors stage's
 * mentions. A subject that is no actor's mention ("officials said"), or only an unnamed group
 * ("protesters chanted"), gives no speaker rather than a guess.
 */
final class SpeakerFinder {

    /** How far up a reporting verb parsed as a conjunct looks for the report it belongs to. */
    private static final int REPORT_DEPTH = 8;
    /**
     * How a reported clause hangs from its reporting verb: a clausal complement, or what the parser
     * makes of one it mangles ("said attempts … had risen" with the predicate a loose dependent,
     * "said Washington was “concerned …”" with the predicate an open complement).
     */
    private static final Set<String> REPORTED_CLAUSE = Set.of("ccomp", "dep", "xcomp");
    /** Auxiliaries of a reported clause in indirect speech ("Dhaka could not absorb", "inflation had fallen", "Syria did not seek"). */
    /** Modals that make a reported act a plan ("would ask the OAS to send observers"). */
    private static final Set<String> PLANNING_MODALS = Set.of("would", "will", "could", "might", "may", "'ll");
    private static final Set<String> BACKSHIFTED_AUXILIARIES = Set.of("could", "would", "had", "might", "should", "did");

    private final AnnotatedDocument document;
    private final ActorAnalysis actors;
    private final SpeechVerbs verbs;
    private final PhraseEntities phrases;
    private final PronounInParagraph paragraphPronouns;
    private final AsideAttribution asides;
    private final PronounAfterReport pronouns;
    private final BodySpeakers bodies;

    SpeakerFinder(AnnotatedDocument document, ActorAnalysis actors, SpeechVerbs verbs, ReferenceWords referenceWords, FrameWords frames) {
        this.document = document;
        this.actors = actors;
        this.verbs = verbs;
        this.asides = new AsideAttribution(actors, verbs);
        this.pronouns = new PronounAfterReport(document, verbs);
        this.bodies = new BodySpeakers(document, actors, verbs, referenceWords, frames, this);
        this.phrases = new PhraseEntities(document, actors, referenceWords, bodies);
        this.paragraphPronouns = new PronounInParagraph(document, actors, verbs, this);
    }

    /** The speaker of the verb, with the rule named {@code place + ":" + how the subject was found}. */
    Attribution speakerOfVerb(Sentence sentence, int verb, String place) {
        OptionalInt quotedSource = Syntax.quotedSource(sentence, verb);
        if (quotedSource.isPresent()) {
            Optional<Entity> quoted = entityOf(sentence, quotedSource.getAsInt());
            return quoted.filter(entity -> !entity.type().equals("GROUP"))
                    .map(entity -> new Attribution(entity, place + ":quoted-as-saying"))
                    .orElseGet(() -> new Attribution(null, place + ":quoted-as-saying-not-an-actor"));
        }
        OptionalInt planningReport = reportOfAPlan(sentence, verb);
        if (planningReport.isPresent()) {
            // "He said Costa Rica had sent a protest note and would ask the OAS to send observers": an
            // appeal only announced inside someone's report is that reporter's statement
            Attribution outer = speakerOfVerb(sentence, planningReport.getAsInt(), place);
            if (outer.speaker() != null) {
                return outer.withRule(outer.rule() + ":planned-in-report");
            }
        }
        Syntax.Subject subject = Syntax.subjectOf(sentence, verb);
        if (subject.found() && !subject.inherited() && Syntax.isQuoted(sentence, subject.token())) {
            OptionalInt first = firstConjunctOf(sentence, verb);
            if (first.isPresent()) {
                // "The company called the seizure “theft pure and simple” and said it would …": quoted
                // words parsed as the subject of "said"; the sentence's first verb has the real one
                Attribution outer = speakerOfVerb(sentence, first.getAsInt(), place);
                return outer.withRule(outer.rule() + ":quoted-words-taken-for-subject");
            }
        }
        Optional<Entity> entity = subject.found() ? entityOf(sentence, subject.token()) : Optional.empty();
        if (entity.isEmpty() && subject.found()) {
            // "“…,” read a statement from the president's office": the statement speaks for its issuer
            entity = issuerOfStatement(sentence, subject.token());
        }
        if (entity.isPresent() && !subject.inherited() && pronouns.pointsIntoTheReport(sentence, verb, subject.token(), entity.get())) {
            // "Al-Khulaifi would travel to Kabul next week, he added": "he" is the one already talking
            return pronouns.speakerBefore(sentence, (earlier, earlierVerb) -> speakerOfVerb(earlier, earlierVerb, place))
                    .map(speaker -> new Attribution(speaker, place + ":pronoun-after-report"))
                    .orElseGet(() -> new Attribution(null, place + ":pronoun-after-report-no-speaker"));
        }
        if (subject.found() && !subject.inherited()) {
            // "“…,” she said" with no person, or a person named only inside the quotation: the last one named
            Optional<Attribution> nearest = paragraphPronouns.nearestNamedPerson(sentence, subject.token(), entity, place);
            if (nearest.isPresent()) {
                return nearest.get();
            }
        }
        if (entity.isPresent() && !subject.inherited()) {
            // "Another analyst, Sana Tawfik, warned … “…,” she said.": a pronoun sent back past the paragraph
            Optional<Attribution> inParagraph = paragraphPronouns.attribute(sentence, subject.token(), entity.get(), place);
            if (inParagraph.isPresent()) {
                return inParagraph.get();
            }
        }
        if (entity.isPresent() && !subject.inherited() && sentence.token(subject.token()).text().equalsIgnoreCase("it")) {
            // "The 5th Fleet said it had sent a destroyer and accused Iran of …": "it" inside a body's
            // own report is that body, whatever earlier body the pronoun was resolved to
            OptionalInt report = enclosingReport(sentence, verb);
            Attribution outer = report.isPresent() ? speakerOfVerb(sentence, report.getAsInt(), place) : null;
            if (outer != null && outer.speaker() != null && !outer.speaker().type().equals("PERSON")
                    && !outer.speaker().id().equals(entity.get().id())) {
                return outer.withRule(outer.rule() + ":it-in-own-report");
            }
        }
        Optional<AsideAttribution.Opening> opening = asides.nameBeforeAside(sentence, verb);
        boolean insideAside = opening.isPresent() && subject.token() >= opening.get().afterName() && subject.token() < verb;
        if (opening.isPresent() && (insideAside || entity.isEmpty()) && nameAtRoot(sentence, verb).isEmpty()) {
            // "Rosario Murillo, who shares power with her husband, President Daniel Ortega, said": the parser
            // lost the subject in the aside, or took a noun inside it for the subject
            return new Attribution(opening.get().entity(), place + ":name-before-aside");
        }
        if ((entity.isEmpty() || joinsTheReporterNotTheReport(sentence, verb)) && !hasBasicSubject(sentence, verb)) {
            OptionalInt report = reportAbove(sentence, verb);
            if (report.isPresent()) {
                Attribution outer = speakerOfVerb(sentence, report.getAsInt(), place);
                if (outer.speaker() != null) {
                    return outer.withRule(outer.rule() + ":conjunct-in-reported-clause");
                }
            }
        }
        if (entity.isEmpty()) {
            Optional<Entity> named = nameAtRoot(sentence, verb);
            if (named.isPresent()) {
                return new Attribution(named.get(), place + ":name-at-root");
            }
        }
        if (!subject.found()) {
            Optional<Entity> issuer = issuerOfTheStatementDoing(sentence, verb);
            if (issuer.isPresent()) {
                return new Attribution(issuer.get(), place + ":statement-issuer");
            }
            return nameOpeningTheSentence(sentence, verb)
                    .map(named -> new Attribution(named, place + ":name-opening-sentence"))
                    .orElseGet(() -> new Attribution(null, place + ":no-subject"));
        }
        String how = subject.inherited() ? "governing-verb-nsubj" : "nsubj";
        if (entity.isEmpty()) {
            return new Attribution(null, place + ":" + how + "-not-an-actor");
        }
        if (entity.get().type().equals("GROUP")) {
            // "Awami League officials said": the members of a named body speak for it
            return bodies.bodyOfMembers(sentence, subject.token())
                    .map(body -> new Attribution(body, place + ":" + how + "-members-of-body"))
                    .orElseGet(() -> new Attribution(null, place + ":" + how + "-unnamed-group"));
        }
        if (BodySpeakers.isUnnamedMedia(entity.get())) {
            return new Attribution(null, place + ":" + how + "-unnamed-media");
        }
        if (entity.get().type().equals("PERSON") && AnonymousAntecedent.refersToAnonymous(document, sentence, subject.token(), entity.get())) {
            return new Attribution(null, place + ":" + how + "-anonymous-antecedent"); // "A senior official … said. “…,” the official said"
        }
        return new Attribution(entity.get(), place + ":" + how);
    }

    /** The named speaker the sentence opens with before an aside and the verb ("X, who …, said"), if any. */
    Optional<AsideAttribution.Opening> nameBeforeAside(Sentence sentence, int verb) {
        return asides.nameBeforeAside(sentence, verb);
    }

    /** The clause after the verb, read from its words ("said (that) …"), if they are one. */
    Optional<java.util.BitSet> clauseAfter(Sentence sentence, int verb) {
        return asides.clauseAfter(sentence, verb);
    }

    /**
     * The speaker a noun phrase names when the parse gives the reporting verb no usable subject
     * (see TrailingAttribution): the phrase's entity, with the rule named {@code place + ":phrase"};
     * an unnamed group or no actor gives no speaker.
     */
    Attribution speakerOfPhrase(Sentence sentence, int head, String place) {
        Optional<Entity> entity = entityOf(sentence, head);
        if (entity.isEmpty()) {
            return new Attribution(null, place + ":phrase-not-an-actor");
        }
        if (entity.get().type().equals("GROUP")) {
            return new Attribution(null, place + ":phrase-unnamed-group");
        }
        if (BodySpeakers.isUnnamedMedia(entity.get())) {
            return new Attribution(null, place + ":phrase-unnamed-media");
        }
        return new Attribution(entity.get(), place + ":phrase");
    }

    /**
     * The sentence's root verb, when the reporting verb comes after it joined by "and" and the
     * root has a subject of its own; else empty.
     */
    private static OptionalInt firstConjunctOf(Sentence sentence, int verb) {
        boolean joined = sentence.dependentArcs(verb).stream().anyMatch(arc -> arc.baseRelation().equals("cc")
                && sentence.token(arc.dependent()).text().equalsIgnoreCase("and"));
        for (Token token : sentence.tokens()) {
            int index = token.index();
            if (Syntax.head(sentence, index) == Dependency.ROOT) {
                boolean usable = joined && index < verb && Syntax.isContentVerb(sentence, index) && hasBasicSubject(sentence, index);
                return usable ? OptionalInt.of(index) : OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    /**
     * "Sami Jelassi, a spokesman for the Tunisian Forum for Economic and Social Rights, said …"
     * parsed with the name as the sentence's root and "said" hung inside the organisation's
     * name: a sentence whose root is a person's name, followed by its first verb, has lost its
     * main verb to the parser, and the name is that verb's subject.
     */
    private Optional<Entity> nameAtRoot(Sentence sentence, int verb) {
        int root = -1;
        for (Token token : sentence.tokens()) {
            if (Syntax.head(sentence, token.index()) == Dependency.ROOT && !Syntax.isPunctuation(token)) {
                root = token.index();
            }
        }
        if (root < 0 || root >= verb || !sentence.token(root).isProperNoun() || !Syntax.subtree(sentence, root).get(verb)) {
            return Optional.empty();
        }
        for (int between = root + 1; between < verb; between++) {
            if (Syntax.isContentVerb(sentence, between)) {
                return Optional.empty();
            }
        }
        int offset = sentence.token(root).start();
        return actors.entityAt(offset).filter(entity -> entity.type().equals("PERSON") && PhraseEntities.mentionKindAt(entity, offset) == MentionKind.NAME);
    }

    /**
     * "Vucic accused … and said he would not …" tagged with "Vucic" as an adjective: the parse
     * then gives the reporting verb no subject at all. A sentence that opens with an actor's name
     * followed at once by a finite verb, with no other subject before the reporting verb, has that
     * actor for the subject of its verbs.
     */
    private Optional<Entity> nameOpeningTheSentence(Sentence sentence, int verb) {
        if (sentence.tokens().isEmpty()) {
            return Optional.empty();
        }
        int offset = sentence.token(0).start();
        Optional<Entity> entity = actors.entityAt(offset)
                .filter(found -> Set.of("PERSON", "ORGANIZATION", "COUNTRY").contains(found.type()));
        Mention mention = entity.flatMap(found -> found.mentions().stream()
                .filter(candidate -> candidate.start() == offset && Set.of(MentionKind.NAME, MentionKind.ALIAS, MentionKind.METONYM)
                        .contains(candidate.kind()))
                .findFirst()).orElse(null);
        if (mention == null) {
            return Optional.empty();
        }
        int after = 0;
        while (after < sentence.tokens().size() && sentence.token(after).start() < mention.end()) {
            after++;
        }
        if (after >= verb || !Set.of("VBD", "VBZ", "VBN").contains(sentence.token(after).partOfSpeech())) {
            return Optional.empty();
        }
        for (int between = after; between < verb; between++) {
            if (Syntax.baseRelation(Syntax.relation(sentence, between)).startsWith("nsubj")) {
                return Optional.empty();
            }
        }
        return entity;
    }

    /**
     * "stressed that Dhaka could not absorb more refugees and called on …": the reported verb
     * carries the report's backshifted auxiliary (could, would, had …) and the conjunct is a plain
     * past-tense verb of its own — the narrator's tense, so it is the reporter's second act, not
     * part of what was reported, even though the parser joined it to the report's verb.
     */
    private static boolean joinsTheReporterNotTheReport(Sentence sentence, int verb) {
        if (!sentence.token(verb).partOfSpeech().equals("VBD") || !Syntax.baseRelation(Syntax.relation(sentence, verb)).equals("conj")) {
            return false;
        }
        boolean ownAuxiliary = sentence.dependentArcs(verb).stream().anyMatch(arc -> arc.baseRelation().startsWith("aux"));
        int reported = Syntax.head(sentence, verb);
        boolean backshifted = reported >= 0 && sentence.dependentArcs(reported).stream().anyMatch(arc -> arc.baseRelation().equals("aux")
                && BACKSHIFTED_AUXILIARIES.contains(sentence.token(arc.dependent()).text().toLowerCase(java.util.Locale.ROOT)));
        return !ownAuxiliary && backshifted;
    }

    /**
     * The report around a reporting verb that carries a modal of the future or of a possibility
     * ("would ask", "will urge", "could demand"): what is only planned has not been said yet, so the
     * words are the outer reporter's. Empty when the verb has no such modal or sits in no report.
     */
    private OptionalInt reportOfAPlan(Sentence sentence, int verb) {
        boolean planned = sentence.dependentArcs(verb).stream().anyMatch(arc -> arc.baseRelation().equals("aux")
                && PLANNING_MODALS.contains(sentence.token(arc.dependent()).text().toLowerCase(java.util.Locale.ROOT)));
        if (!planned) {
            return OptionalInt.empty();
        }
        OptionalInt enclosing = enclosingReport(sentence, verb);
        return enclosing.isPresent() ? enclosing : reportAbove(sentence, verb);
    }

    /** The reporting verb whose reported clause (ccomp) holds the verb, however deep; empty when none. */
    private OptionalInt enclosingReport(Sentence sentence, int verb) {
        int child = verb;
        for (int depth = 0; depth < REPORT_DEPTH; depth++) {
            int parent = Syntax.head(sentence, child);
            if (parent < 0) {
                return OptionalInt.empty();
            }
            if (Syntax.baseRelation(Syntax.relation(sentence, child)).equals("ccomp") && Syntax.isContentVerb(sentence, parent)
                    && verbs.kindOf(sentence.token(parent).lemma()).filter(SpeechVerbKind::reportsSpeech).isPresent()) {
                return OptionalInt.of(parent);
            }
            child = parent;
        }
        return OptionalInt.empty();
    }

    private static boolean hasBasicSubject(Sentence sentence, int verb) {
        return sentence.dependentArcs(verb).stream().anyMatch(arc -> arc.baseRelation().startsWith("nsubj"));
    }

    /**
     * "He warned that the talks remained fragile and urged both parties to …", "noted that
     * inflation had fallen and said the government would …": the parser often joins the second
     * reporting verb to the verb of the first report instead of to the first reporting verb, so
     * it inherits the report's subject ("the talks", "inflation"). A reporting verb that is a
     * conjunct, has no subject of its own in the basic parse (the enhanced one copies the
     * report's subject onto it) and lies inside another reporting verb's clausal
     * complement (or the loose dependent or open complement the parser made of it) belongs to
     * that verb's speaker. Only used when the inherited subject is no actor: "said Iran had
     * agreed and said …" may well be Iran's words.
     */
    private OptionalInt reportAbove(Sentence sentence, int verb) {
        if (!Syntax.baseRelation(Syntax.relation(sentence, verb)).equals("conj")) {
            return OptionalInt.empty();
        }
        int child = Syntax.head(sentence, verb);
        for (int depth = 0; depth < REPORT_DEPTH && child >= 0; depth++) {
            int parent = Syntax.head(sentence, child);
            if (parent < 0) {
                return OptionalInt.empty();
            }
            if (REPORTED_CLAUSE.contains(Syntax.baseRelation(Syntax.relation(sentence, child))) && Syntax.isContentVerb(sentence, parent)
                    && verbs.kindOf(sentence.token(parent).lemma()).isPresent()) {
                return OptionalInt.of(parent);
            }
            child = parent;
        }
        return OptionalInt.empty();
    }

    /**
     * "carried a statement by the Ministry of National Defence describing the meeting as a “…”",
     * "a statement from the army saying that …": a participle that qualifies a noun (acl) is that
     * noun's doing — a named body's, or a statement's issuer's; empty when the verb is no such
     * participle, the noun names no body, or the participle's object is a pronoun (then the noun is
     * its object, not its doer).
     */
    Optional<Entity> issuerOfTheStatementDoing(Sentence sentence, int verb) {
        if (!Syntax.baseRelation(Syntax.relation(sentence, verb)).equals("acl") || !sentence.token(verb).partOfSpeech().equals("VBG")) {
            return Optional.empty();
        }
        int noun = Syntax.head(sentence, verb);
        boolean pronounObject = sentence.dependentArcs(verb).stream()
                .anyMatch(arc -> Set.of("obj", "iobj").contains(arc.baseRelation()) && sentence.token(arc.dependent()).isPronoun());
        if (noun < 0 || !sentence.token(noun).isNoun() || Syntax.isQuoted(sentence, noun) || pronounObject) {
            // "wrote to Prime Minister Modi urging him to …": the pronoun is the noun, so the noun is not the doer
            return Optional.empty();
        }
        return issuerOfStatement(sentence, noun).or(() -> entityOf(sentence, noun)
                .filter(entity -> entity.type().equals("ORGANIZATION")));
    }

    /** The entity a phrase headed by the token refers to (see {@link PhraseEntities#entityOf}). */
    Optional<Entity> entityOf(Sentence sentence, int head) {
        return phrases.entityOf(sentence, head);
    }

    /** The first person or organisation named between the tokens (see {@link PhraseEntities#firstActorNamed}). */
    Optional<Entity> firstActorNamed(Sentence sentence, int from, int end) {
        return phrases.firstActorNamed(sentence, from, end);
    }

    /** The body or person a statement noun is from (see {@link PhraseEntities#issuerOfStatement}). */
    Optional<Entity> issuerOfStatement(Sentence sentence, int head) {
        return phrases.issuerOfStatement(sentence, head);
    }
}
