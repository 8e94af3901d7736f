package org.annalist.quotes;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.actors.MentionKind;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * "Another analyst, Sana Tawfik of Arif Habib, warned … “…,” she said.": a "he" or "she" that the
 * actors stage resolved to a person not named in the pronoun's paragraph.
 *
 * <p>Why: the actors stage links a pronoun to the nearest fitting person it knows; when the
 * person the paragraph is about was missed (a name the language layer did not tag) or is not the
 * nearest, the pronoun lands on someone from paragraphs before. An agency writer names the person
 * a paragraph quotes, so a pronoun whose person is not named in its paragraph goes to the one person
 * the paragraph does name, and to nobody when the sentence before has another reporter.
 */
final class PronounInParagraph {

    private static final Set<String> PERSONAL = Set.of("he", "she");

    private final AnnotatedDocument document;
    private final ActorAnalysis actors;
    private final SpeechVerbs verbs;
    /** For the entity of the sentence before's reporter. */
    private final SpeakerFinder speakers;
    /** A person the pronoun's gender rules out is nobody's nearest. */
    private final PronounGender genders;

    PronounInParagraph(AnnotatedDocument document, ActorAnalysis actors, SpeechVerbs verbs, SpeakerFinder speakers, PronounGender genders) {
        this.document = document;
        this.actors = actors;
        this.verbs = verbs;
        this.speakers = speakers;
        this.genders = genders;
    }

    /** The attribution for the pronoun subject, or empty when the actors stage's person stands. */
    Optional<Attribution> attribute(Sentence sentence, int pronoun, Entity resolved, String place) {
        if (!resolved.type().equals("PERSON") || !PERSONAL.contains(sentence.token(pronoun).text().toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        Optional<Entity> named = onlyPersonOfTheParagraph(sentence, pronoun, resolved);
        if (named.isPresent()) {
            return Optional.of(new Attribution(named.get(), place + ":pronoun-for-the-paragraphs-person"));
        }
        Optional<Entity> reporter = personReportingBefore(sentence, sentence.token(pronoun).text(), sentence.token(pronoun).start(), resolved);
        if (reporter.isPresent()) {
            return Optional.of(new Attribution(reporter.get(), place + ":pronoun-for-the-reporter-before"));
        }
        if (!namedInParagraphBefore(sentence, pronoun, resolved) && anotherReporterBefore(sentence, resolved)) {
            // someone else was just talking: no speaker rather than the person from paragraphs before
            return Optional.of(new Attribution(null, place + ":pronoun-past-another-reporter"));
        }
        return Optional.empty();
    }

    /**
     * The speaker of a "he" or "she" subject the actors stage gave no person, or gave a person
     * named only inside quote marks in the pronoun's paragraph ("“Khor Abdullah is Iraqi water,” he
     * told Reuters": the frame's pronoun is not a name inside the words it frames): the person
     * last named by name outside quote marks, in the pronoun's paragraph or the one before. Empty
     * when the pronoun is no personal one, nobody is named there, or the sentence before has
     * another reporter (an unnamed "senior officer said …" is the nearer "he").
     */
    Optional<Attribution> nearestNamedPerson(Sentence sentence, int pronoun, Optional<Entity> resolved, String place) {
        if (!PERSONAL.contains(sentence.token(pronoun).text().toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        int offset = sentence.token(pronoun).start();
        int from = paragraphStart(sentence.paragraph() - 1).orElse(paragraphStart(sentence.paragraph()).orElse(sentence.start()));
        int ownParagraph = paragraphStart(sentence.paragraph()).orElse(sentence.start());
        if (resolved.isPresent() && (resolved.get().mentions().stream()
                .anyMatch(mention -> mention.start() >= from && mention.start() < offset && !Syntax.insideQuoteMarks(document, mention.start()))
                || resolved.get().mentions().stream()
                        .noneMatch(mention -> mention.start() >= ownParagraph && mention.start() < offset && Syntax.insideQuoteMarks(document, mention.start())))) {
            return Optional.empty(); // the actors stage's person stands unless it is named only inside the quotation's marks
        }
        Entity nearest = null;
        int nearestStart = -1;
        for (Entity entity : actors.entities()) {
            if (!entity.type().equals("PERSON") || genders.contradicts(entity, sentence.token(pronoun).text())) {
                continue;
            }
            for (Mention mention : entity.mentions()) {
                if (mention.kind() == MentionKind.NAME && mention.start() >= from && mention.start() < offset
                        && mention.start() > nearestStart && !Syntax.insideQuoteMarks(document, mention.start())) {
                    nearest = entity;
                    nearestStart = mention.start();
                }
            }
        }
        if (nearest != null && anotherReporterBefore(sentence, nearest)) {
            // "…, a senior navy officer said Jakarta … “…,” he added": the unnamed reporter just before is "he"
            return Optional.empty();
        }
        return Optional.ofNullable(nearest).map(person -> new Attribution(person, place + ":pronoun-to-nearest-named-person"));
    }

    /** The first character of the paragraph's first sentence, if the paragraph has one. */
    private Optional<Integer> paragraphStart(int paragraph) {
        return document.sentences().stream().filter(each -> each.paragraph() == paragraph).map(Sentence::start).findFirst();
    }

    /**
     * The one person named (by name) in the pronoun's paragraph before it, when the person the
     * pronoun was resolved to is not named there; empty otherwise.
     */
    private Optional<Entity> onlyPersonOfTheParagraph(Sentence sentence, int pronoun, Entity resolved) {
        int offset = sentence.token(pronoun).start();
        int paragraphStart = sentence.start();
        for (Sentence earlier : document.sentences()) {
            if (earlier.paragraph() == sentence.paragraph() && earlier.start() < paragraphStart) {
                paragraphStart = earlier.start();
            }
        }
        int from = paragraphStart;
        java.util.function.Predicate<Mention> inParagraph = mention -> mention.start() >= from && mention.start() < offset;
        if (resolved.mentions().stream().anyMatch(mention -> inParagraph.test(mention) && mention.kind() == MentionKind.NAME)) {
            return Optional.empty();
        }
        List<Entity> named = actors.entities().stream().filter(entity -> entity.type().equals("PERSON"))
                .filter(entity -> !genders.contradicts(entity, sentence.token(pronoun).text()))
                .filter(entity -> entity.mentions().stream().anyMatch(mention -> inParagraph.test(mention) && mention.kind() == MentionKind.NAME))
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private boolean namedInParagraphBefore(Sentence sentence, int pronoun, Entity person) {
        int offset = sentence.token(pronoun).start();
        return person.mentions().stream().anyMatch(mention -> mention.kind() == MentionKind.NAME && mention.start() < offset
                && document.sentenceAt(mention.start()) >= 0
                && document.sentences().get(document.sentenceAt(mention.start())).paragraph() == sentence.paragraph());
    }

    /**
     * "Tinubu and Tiani agreed to …, presidential spokesman Bayo Onanuga said. He said the two
     * leaders would meet …": a "he" or "she" reporting right after a sentence whose main verb
     * reports a named person's words continues that person, whom the actors stage may have passed
     * over for a person the reported clause is about. The sentence before may close the paragraph
     * before ("…, a government spokesman, General Pablo Rios, told reporters. | “…,” he said."):
     * agency copy goes on with the last voice across the break. Empty when that sentence reports
     * no person's words, or its reporter is the resolved person already or has the other gender.
     */
    private Optional<Entity> personReportingBefore(Sentence sentence, String pronoun, int pronounStart, Entity resolved) {
        if (sentence.index() == 0) {
            return Optional.empty();
        }
        Sentence before = document.sentences().get(sentence.index() - 1);
        int offset = sentence.start();
        boolean namedInOwnSentence = resolved.mentions().stream()
                .anyMatch(mention -> mention.start() >= sentence.start() && mention.start() < sentence.end() && mention.kind() == MentionKind.NAME);
        // "His Afghan counterpart praised what he called …": a description of the resolved person
        // earlier in the pronoun's own sentence is who the pronoun goes back to
        boolean describedBeforeInOwnSentence = resolved.mentions().stream()
                .anyMatch(mention -> mention.start() >= offset && mention.start() < pronounStart && mention.kind() == MentionKind.NOMINAL);
        if (namedInOwnSentence || describedBeforeInOwnSentence
                || (before.paragraph() != sentence.paragraph() && before.paragraph() != sentence.paragraph() - 1)) {
            // "Museveni praised the judges for what he called …": the sentence's own person stands
            return Optional.empty();
        }
        return reporterOf(before)
                .filter(entity -> entity.type().equals("PERSON") && !entity.id().equals(resolved.id()) && !genders.contradicts(entity, pronoun));
    }

    /**
     * The person whose words the sentence reports: the named subject of its main reporting verb,
     * or the person named right before a trailing reporting verb ("…, a government spokesman,
     * General Pablo Rios, told reporters"), which the parser often hangs elsewhere.
     */
    private Optional<Entity> reporterOf(Sentence before) {
        int root = Syntax.root(before);
        if (root >= 0 && Syntax.isContentVerb(before, root) && reports(before, root)) {
            Syntax.Subject subject = Syntax.subjectOf(before, root);
            if (subject.found() && !subject.inherited() && !before.token(subject.token()).isPronoun()) {
                Optional<Entity> entity = speakers.entityOf(before, subject.token());
                if (entity.isPresent()) {
                    return entity;
                }
            }
        }
        for (int verb = before.tokens().size() - 1; verb > 1; verb--) {
            if (!Syntax.isContentVerb(before, verb) || !reports(before, verb) || Syntax.isQuoted(before, verb)) {
                continue;
            }
            int name = before.token(verb - 1).text().equals(",") ? verb - 2 : verb - 1;
            return actors.entityAt(before.token(name).start()).filter(entity -> before.token(name).isProperNoun());
        }
        return Optional.empty();
    }

    private boolean reports(Sentence sentence, int verb) {
        return verbs.kindOf(sentence.token(verb).lemma()).filter(SpeechVerbKind::reportsSpeech).isPresent();
    }

    /**
     * "Lazaro summoned the ambassador, her office said. She called the attack …": a reporter
     * owned by a possessive pronoun that can stand for the person ("her office", "his spokesman")
     * speaks for that person, so it does not come between the person and the next "she".
     */
    private boolean ownedByThePerson(Sentence sentence, int noun, Entity person) {
        return sentence.dependentArcs(noun).stream().anyMatch(arc -> arc.relation().equals("nmod:poss")
                && switch (sentence.token(arc.dependent()).text().toLowerCase(java.util.Locale.ROOT)) {
                    case "his" -> !genders.contradicts(person, "he");
                    case "her" -> !genders.contradicts(person, "she");
                    default -> false;
                });
    }

    /**
     * Whether the sentence before, in the same paragraph, has a reporting verb whose subject is a
     * noun that is not the person ("Another analyst … warned that …").
     */
    private boolean anotherReporterBefore(Sentence sentence, Entity person) {
        if (sentence.index() == 0) {
            return false;
        }
        Sentence before = document.sentences().get(sentence.index() - 1);
        if (before.paragraph() != sentence.paragraph()) {
            return false;
        }
        for (Token token : before.tokens()) {
            if (!Syntax.isContentVerb(before, token.index()) || verbs.kindOf(token.lemma()).filter(SpeechVerbKind::reportsSpeech).isEmpty()) {
                continue;
            }
            Syntax.Subject subject = Syntax.subjectOf(before, token.index());
            if (subject.found() && !subject.inherited() && before.token(subject.token()).isNoun()
                    && actors.entityAt(before.token(subject.token()).start()).map(Entity::id).filter(person.id()::equals).isEmpty()
                    && speakers.entityOf(before, subject.token()).map(Entity::id).filter(person.id()::equals).isEmpty()
                    && !ownedByThePerson(before, subject.token(), person)) {
                return true;
            }
        }
        return false;
    }
}
