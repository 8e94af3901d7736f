package org.annalist.quotes;

import java.util.List;
import java.util.Optional;
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
 * Bodies as speakers, for {@link SpeakerFinder}: a body referred back to ("it", "the group"),
 * the body that owns an unnamed part ("the military's media wing"), the members of a named body
 * ("Awami League officials"), and the two kinds of nouns that speak for no body (unnamed
 * outlets, unnamed insiders). Kept apart so that the finder's own class stays about the verb and
 * its subject.
 */
final class BodySpeakers {

    /** Entity types that own parts speaking for them ("the military's media wing"); a country's unnamed office is not the country. */
    private static final Set<String> BODY_TYPES = Set.of("ORGANIZATION");

    private final AnnotatedDocument document;
    private final ActorAnalysis actors;
    private final SpeechVerbs verbs;
    private final ReferenceWords referenceWords;
    /** Which bodies sit in their own country's capital (frame-words.tsv, role seated-body). */
    private final FrameWords frames;
    /** The finder these answers serve: "it added" goes on with the previous sentence's reporter, found by it. */
    private final SpeakerFinder speakers;

    BodySpeakers(AnnotatedDocument document, ActorAnalysis actors, SpeechVerbs verbs, ReferenceWords referenceWords, FrameWords frames,
            SpeakerFinder speakers) {
        this.document = document;
        this.actors = actors;
        this.verbs = verbs;
        this.referenceWords = referenceWords;
        this.frames = frames;
        this.speakers = speakers;
    }

    /**
     * "Awami League officials, speaking from abroad, said": a plural group noun whose compound is
     * the name of a coded organisation the article names (the words before the noun are exactly
     * one of its names) is that organisation's voice, as "the party said" would be. A number or
     * an indefinite word before it ("two Hamas officials") makes unnamed insiders instead.
     */
    Optional<Entity> bodyOfMembers(Sentence sentence, int head) {
        if (isUnnamedInsider(sentence, head)) {
            return Optional.empty();
        }
        int first = Syntax.subtree(sentence, head).nextSetBit(0);
        while (first < head && sentence.token(first).partOfSpeech().equals("DT")) {
            first++;
        }
        if (first >= head || !sentence.token(head - 1).isProperNoun()) {
            return Optional.empty();
        }
        String name = document.text().substring(sentence.token(first).start(), sentence.token(head - 1).end());
        List<Entity> bodies = actors.entities().stream()
                .filter(entity -> entity.type().equals("ORGANIZATION") && entity.code() != null)
                .filter(entity -> entity.mentions().stream().anyMatch(mention -> (mention.kind() == MentionKind.NAME
                        || mention.kind() == MentionKind.ALIAS) && mention.text().equalsIgnoreCase(name)))
                .toList();
        return bodies.size() == 1 ? Optional.of(bodies.get(0)) : Optional.empty();
    }

    /**
     * "Iranian state media reported", "local media said": outlets the text never names (a body of
     * the media sector, MED, with no name or alias among its mentions) carry a report, they do not
     * make it, and the gold sets leave such words unattributed; a named outlet ("KCNA said",
     * "the broadcaster said" after Deutsche Welle) speaks.
     */
    static boolean isUnnamedMedia(Entity entity) {
        return "MED".equals(entity.sector()) && entity.mentions().stream()
                .noneMatch(mention -> mention.kind() == MentionKind.NAME || mention.kind() == MentionKind.ALIAS);
    }

    /**
     * "The Lebanese army said it had found the launchers … It said it had deployed more units",
     * "Hezbollah denied any role. In a statement, the group said …": an "it", or a definite body
     * word of kind employer in reference-words.tsv ("the group", "the movement", "the alliance"),
     * that the actors stage left unresolved, as a speaker, is the one organisation named in its
     * sentence before it or in the sentence before; so is "the service", "the society" — a definite
     * noun that is a word of that organisation's name ("Georgia's State Security Service"). With two organisations there, or none,
     * nobody: no speaker rather than a guess. A body word that is a word of the name of exactly
     * one organisation named so far ("the union" after "their joint trade union alliance") is
     * that organisation, wherever it was named.
     */
    Optional<Entity> organisationReferredBack(Sentence sentence, int head) {
        Token token = sentence.token(head);
        boolean it = token.text().equalsIgnoreCase("it");
        boolean bodyWord = token.isNoun() && !token.isProperNoun()
                && referenceWords.is(ReferenceWords.Kind.EMPLOYER, token.lemma() == null ? token.text() : token.lemma())
                && sentence.dependentArcs(head).stream().anyMatch(arc -> arc.relation().equals("det")
                        && sentence.token(arc.dependent()).text().equalsIgnoreCase("the"));
        // "…, Georgia's State Security Service said. The service said in a statement …": a definite
        // common noun that is a word of the name of the body just named
        String word = (token.lemma() == null ? token.text() : token.lemma()).toLowerCase(java.util.Locale.ROOT);
        boolean nameWord = !it && !bodyWord && token.isNoun() && !token.isProperNoun() && word.length() > 2
                && sentence.dependentArcs(head).stream().anyMatch(arc -> arc.relation().equals("det")
                        && sentence.token(arc.dependent()).text().equalsIgnoreCase("the"));
        if (!it && !bodyWord && !nameWord) {
            return Optional.empty();
        }
        if (bodyWord) {
            // "their joint trade union alliance said … Police said they had arrested two union
            // members. The union said …": the one body named so far whose name holds the word,
            // before the nearest body of any name
            List<Entity> holding = actors.entities().stream()
                    .filter(entity -> "ORGANIZATION".equals(entity.type()) && entity.code() != null)
                    .filter(entity -> entity.mentions().stream().anyMatch(mention -> !isHearer(mention) && mention.end() <= token.start()
                            && java.util.Arrays.asList(mention.text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")).contains(word)))
                    .toList();
            if (holding.size() == 1) {
                return Optional.of(holding.get(0));
            }
        }
        List<Entity> named = actors.entities().stream()
                .filter(entity -> "ORGANIZATION".equals(entity.type()) && entity.code() != null)
                .filter(entity -> entity.mentions().stream().anyMatch(mention -> !isHearer(mention)
                        && (!nameWord || java.util.Arrays.asList(mention.text().split("[^\\p{L}]+")).contains(capitalised(word))) && (
                        mention.sentenceIndex() == sentence.index() - 1
                                || (mention.sentenceIndex() == sentence.index() && mention.end() <= token.start()))))
                .toList();
        if (named.isEmpty() && it) {
            Optional<Entity> country = countrySubjectBefore(sentence, head);
            return country.isPresent() ? country : previousReporter(sentence);
        }
        if (named.size() > 1 && it) {
            // "The Israeli military said the strikes hit “infrastructure used by Hezbollah …” It said …":
            // of the bodies named, the one that was reporting goes on
            return reporterBefore(sentence).filter(named::contains);
        }
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /**
     * "“…,” he told Reuters. The group said …": a body named as the audience of a hearer verb
     * (frame-words.tsv: told, informed, briefed) is not the body a later "the group" or "it" refers to.
     */
    private boolean isHearer(Mention mention) {
        Sentence sentence = document.sentences().get(mention.sentenceIndex());
        for (Token token : sentence.tokens()) {
            int head = Syntax.head(sentence, token.index());
            boolean inMention = token.start() >= mention.start() && token.end() <= mention.end();
            if (inMention && head >= 0 && !(sentence.token(head).start() >= mention.start() && sentence.token(head).end() <= mention.end())) {
                String relation = Syntax.baseRelation(Syntax.relation(sentence, token.index()));
                return Set.of("obj", "iobj", "obl").contains(relation) && frames.is(FrameWords.Role.HEARER_VERB, sentence.token(head).lemma());
            }
        }
        return false;
    }

    /** The speaker of the last reporting verb with a subject of its own in the sentence before, in the same paragraph. */
    private Optional<Entity> reporterBefore(Sentence sentence) {
        Optional<Sentence> before = previousInParagraph(sentence);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        Sentence previous = before.get();
        for (int verb = previous.tokens().size() - 1; verb >= 0; verb--) {
            if (!Syntax.isContentVerb(previous, verb) || verbs.kindOf(previous.token(verb).lemma()).isEmpty()
                    || Syntax.isQuoted(previous, verb)) {
                continue;
            }
            Syntax.Subject subject = Syntax.subjectOf(previous, verb);
            if (subject.found() && !subject.inherited()) {
                return Optional.ofNullable(speakers.speakerOfVerb(previous, verb, "previous-reporter").speaker());
            }
        }
        return Optional.empty();
    }

    /**
     * "…, Japarov's office said. Surveyors will meet on Friday, it added.": an "it" that no
     * organisation or country around it explains is the speaker of the sentence before (in its
     * paragraph) when that sentence reports through a body or mouthpiece, a common noun ("office",
     * "the company"): the "it" is that noun again. A person or a pronoun there leaves it alone.
     */
    private Optional<Entity> previousReporter(Sentence sentence) {
        Optional<Sentence> before = previousInParagraph(sentence);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        Sentence previous = before.get();
        for (int verb = previous.tokens().size() - 1; verb >= 0; verb--) {
            if (!Syntax.isContentVerb(previous, verb) || verbs.kindOf(previous.token(verb).lemma()).isEmpty()) {
                continue;
            }
            Syntax.Subject subject = Syntax.subjectOf(previous, verb);
            if (!subject.found() || subject.inherited()) {
                continue;
            }
            Token noun = previous.token(subject.token());
            if (!noun.isNoun() || noun.isProperNoun()) {
                return Optional.empty();
            }
            return Optional.ofNullable(speakers.speakerOfVerb(previous, verb, "previous-reporter").speaker());
        }
        return Optional.empty();
    }

    /**
     * "Thailand suspended its part of the truce on Tuesday, and it accused Phnom Penh of …": an
     * "it" with no organisation around it is the one country that is the subject of a clause
     * earlier in its sentence.
     */
    private Optional<Entity> countrySubjectBefore(Sentence sentence, int it) {
        List<Entity> subjects = new java.util.ArrayList<>();
        for (Token token : sentence.tokens()) {
            if (token.index() >= it || !Syntax.baseRelation(Syntax.relation(sentence, token.index())).equals("nsubj")) {
                continue;
            }
            actors.entityAt(token.start()).filter(entity -> entity.type().equals("COUNTRY"))
                    .filter(entity -> PhraseEntities.mentionKindAt(entity, token.start()) != MentionKind.DEMONYM)
                    .filter(entity -> !subjects.contains(entity)).ifPresent(subjects::add);
        }
        return subjects.size() == 1 ? Optional.of(subjects.get(0)) : Optional.empty();
    }

    /**
     * "The Pakistani military's media wing said", "the ministry's press office said": an unnamed
     * part of an organisation speaks for the organisation that owns it. A person's spokesman is
     * not the person, and "Ecuador's prison service" is not Ecuador: no speaker rather than a
     * wrong one.
     */
    Optional<Entity> bodyOwning(Sentence sentence, int head) {
        if (sentence.token(head).isProperNoun() || !sentence.token(head).isNoun()) {
            return Optional.empty();
        }
        for (Dependency arc : sentence.dependentArcs(head)) {
            if (!arc.relation().equals("nmod:poss")) {
                continue;
            }
            Optional<Entity> owner = actors.entityAt(sentence.token(arc.dependent()).start())
                    .filter(entity -> entity.code() != null && BODY_TYPES.contains(entity.type()));
            if (owner.isPresent()) {
                return owner;
            }
        }
        return Optional.empty();
    }

    /**
     * "a State Department official", "one Hamas source": an indefinite noun of kind insider in
     * reference-words.tsv. An unnamed insider talks for himself, and the gold sets leave his words
     * unattributed; a spokesperson ("a Kremlin spokesman") speaks for the body.
     */
    boolean isUnnamedInsider(Sentence sentence, int head) {
        Token token = sentence.token(head);
        if (!isCommonNoun(token) || !referenceWords.is(ReferenceWords.Kind.INSIDER, token.lemma() == null ? token.text() : token.lemma())) {
            return false; // "a confidential IAEA report said" is the agency's
        }
        return sentence.dependentArcs(head).stream().anyMatch(arc -> (arc.relation().equals("det")
                && Set.of("a", "an", "one", "another").contains(sentence.token(arc.dependent()).text().toLowerCase(java.util.Locale.ROOT)))
                || arc.relation().equals("nummod"));
    }

    /**
     * "the foreign ministry in Vilnius said", "the government in Tokyo said", "its foreign ministry
     * said": a country's ministry or government placed in a city of that country, or owned by
     * "its", is the country (the gold convention), whatever
     * body of another country the actors stage took "the foreign ministry" for. Embassies and
     * missions sit abroad, so only the seated-body words of frame-words.tsv count.
     */
    Optional<Entity> countryOfSeat(Sentence sentence, int head) {
        Token token = sentence.token(head);
        String word = token.lemma() == null ? token.text() : token.lemma();
        if (!isCommonNoun(token) || !frames.is(FrameWords.Role.SEATED_BODY, word)) {
            return Optional.empty();
        }
        for (Dependency arc : sentence.dependentArcs(head)) {
            int place = arc.dependent();
            boolean in = arc.baseRelation().equals("nmod") && sentence.dependentArcs(place).stream()
                    .anyMatch(inner -> inner.relation().equals("case") && sentence.token(inner.dependent()).text().equalsIgnoreCase("in"));
            if (!in) {
                continue;
            }
            Optional<String> code = actors.entityAt(sentence.token(place).start())
                    .filter(entity -> entity.type().equals("LOCATION") || entity.type().equals("CITY")).map(Entity::code);
            if (code.isPresent()) {
                return countryCoded(code.get());
            }
        }
        return countryOwning(sentence, head);
    }

    /**
     * "Brazil … said it was ready to help, and its foreign ministry said …": a country's ministry or
     * government owned by "its" is that country (the gold convention, as for "the foreign ministry
     * in Tokyo"): the country the actors stage resolved the pronoun to, else the one country the
     * article names with the code it gave the body, else the one country the sentence named before.
     */
    private Optional<Entity> countryOwning(Sentence sentence, int head) {
        for (Dependency arc : sentence.dependentArcs(head)) {
            Token owner = sentence.token(arc.dependent());
            if (!arc.relation().equals("nmod:poss") || !owner.text().equalsIgnoreCase("its")) {
                continue;
            }
            Optional<Entity> resolved = actors.entities().stream().filter(entity -> entity.type().equals("COUNTRY"))
                    .filter(entity -> entity.mentions().stream().anyMatch(mention -> mention.kind() == MentionKind.PRONOUN
                            && mention.start() == owner.start()))
                    .findFirst();
            if (resolved.isPresent()) {
                return resolved;
            }
            Optional<String> code = actors.entityAt(sentence.token(head).start()).map(Entity::code).filter(found -> found != null);
            return code.flatMap(this::countryCoded).or(() -> onlyCountryNamedBefore(sentence, owner.start()));
        }
        return Optional.empty();
    }

    /** The one country the sentence names (not by a nationality word) before the offset; empty for none or several. */
    private Optional<Entity> onlyCountryNamedBefore(Sentence sentence, int offset) {
        List<Entity> named = actors.entities().stream().filter(entity -> entity.type().equals("COUNTRY"))
                .filter(entity -> entity.mentions().stream().anyMatch(mention -> mention.start() >= sentence.start() && mention.start() < offset
                        && mention.kind() != MentionKind.DEMONYM && mention.kind() != MentionKind.PRONOUN))
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private Optional<Entity> countryCoded(String code) {
        return actors.entities().stream().filter(entity -> entity.type().equals("COUNTRY") && code.equals(entity.code())).findFirst();
    }

    private static boolean isCommonNoun(Token token) {
        return token.isNoun() && !token.isProperNoun();
    }

    /** The sentence before, when it stands in the same paragraph. */
    private Optional<Sentence> previousInParagraph(Sentence sentence) {
        if (sentence.index() == 0) {
            return Optional.empty();
        }
        Sentence previous = document.sentences().get(sentence.index() - 1);
        return previous.paragraph() == sentence.paragraph() ? Optional.of(previous) : Optional.empty();
    }
}
