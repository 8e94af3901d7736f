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

    /** Entity types of places: a person-tagged token mentioning one is a clash, not a speaker. */
    private static final Set<String> PLACE_TYPES = Set.of("COUNTRY", "LOCATION", "CITY", "STATE_OR_PROVINCE");

    /** Possessive pronouns that stand for a person ("its spokesman" is a body's: see bodyOwning). */
    private static final Set<String> PERSONAL_POSSESSIVES = Set.of("his", "her");

    /** How far up a reporting verb parsed as a conjunct looks for the report it belongs to. */
    private static final int REPORT_DEPTH = 8;
    /** Auxiliaries of a reported clause in indirect speech ("Dhaka could not absorb", "inflation had fallen", "Syria did not seek"). */
    private static final Set<String> BACKSHIFTED_AUXILIARIES = Set.of("could", "would", "had", "might", "should", "did");

    private final AnnotatedDocument document;
    private final ActorAnalysis actors;
    private final ReferenceWords referenceWords;
    private final SpeechVerbs verbs;
    private final SpokespersonBody spokespeople;
    private final AsideAttribution asides;
    private final PronounAfterReport pronouns;
    private final BodySpeakers bodies;

    SpeakerFinder(AnnotatedDocument document, ActorAnalysis actors, SpeechVerbs verbs, ReferenceWords referenceWords) {
        this.document = document;
        this.actors = actors;
        this.verbs = verbs;
        this.referenceWords = referenceWords;
        this.spokespeople = new SpokespersonBody(document, actors, referenceWords, this::entityOf);
        this.asides = new AsideAttribution(actors, verbs);
        this.pronouns = new PronounAfterReport(document, verbs);
        this.bodies = new BodySpeakers(document, actors, verbs, referenceWords, this);
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
        Syntax.Subject subject = Syntax.subjectOf(sentence, verb);
        if (subject.found() && !subject.inherited() && isQuoted(sentence, subject.token())) {
            OptionalInt first = firstConjunctOf(sentence, verb);
            if (first.isPresent()) {
                // "The company called the seizure “theft pure and simple” and said it would …": quoted
                // words parsed as the subject of "said"; the sentence's first verb has the real one
                Attribution outer = speakerOfVerb(sentence, first.getAsInt(), place);
                return outer.withRule(outer.rule() + ":quoted-words-taken-for-subject");
            }
        }
        Optional<Entity> entity = subject.found() ? entityOf(sentence, subject.token()) : Optional.empty();
        if (entity.isPresent() && !subject.inherited() && pronouns.pointsIntoTheReport(sentence, verb, subject.token(), entity.get())) {
            // "Al-Khulaifi would travel to Kabul next week, he added": "he" is the one already talking
            return pronouns.speakerBefore(sentence, (earlier, earlierVerb) -> speakerOfVerb(earlier, earlierVerb, place))
                    .map(speaker -> new Attribution(speaker, place + ":pronoun-after-report"))
                    .orElseGet(() -> new Attribution(null, place + ":pronoun-after-report-no-speaker"));
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
            return new Attribution(null, place + ":no-subject");
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

    /** Whether the token lies between an opening and a closing quote mark of its sentence. */
    private static boolean isQuoted(Sentence sentence, int token) {
        boolean open = false;
        for (int i = 0; i < token; i++) {
            String text = sentence.token(i).text();
            if (text.equals("``") || text.equals("\u201C")) {
                open = true;
            } else if (text.equals("''") || text.equals("\u201D")) {
                open = false;
            }
        }
        return open;
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
        return actors.entityAt(offset).filter(entity -> entity.type().equals("PERSON") && mentionKindAt(entity, offset) == MentionKind.NAME);
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
     * complement belongs to that verb's speaker. Only used when the inherited subject is no
     * actor: "said Iran had agreed and said …" may well be Iran's words.
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
            if (Syntax.baseRelation(Syntax.relation(sentence, child)).equals("ccomp") && Syntax.isContentVerb(sentence, parent)
                    && verbs.kindOf(sentence.token(parent).lemma()).isPresent()) {
                return OptionalInt.of(parent);
            }
            child = parent;
        }
        return OptionalInt.empty();
    }

    /**
     * The entity a phrase headed by the token refers to: the head's, else a name in apposition or
     * a compound part's; a name in apposition outranks a role noun. A nationality word
     * ("the Azeri general") names a country, not the speaker, so it is passed over unless it is a
     * plural noun heading the subject ("the Iranians said");
     * and a country or place found at a token the language layer tags as a person ("Santiago said"
     * for a Commodore Santiago) is taken for a clash, not a speaker.
     */
    Optional<Entity> entityOf(Sentence sentence, int head) {
        List<Integer> candidates = Syntax.speakerCandidates(sentence, head);
        Optional<Entity> appositive = appositiveName(sentence, head);
        if (appositive.isPresent()) {
            return appositive; // "Its spokesman, Khaing Min Aung, said": the name outranks the role
        }
        Optional<Entity> principal = principalOf(sentence, head);
        if (principal.isPresent()) {
            return principal;
        }
        Optional<Entity> seat = bodies.countryOfSeat(sentence, head);
        if (seat.isPresent()) {
            return seat; // "the foreign ministry in Vilnius said"
        }
        for (int candidate : candidates) {
            Token token = sentence.token(candidate);
            Optional<Entity> entity = actors.entityAt(token.start());
            if (entity.isEmpty()) {
                continue;
            }
            MentionKind kind = mentionKindAt(entity.get(), token.start());
            if (kind == MentionKind.DEMONYM && !(candidate == head && isPluralNoun(token))) {
                continue;
            }
            if (candidate != head && PLACE_TYPES.contains(entity.get().type()) && isCommonNoun(sentence.token(head))) {
                continue; // "a senior U.S. official said": the country names the official's nationality, as a demonym does
            }
            if (candidate != head && bodies.isUnnamedInsider(sentence, head)) {
                continue; // "a State Department official said": the body employs the official, it does not speak
            }
            if (token.namedEntityTag().equals("PERSON") && PLACE_TYPES.contains(entity.get().type())) {
                return Optional.empty();
            }
            return entity;
        }
        Optional<Entity> owner = bodies.bodyOwning(sentence, head);
        if (owner.isPresent()) {
            return owner;
        }
        Optional<Entity> referredBack = bodies.organisationReferredBack(sentence, head);
        // "a spokesperson for the embassy said", "a coast guard spokesman said": the body's words
        return referredBack.isPresent() ? referredBack : spokespeople.bodyOf(sentence, head);
    }

    /**
     * The first person or organisation the sentence names between the tokens, by a name, an alias
     * or a description ("That was how second officer Dimitris Laskaris described it"); a
     * nationality word or a pronoun names nobody.
     */
    Optional<Entity> firstActorNamed(Sentence sentence, int from, int end) {
        for (int index = from; index < end; index++) {
            int offset = sentence.token(index).start();
            Optional<Entity> entity = actors.entityAt(offset)
                    .filter(found -> found.type().equals("PERSON") || found.type().equals("ORGANIZATION"));
            MentionKind kind = entity.map(found -> mentionKindAt(found, offset)).orElse(null);
            if (kind == MentionKind.NAME || kind == MentionKind.ALIAS || kind == MentionKind.NOMINAL) {
                return entity;
            }
        }
        return Optional.empty();
    }

    /**
     * "according to a statement from the Diocese of Matagalpa", "according to a report by the
     * agency": a statement noun of reference-words.tsv speaks for the body or person it is from.
     */
    Optional<Entity> issuerOfStatement(Sentence sentence, int head) {
        Token token = sentence.token(head);
        if (!token.isNoun() || !referenceWords.is(ReferenceWords.Kind.STATEMENT, token.lemma() == null ? token.text() : token.lemma())) {
            return Optional.empty();
        }
        for (Dependency arc : sentence.dependentArcs(head)) {
            boolean fromOrBy = arc.baseRelation().equals("nmod") && sentence.dependentArcs(arc.dependent()).stream()
                    .anyMatch(inner -> inner.relation().equals("case")
                            && Set.of("from", "by").contains(sentence.token(inner.dependent()).text().toLowerCase(java.util.Locale.ROOT)));
            if (fromOrBy) {
                return entityOf(sentence, arc.dependent()).filter(entity -> !entity.type().equals("GROUP"));
            }
        }
        return Optional.empty();
    }

    /**
     * "Guterres appealed to both sides to show restraint, his spokesman said": a mouthpiece noun
     * of reference-words.tsv ("spokesman", "office", "ministry") owned by a possessive pronoun or
     * a person's possessive name ("Japarov's office said") speaks for that person, and the words
     * are that person's. The actors stage may have taken
     * "spokesman" for another spokesman named earlier; the pronoun says whose he is.
     */
    private Optional<Entity> principalOf(Sentence sentence, int head) {
        Token token = sentence.token(head);
        if (token.isProperNoun() || !token.isNoun()
                || !referenceWords.is(ReferenceWords.Kind.MOUTHPIECE, token.lemma() == null ? token.text() : token.lemma())) {
            return Optional.empty();
        }
        for (Dependency arc : sentence.dependentArcs(head)) {
            Token owner = sentence.token(arc.dependent());
            if (arc.relation().equals("nmod:poss") && PERSONAL_POSSESSIVES.contains(owner.text().toLowerCase(java.util.Locale.ROOT))) {
                // the pronoun's own mention: the actors stage may have made "his spokesman" a mention of someone else
                return actors.entities().stream().filter(entity -> entity.type().equals("PERSON"))
                        .filter(entity -> entity.mentions().stream().anyMatch(mention -> mention.kind() == MentionKind.PRONOUN
                                && mention.start() == owner.start() && mention.end() == owner.end()))
                        .findFirst();
            }
            if (arc.relation().equals("nmod:poss") && owner.isProperNoun()) {
                // "Japarov's office said": a person's possessive name, as the pronoun
                Optional<Entity> person = actors.entityAt(owner.start()).filter(entity -> entity.type().equals("PERSON")
                        && mentionKindAt(entity, owner.start()) == MentionKind.NAME);
                if (person.isPresent()) {
                    return person;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The last actor named in apposition inside the subject ("The head of the EU mission in
     * Armenia, Markus Vogel, said" — wherever the parser hung the appositive).
     */
    private Optional<Entity> appositiveName(Sentence sentence, int head) {
        java.util.BitSet phrase = Syntax.subtree(sentence, head);
        Optional<Entity> last = Optional.empty();
        for (org.annalist.language.Dependency arc : sentence.dependencies()) {
            if (!arc.baseRelation().equals("appos") || !phrase.get(arc.dependent())) {
                continue;
            }
            if (arc.governor() != head && sentence.token(arc.governor()).namedEntityTag().equals("TITLE")) {
                // "an adviser to the group's commander, Mohamed Dagalo, said": the name is the
                // commander's, another person inside the subject, not the speaker's
                continue;
            }
            int offset = sentence.token(arc.dependent()).start();
            Optional<Entity> named = actors.entityAt(offset)
                    .filter(entity -> !PLACE_TYPES.contains(entity.type()) && !entity.type().equals("GROUP")
                            && mentionKindAt(entity, offset) == MentionKind.NAME);
            if (named.isPresent()) {
                last = named;
            }
        }
        return last;
    }

    private static boolean isCommonNoun(Token token) {
        return token.isNoun() && !token.isProperNoun();
    }

    /** "the Iranians said": a nationality as a plural noun is the speaker; "the Azeri general" is not. */
    private static boolean isPluralNoun(Token token) {
        return token.partOfSpeech().equals("NNS") || token.partOfSpeech().equals("NNPS");
    }

    static MentionKind mentionKindAt(Entity entity, int offset) {
        for (Mention mention : entity.mentions()) {
            if (offset >= mention.start() && offset < mention.end()) {
                return mention.kind();
            }
        }
        return null;
    }
}
