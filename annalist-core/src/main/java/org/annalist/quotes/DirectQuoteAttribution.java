package org.annalist.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Finds the reporting verb of one quoted passage and, through its subject, the speaker.
 *
 * <p>Three places are tried, the way a reader looks: the words right after a quotation that
 * opens its sentence or ends in a comma ({@code “…,” he added}); the words right before it
 * ({@code Okafor said: “…”}, {@code He said, “…”}); and, for words quoted inside a sentence,
 * the nearest reporting verb above them in the dependency tree ({@code considered Azerbaijan to
 * be of an “important and effective position”}, {@link GoverningVerbAttribution}). Only verbs of
 * the speech-verbs file count; a verdict sentence, a colon introduction and a frame read from the
 * words ({@link SurfaceFrame}) come after.
 */
final class DirectQuoteAttribution {

    /** Words that open a clause of its own after a quotation; a frame never starts with one. */
    private static final java.util.Set<String> COORDINATORS = java.util.Set.of("and", "but", "or", "while", "whereas", "which");

    private final AnnotatedDocument document;
    private final SpeechVerbs verbs;
    private final SpeakerFinder speakers;
    private final FrameWords frames;
    private final VerdictSentence verdicts;
    private final SurfaceFrame surface;
    private final PassagePosition position;
    private final GoverningVerbAttribution governing;
    private final ColonIntroduction colons;
    private final Inscription inscriptions;

    DirectQuoteAttribution(AnnotatedDocument document, SpeechVerbs verbs, SpeakerFinder speakers, FrameWords frames) {
        this.document = document;
        this.verbs = verbs;
        this.speakers = speakers;
        this.frames = frames;
        this.verdicts = new VerdictSentence(document, speakers);
        this.surface = new SurfaceFrame(document, verbs, speakers);
        this.position = new PassagePosition(document);
        this.governing = new GoverningVerbAttribution(position, verbs, speakers);
        this.colons = new ColonIntroduction(position, speakers, frames);
        this.inscriptions = new Inscription(document, frames);
    }

    /** The attribution of the passage, or empty when no reporting verb governs it. */
    Optional<Attribution> attribute(QuotedPassage passage) {
        Optional<Attribution> inscribed = inscriptions.attribute(passage);
        if (inscribed.isPresent()) {
            return inscribed; // "banners that read “…”, police said": the sign's words, nobody's speech
        }
        List<Supplier<Optional<Attribution>>> places = new ArrayList<>();
        if (position.opensSentence(passage) || position.endsWithComma(passage)) {
            places.add(() -> afterQuote(passage));
        }
        places.add(() -> beforeQuote(passage));
        places.add(() -> governing.attribute(passage));
        if (position.opensSentence(passage)) {
            places.add(() -> verdicts.attribute(passage));
        }
        places.add(() -> colons.attribute(passage));
        Optional<Attribution> subjectless = Optional.empty();
        for (Supplier<Optional<Attribution>> place : places) {
            Optional<Attribution> found = place.get();
            if (found.isPresent() && !found.get().subjectless()) {
                return found;
            }
            subjectless = subjectless.or(() -> found);
        }
        if (position.opensSentence(passage) || position.endsWithComma(passage)) {
            // no place gave a speaker from the parse: a plain frame read from its words may
            Optional<Attribution> read = surface.attribute(passage);
            if (read.isPresent()) {
                return read;
            }
        }
        return subjectless;
    }

    /**
     * The first content verb after the closing mark, in its sentence, if it reports speech. When
     * the sentence ends with the quotation and the splitter cut its frame off ({@code “…?” | asked
     * Haddad.}), the frame is the next sentence.
     */
    private Optional<Attribution> afterQuote(QuotedPassage passage) {
        Optional<Sentence> frameSentence = PassagePosition.trailingFrame(document, passage);
        if (frameSentence.isEmpty()) {
            return Optional.empty();
        }
        Sentence sentence = frameSentence.get();
        boolean firstWord = true;
        for (Token token : sentence.tokens()) {
            if (token.start() <= passage.closeMark()) {
                continue;
            }
            if (isDoubleMark(token)) {
                return Optional.empty();
            }
            if (firstWord && !Syntax.isPunctuation(token) && COORDINATORS.contains(token.text().toLowerCase(java.util.Locale.ROOT))) {
                // "for activities “incompatible with his status,” and Moscow has promised a response": a new clause, not a frame
                return Optional.empty();
            }
            if (firstWord && !Syntax.isPunctuation(token) && opensDisputedClaim(sentence, token.index())) {
                // "“military targets only,” a claim Kyiv rejected": the verb answers the quotation, it does not frame it
                return Optional.empty();
            }
            firstWord &= Syntax.isPunctuation(token);
            if (Syntax.isContentVerb(sentence, token.index()) && isRelativeClause(sentence, token.index())) {
                // "“to destabilise the Sahel”, an accusation Cotonou has denied", "the minister, who
                // was speaking in Geneva, said": a verb describing a noun is not the frame
                continue;
            }
            if (Syntax.isContentVerb(sentence, token.index())) {
                return reporting(token) || phrasalReporting(sentence, token)
                        ? Optional.of(speakers.speakerOfVerb(sentence, token.index(), "speech-verb-after-quote"))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The reporting verb right before the opening mark: {@code said: “}, {@code said, “},
     * {@code said “}, {@code said that “}, {@code told reporters: “}. A verb further back governs a
     * partial quote only through the parse.
     */
    private Optional<Attribution> beforeQuote(QuotedPassage passage) {
        Sentence sentence = position.introducingSentence(passage);
        if (sentence == null) {
            return Optional.empty();
        }
        boolean introduced = position.introducedByPunctuation(passage.openMark());
        for (int i = sentence.tokens().size() - 1; i >= 0; i--) {
            Token token = sentence.token(i);
            if (token.end() > passage.openMark()) {
                continue;
            }
            if (isDoubleMark(token)) {
                return Optional.empty();
            }
            if (Syntax.isContentVerb(sentence, i)) {
                boolean adjacent = introduced || nothingButThatBetween(sentence, i, passage.openMark());
                return adjacent && reporting(token) && (introduced || introducesWords(token))
                        ? Optional.of(speakers.speakerOfVerb(sentence, i, "speech-verb-before-quote"))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean nothingButThatBetween(Sentence sentence, int verb, int openMark) {
        for (int i = verb + 1; i < sentence.tokens().size() && sentence.token(i).start() < openMark; i++) {
            if (!sentence.token(i).text().equalsIgnoreCase("that")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "went on": the verb with the word right after it is a phrasal speech verb of frame-words.tsv
     * (read from the words: the parser makes the particle a particle, an adverb or a preposition).
     */
    private boolean phrasalReporting(Sentence sentence, Token token) {
        int next = token.index() + 1;
        return next < sentence.tokens().size()
                && frames.is(FrameWords.Role.PHRASAL_SPEECH_VERB, token.lemma() + " " + sentence.token(next).text().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the verb, with no colon or comma after it, frames the quoted words that follow as
     * what was said ({@code said “…”}, {@code warned that “…”}). A view or stance verb right
     * before a quotation ("Islamabad was ready to talk “but not under pressure”", "Delhi wished to
     * see “free and fair elections”") takes the words as its object or adjunct; its subject is
     * often the party the speaker talks about, so the parse above the words decides instead.
     */
    private boolean introducesWords(Token verb) {
        return verbs.quotingKindOf(verb.lemma()).filter(kind -> kind != SpeechVerbKind.COGNITION && kind != SpeechVerbKind.STANCE).isPresent();
    }

    /**
     * "a charge Moscow denies", "an allegation the army dismissed": a determiner and a claim noun
     * of frame-words.tsv (an adjective may stand between), followed by no preposition — the noun
     * restates the quoted words and the clause after it is another party's answer to them. "A
     * statement from the ministry said" names its source with a preposition and still frames.
     */
    private boolean opensDisputedClaim(Sentence sentence, int determiner) {
        if (!sentence.token(determiner).partOfSpeech().equals("DT")) {
            return false;
        }
        int noun = determiner + 1;
        if (noun < sentence.tokens().size() && sentence.token(noun).partOfSpeech().startsWith("JJ")) {
            noun++;
        }
        if (noun + 1 >= sentence.tokens().size() || !frames.is(FrameWords.Role.CLAIM_NOUN, sentence.token(noun).lemma())) {
            return false;
        }
        String after = sentence.token(noun + 1).partOfSpeech();
        return !after.equals("IN") && !after.equals("TO") && !sentence.token(noun + 1).isVerb();
    }

    /** A verb hanging from a noun as its relative clause ("a charge Moscow denies", "which Juba says …"). */
    private static boolean isRelativeClause(Sentence sentence, int verb) {
        return Syntax.relation(sentence, verb).equals("acl:relcl");
    }

    private boolean reporting(Token token) {
        return verbs.quotingKindOf(token.lemma()).isPresent();
    }

    /** A double quote mark: past one, the words belong to another quotation. */
    private static boolean isDoubleMark(Token token) {
        String text = token.text();
        return text.equals("\u201C") || text.equals("\u201D") || text.equals("\"");
    }
}
