package org.annalist.quotes;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;

/**
 * Turns a reporting verb into a speaker: the verb's subject, looked up among the actors stage's
 * mentions. A subject that is no actor's mention ("officials said"), or only an unnamed group
 * ("protesters chanted"), gives no speaker rather than a guess.
 */
final class SpeakerFinder {

    private final AnnotatedDocument document;
    private final PhraseEntities phrases;
    private final PronounInParagraph paragraphPronouns;
    private final AsideAttribution asides;
    private final PronounAfterReport pronouns;
    private final BodySpeakers bodies;
    private final ReportNesting nesting;
    private final LostSubjectNames lostSubjects;
    private final PronounGender genders;
    private final SpeechVerbs verbs;
    private final FrameWords frames;
    private final ActorAnalysis actors;
    private final ParticipleSpeakers participles;
    private final ReporterConjunct reporterConjuncts;

    SpeakerFinder(AnnotatedDocument document, ActorAnalysis actors, SpeechVerbs verbs, ReferenceWords referenceWords, FrameWords frames) {
        this.document = document;
        this.verbs = verbs;
        this.frames = frames;
        this.actors = actors;
        this.asides = new AsideAttribution(actors, verbs);
        this.pronouns = new PronounAfterReport(document, verbs);
        this.bodies = new BodySpeakers(document, actors, verbs, referenceWords, frames, this);
        this.phrases = new PhraseEntities(document, actors, referenceWords, frames, bodies);
        this.genders = new PronounGender(document, actors, referenceWords, frames);
        this.paragraphPronouns = new PronounInParagraph(document, actors, verbs, this, genders);
        this.nesting = new ReportNesting(verbs);
        this.lostSubjects = new LostSubjectNames(actors);
        this.participles = new ParticipleSpeakers(verbs, phrases);
        this.reporterConjuncts = new ReporterConjunct(verbs);
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
        OptionalInt planningReport = nesting.reportOfAPlan(sentence, verb);
        if (planningReport.isPresent()) {
            // "He said Costa Rica had sent a protest note and would ask the OAS to send observers": an
            // appeal only announced inside someone's report is that reporter's statement
            Attribution outer = speakerOfVerb(sentence, planningReport.getAsInt(), place);
            if (outer.speaker() != null) {
                return outer.withRule(outer.rule() + ":planned-in-report");
            }
        }
        OptionalInt reporterOfConjunct = reporterConjuncts.reporterOf(sentence, verb);
        if (reporterOfConjunct.isPresent()) {
            // "Beijing said the vessel had entered its waters and demanded that Manila …": the reporter's
            // second act, which the parser joined to the reported verb and so lent the vessel as subject
            Attribution outer = speakerOfVerb(sentence, reporterOfConjunct.getAsInt(), place);
            if (outer.speaker() != null) {
                return outer.withRule(outer.rule() + ":reporter-conjunct");
            }
        }
        Syntax.Subject subject = Syntax.subjectOf(sentence, verb);
        if (subject.found() && !subject.inherited() && Syntax.isQuoted(sentence, subject.token())) {
            OptionalInt first = ReportNesting.firstConjunctOf(sentence, verb);
            if (first.isPresent()) {
                // "The company called the seizure “theft pure and simple” and said it would …": quoted
                // words parsed as the subject of "said"; the sentence's first verb has the real one
                Attribution outer = speakerOfVerb(sentence, first.getAsInt(), place);
                return outer.withRule(outer.rule() + ":quoted-words-taken-for-subject");
            }
        }
        Optional<Entity> entity = subject.found() ? entityOf(sentence, subject.token()) : Optional.empty();
        if (entity.isEmpty() && subject.found() && !subject.inherited()) {
            // "…, drawing a rebuke from India, which called the launch “…”" parsed with the relative
            // clause under "rebuke" or as a complement: the relative pronoun's antecedent speaks
            int antecedent = Syntax.relativePronounAntecedent(sentence, verb);
            if (antecedent >= 0) {
                Optional<Entity> named = entityOf(sentence, antecedent).filter(found -> !found.type().equals("GROUP"));
                if (named.isPresent()) {
                    return new Attribution(named.get(), place + ":relative-pronoun-antecedent");
                }
            }
        }
        if (entity.isEmpty() && subject.found()) {
            // "“…,” read a statement from the president's office": the statement speaks for its issuer
            entity = issuerOfStatement(sentence, subject.token());
        }
        if (entity.isPresent() && !subject.inherited() && pronouns.pointsIntoTheReport(sentence, verb, subject.token(), entity.get())) {
            // "Al-Khulaifi would travel to Kabul next week, he added": "he" is the one already talking
            String pronoun = sentence.token(subject.token()).text().toLowerCase(java.util.Locale.ROOT);
            return pronouns.speakerBefore(sentence, (earlier, earlierVerb) -> speakerOfVerb(earlier, earlierVerb, place),
                            person -> !genders.contradicts(person, pronoun))
                    .map(speaker -> new Attribution(speaker, place + ":pronoun-after-report"))
                    .orElseGet(() -> new Attribution(null, place + ":pronoun-after-report-no-speaker"));
        }
        if (entity.isPresent() && !subject.inherited()) {
            // "Marites Dela Cruz, whose son Jomar was freed, said … “…,” she said": not the son
            Optional<Attribution> refitted = genders.refit(sentence, subject.token(), entity.get(), place);
            if (refitted.isPresent()) {
                return refitted.get();
            }
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
        if (subject.found() && !subject.inherited()) {
            Optional<Entity> resolved = entity;
            Optional<Attribution> continued = pronouns.itAfterReport(sentence, subject.token(), verb,
                    (earlier, earlierVerb) -> speakerOfVerb(earlier, earlierVerb, place));
            if (continued.isPresent() && (resolved.isEmpty() || continued.get().speaker() == null
                    || !continued.get().speaker().id().equals(resolved.get().id()))) {
                return new Attribution(continued.get().speaker(), place + ":" + continued.get().rule());
            }
        }
        if (entity.isPresent() && !subject.inherited() && sentence.token(subject.token()).text().equalsIgnoreCase("it")) {
            // "The 5th Fleet said it had sent a destroyer and accused Iran of …": "it" inside a body's
            // own report is that body, whatever earlier body the pronoun was resolved to
            OptionalInt report = nesting.enclosingReport(sentence, verb);
            Attribution outer = report.isPresent() ? speakerOfVerb(sentence, report.getAsInt(), place) : null;
            if (outer != null && outer.speaker() != null && !outer.speaker().type().equals("PERSON")
                    && !outer.speaker().id().equals(entity.get().id())) {
                return outer.withRule(outer.rule() + ":it-in-own-report");
            }
        }
        Optional<AsideAttribution.Opening> opening = asides.nameBeforeAside(sentence, verb);
        boolean insideAside = opening.isPresent() && subject.token() >= opening.get().afterName() && subject.token() < verb;
        if (opening.isPresent() && (insideAside || entity.isEmpty()) && lostSubjects.nameAtRoot(sentence, verb).isEmpty()) {
            // "Rosario Murillo, who shares power with her husband, President Daniel Ortega, said": the parser
            // lost the subject in the aside, or took a noun inside it for the subject
            return new Attribution(opening.get().entity(), place + ":name-before-aside");
        }
        Optional<Entity> inherited = entity;
        boolean selfAddressed = entity.isPresent() && ReportNesting.addressesItsInheritedSubject(sentence, verb,
                token -> entityOf(sentence, token).filter(other -> other.id().equals(inherited.get().id())).isPresent());
        if ((entity.isEmpty() || selfAddressed)
                && !ReportNesting.hasBasicSubject(sentence, verb)) {
            OptionalInt report = nesting.reportAbove(sentence, verb);
            if (report.isPresent()) {
                Attribution outer = speakerOfVerb(sentence, report.getAsInt(), place);
                if (outer.speaker() != null) {
                    return outer.withRule(outer.rule() + ":conjunct-in-reported-clause");
                }
                if (selfAddressed) { // the inherited subject is the one spoken of, not the speaker
                    return new Attribution(null, place + ":conjunct-in-reported-clause-no-speaker");
                }
            }
        }
        if (entity.isEmpty()) {
            Optional<Entity> named = lostSubjects.nameAtRoot(sentence, verb);
            if (named.isPresent()) {
                return new Attribution(named.get(), place + ":name-at-root");
            }
        }
        if (!subject.found()) {
            Optional<Entity> issuer = issuerOfTheStatementDoing(sentence, verb);
            if (issuer.isPresent()) {
                return new Attribution(issuer.get(), place + ":statement-issuer");
            }
            OptionalInt writer = ParticipleSpeakers.verbBeforeTheHearer(sentence, verb);
            if (writer.isPresent()) {
                // "wrote to Prime Minister Modi urging him to …": "him" is Modi, so the writer urges
                Attribution outer = speakerOfVerb(sentence, writer.getAsInt(), place);
                if (outer.speaker() != null) {
                    return outer.withRule(outer.rule() + ":participle-after-its-hearer");
                }
            }
            Optional<Entity> openingName = lostSubjects.nameOpeningTheSentence(sentence, verb);
            if (openingName.isPresent()) {
                return new Attribution(openingName.get(), place + ":name-opening-sentence");
            }
            // "The Nepal Student Union, which organised the march, said it would …": the parser lost the subject in the aside
            Optional<Attribution> reporter = participles.reporterBeforeParticiple(sentence, verb,
                    (earlier, earlierVerb) -> speakerOfVerb(earlier, earlierVerb, place));
            if (reporter.isPresent()) {
                return reporter.get();
            }
            OptionalInt phrase = asides.phraseBeforeAside(sentence, verb);
            return phrase.isPresent() ? speakerOfPhrase(sentence, phrase.getAsInt(), place + ":phrase-before-aside")
                    : new Attribution(null, place + ":no-subject");
        }
        String how = subject.inherited() ? "governing-verb-nsubj" : "nsubj";
        if (entity.isEmpty() && subject.inherited()) {
            Optional<Attribution> reporter = participles.reporterBeforeParticiple(sentence, verb,
                    (earlier, earlierVerb) -> speakerOfVerb(earlier, earlierVerb, place));
            if (reporter.isPresent()) {
                return reporter.get();
            }
        }
        if (entity.isPresent() && subject.inherited()) {
            // "Germany offered field hospitals, an embassy spokesperson said, adding that …" with "adding" hung
            // from "offered": the reporter after the comma goes on speaking, not the subject of the clause reported
            Optional<Attribution> nearer = participles.reporterAfterInheritedSubject(sentence, verb, subject.token(),
                    (earlier, earlierVerb) -> speakerOfVerb(earlier, earlierVerb, place));
            if (nearer.isPresent()) {
                return nearer.get();
            }
        }
        if (entity.isEmpty() || entity.get().type().equals("GROUP")) {
            // "“…,” the judge wrote in the order", "The three judges ruled that …": the court speaks
            Optional<Entity> court = courtOfItsBench(sentence, subject.token());
            if (court.isPresent()) {
                return new Attribution(court.get(), place + ":" + how + ":bench-for-its-court");
            }
        }
        if (entity.isEmpty()) {
            return new Attribution(null, place + ":" + how + "-not-an-actor");
        }
        if (entity.get().type().equals("GROUP")) {
            if (subject.token() > 0 && sentence.token(subject.token()).isProperNoun()) {
                // "the Comandos de la Frontera said": a group the text names is a speaker (a capital
                // opening the sentence may only be the parser's guess: "Refugees said …")
                return new Attribution(entity.get(), place + ":" + how + "-named-group");
            }
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

    /**
     * "“…,” the judge wrote in the order", "The three judges ruled that …": an unnamed judge (a
     * word of frame-words.tsv role court-member, with no name of its own) rules and writes for the
     * court; the court is the one organisation named before the end of the sentence whose name
     * holds a court word (role court-word: court, tribunal). Two courts, or none: nobody.
     */
    private Optional<Entity> courtOfItsBench(Sentence sentence, int head) {
        if (!frames.is(FrameWords.Role.COURT_MEMBER, sentence.token(head).lemma()) || sentence.token(head).isProperNoun()) {
            return Optional.empty();
        }
        int end = sentence.end();
        List<Entity> courts = actors.entities().stream()
                .filter(entity -> entity.type().equals("ORGANIZATION"))
                .filter(entity -> java.util.Arrays.stream(entity.name().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"))
                        .anyMatch(word -> frames.is(FrameWords.Role.COURT_WORD, word)))
                .filter(entity -> entity.mentions().stream().anyMatch(mention -> mention.start() < end))
                .toList();
        return courts.size() == 1 ? Optional.of(courts.get(0)) : Optional.empty();
    }

    /** The named speaker the sentence opens with before an aside and the verb ("X, who …, said"), if any. */
    Optional<AsideAttribution.Opening> nameBeforeAside(Sentence sentence, int verb) {
        return asides.nameBeforeAside(sentence, verb);
    }

    /** The head of the common noun phrase the sentence opens with before an aside and the verb ("A senior official, who …, said"), if any. */
    OptionalInt phraseBeforeAside(Sentence sentence, int verb) {
        return asides.phraseBeforeAside(sentence, verb);
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

    /** A participle qualifying a noun as its body's or statement issuer's doing (see {@link ParticipleSpeakers#issuerOfTheStatementDoing}). */
    Optional<Entity> issuerOfTheStatementDoing(Sentence sentence, int verb) {
        return participles.issuerOfTheStatementDoing(sentence, verb);
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
