package org.annalist.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Set;
import org.annalist.actors.Entity;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Finds the reporting verb of one quoted passage and, through its subject, the speaker.
 *
 * <p>Three places are tried, the way a reader looks: the words right after a quotation that
 * opens its sentence or ends in a comma ({@code “…,” he added}); the words right before it
 * ({@code Okafor said: “…”}, {@code He said, “…”}); and, for words quoted inside a sentence,
 * the nearest reporting verb above them in the dependency tree ({@code considered Azerbaijan to
 * be of an “important and effective position”}). Only verbs of the speech-verbs file count.
 */
final class DirectQuoteAttribution {

    /** Words that open a clause of its own after a quotation; a frame never starts with one. */
    private static final java.util.Set<String> COORDINATORS = java.util.Set.of("and", "but", "or", "while", "whereas");

    /**
     * Relations by which quoted words can be what a verb reports: its object or complement. A
     * verb reached through a conjunct or an adverbial clause only stands beside the quotation
     * ("would continue … and that the treaty would remain suspended “until …”").
     */
    private static final Set<String> COMPLEMENT = Set.of("ccomp", "xcomp", "obj", "iobj", "obl", "nmod", "dep", "csubj", "parataxis");


    private final AnnotatedDocument document;
    private final SpeechVerbs verbs;
    private final SpeakerFinder speakers;
    private final FrameWords frames;
    private final VerdictSentence verdicts;
    private final SurfaceFrame surface;

    DirectQuoteAttribution(AnnotatedDocument document, SpeechVerbs verbs, SpeakerFinder speakers, FrameWords frames) {
        this.document = document;
        this.verbs = verbs;
        this.speakers = speakers;
        this.frames = frames;
        this.verdicts = new VerdictSentence(document, speakers);
        this.surface = new SurfaceFrame(document, verbs, speakers);
    }

    /** The attribution of the passage, or empty when no reporting verb governs it. */
    Optional<Attribution> attribute(QuotedPassage passage) {
        List<Supplier<Optional<Attribution>>> places = new ArrayList<>();
        if (opensSentence(passage) || endsWithComma(passage)) {
            places.add(() -> afterQuote(passage));
        }
        places.add(() -> beforeQuote(passage));
        places.add(() -> governingVerb(passage));
        if (opensSentence(passage)) {
            places.add(() -> verdicts.attribute(passage));
        }
        places.add(() -> colonIntroduction(passage));
        Optional<Attribution> subjectless = Optional.empty();
        for (Supplier<Optional<Attribution>> place : places) {
            Optional<Attribution> found = place.get();
            if (found.isPresent() && !found.get().subjectless()) {
                return found;
            }
            subjectless = subjectless.or(() -> found);
        }
        if (opensSentence(passage) || endsWithComma(passage)) {
            // no place gave a speaker from the parse: a plain frame read from its words may
            Optional<Attribution> read = surface.attribute(passage);
            if (read.isPresent()) {
                return read;
            }
        }
        return subjectless;
    }

    /** Whether no word of the sentence comes before the opening mark. */
    private boolean opensSentence(QuotedPassage passage) {
        Sentence sentence = sentenceAt(passage.openMark());
        if (sentence == null) {
            return true;
        }
        for (Token token : sentence.tokens()) {
            if (token.start() >= passage.openMark()) {
                return true;
            }
            if (!Syntax.isPunctuation(token)) {
                return false;
            }
        }
        return true;
    }

    /** “…,” he said — or the British “…”, he said. */
    private boolean endsWithComma(QuotedPassage passage) {
        String text = document.text();
        if (!passage.closed()) {
            return false;
        }
        char last = text.charAt(passage.end() - 1);
        int after = passage.closeMark() + 1;
        return last == ',' || last == '?' || last == '!' || (after < text.length() && text.charAt(after) == ',');
    }

    /**
     * The first content verb after the closing mark, in its sentence, if it reports speech. When
     * the sentence ends with the quotation and the splitter cut its frame off ({@code “…?” | asked
     * Haddad.}), the frame is the next sentence.
     */
    private Optional<Attribution> afterQuote(QuotedPassage passage) {
        if (!passage.closed()) {
            return Optional.empty();
        }
        int index = frameSentence(document, passage);
        if (index < 0) {
            return Optional.empty();
        }
        Sentence sentence = document.sentences().get(index);
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
            firstWord &= Syntax.isPunctuation(token);
            if (Syntax.isContentVerb(sentence, token.index())) {
                return reporting(token) || phrasalReporting(sentence, token)
                        ? Optional.of(speakers.speakerOfVerb(sentence, token.index(), "speech-verb-after-quote"))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The index of the sentence holding the words after the closing mark: the closing mark's own
     * sentence, or — when that sentence ends at the quotation and the next one, in the same
     * paragraph, opens with a lower-case word ({@code “Where is the evidence?” | asked Murkomen.})
     * — the next one, which the splitter cut off after a question or exclamation mark. -1 when the
     * mark is in no sentence.
     */
    static int frameSentence(AnnotatedDocument document, QuotedPassage passage) {
        int index = document.sentenceAt(passage.closeMark());
        if (index < 0 || index + 1 >= document.sentences().size()) {
            return index;
        }
        Sentence own = document.sentences().get(index);
        for (Token token : own.tokens()) {
            if (token.start() > passage.closeMark() && !Syntax.isPunctuation(token)) {
                return index;
            }
        }
        Sentence next = document.sentences().get(index + 1);
        String first = next.tokens().isEmpty() ? "" : next.token(0).text();
        boolean cutOff = next.paragraph() == own.paragraph() && !first.isEmpty() && Character.isLowerCase(first.charAt(0));
        return cutOff ? index + 1 : index;
    }

    /**
     * The reporting verb right before the opening mark: {@code said: “}, {@code said, “},
     * {@code said “}, {@code said that “}, {@code told reporters: “}. A verb further back governs a
     * partial quote only through the parse.
     */
    private Optional<Attribution> beforeQuote(QuotedPassage passage) {
        Sentence sentence = introducingSentence(passage);
        if (sentence == null) {
            return Optional.empty();
        }
        boolean introduced = introducedByPunctuation(passage.openMark());
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
                return adjacent && reporting(token)
                        ? Optional.of(speakers.speakerOfVerb(sentence, i, "speech-verb-before-quote"))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The sentence whose words come right before the opening mark: the quotation's own, or —
     * when the quotation opens its sentence after a colon — the sentence the colon ends, which may
     * close the paragraph before ({@code Speaking in Kyiv, the minister said: | “Repairs will
     * take a week.”}).
     */
    private Sentence introducingSentence(QuotedPassage passage) {
        Sentence own = sentenceAt(passage.openMark());
        if (own == null || own.index() == 0 || !opensSentence(passage) || !precededBy(passage.openMark(), ':')) {
            return own;
        }
        return document.sentences().get(own.index() - 1);
    }

    private boolean introducedByPunctuation(int openMark) {
        String text = document.text();
        int i = openMark - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == ':' || text.charAt(i) == ',');
    }

    private static boolean nothingButThatBetween(Sentence sentence, int verb, int openMark) {
        for (int i = verb + 1; i < sentence.tokens().size() && sentence.token(i).start() < openMark; i++) {
            if (!sentence.token(i).text().equalsIgnoreCase("that")) {
                return false;
            }
        }
        return true;
    }

    /** The nearest reporting verb above the quoted words in the dependency tree. */
    private Optional<Attribution> governingVerb(QuotedPassage passage) {
        Sentence sentence = sentenceAt(passage.start());
        if (sentence == null) {
            return Optional.empty();
        }
        for (Token token : sentence.tokens()) {
            if (!inside(passage, token)) {
                continue;
            }
            int head = Syntax.head(sentence, token.index());
            if (head == Dependency.ROOT || inside(passage, sentence.token(head))) {
                continue;
            }
            int child = token.index();
            Optional<Attribution> view = Optional.empty();
            for (int ancestor = head, depth = 0; ancestor != Dependency.ROOT && depth < 8; depth++) {
                if (sentence.token(child).partOfSpeech().equals("CC")) {
                    // "…, which Beijing calls Huangyan Island, and that its actions were “…”": a
                    // coordinator the parser made a head joins the words to an earlier clause, not
                    // to the verb it hangs from; the sentence's reported speech decides instead
                    break;
                }
                boolean quoted = Syntax.isQuotedClause(sentence, ancestor, child); // "was quoted as saying … “…”"
                boolean complement = quoted || COMPLEMENT.contains(Syntax.baseRelation(Syntax.relation(sentence, child)))
                        || isReasonGiven(sentence, child); // "praised the judges for “finally hearing …”"
                Optional<SpeechVerbKind> kind = verbs.quotingKindOf(sentence.token(ancestor).lemma());
                if (complement && Syntax.isContentVerb(sentence, ancestor) && kind.isPresent()
                        && (quoted || Syntax.subjectOf(sentence, ancestor).found()
                                || speakers.issuerOfTheStatementDoing(sentence, ancestor).isPresent())) { // "a statement by X describing …"
                    Attribution found = speakers.speakerOfVerb(sentence, ancestor, "partial-quote:governing-verb");
                    if (kind.get() != SpeechVerbKind.COGNITION) { // speech, appeal, accusation, stance: the speaker's own words
                        return Optional.of(found);
                    }
                    // "said Erbil still expected Baghdad to pay “…”": a view inside a report is
                    // the reporter's words; keep the view only if no report stands above it
                    view = view.or(() -> Optional.of(found));
                }
                child = ancestor;
                ancestor = Syntax.head(sentence, ancestor);
            }
            return view;
        }
        return Optional.empty();
    }

    /**
     * "praised the judges for “finally hearing the victims”", "criticised Ankara for “…”": a gerund
     * clause introduced by "for" gives the reason the speaker stated, in the speaker's words.
     */
    private static boolean isReasonGiven(Sentence sentence, int clause) {
        return Syntax.baseRelation(Syntax.relation(sentence, clause)).equals("advcl") && sentence.token(clause).partOfSpeech().equals("VBG")
                && sentence.dependentArcs(clause).stream().anyMatch(arc -> Set.of("case", "mark").contains(arc.baseRelation())
                        && sentence.token(arc.dependent()).text().equalsIgnoreCase("for"));
    }

    /**
     * {@code Karua was defiant: “We will see them in court.”}, {@code Her message to the protesters
     * was blunt: “Go home.”}: a quotation opened right after a colon that ends a clause with no
     * reporting verb is what the clause's subject said — when the subject names an actor, or is a
     * noun for something said (frame-words.tsv, utterance-noun) owned by one ("her message",
     * "Karua's reply"). Only with a speaker: a sign that "read:" or "the mood was grim:" names
     * none, and then nothing is claimed.
     */
    private Optional<Attribution> colonIntroduction(QuotedPassage passage) {
        Sentence sentence = introducingSentence(passage);
        if (sentence == null || !precededBy(passage.openMark(), ':')) {
            return Optional.empty();
        }
        int colon = -1;
        for (Token token : sentence.tokens()) {
            if (token.end() <= passage.openMark() && token.text().equals(":")) {
                colon = token.index();
            }
        }
        int clause = colon < 2 ? -1 : introducingClause(sentence, colon);
        if (clause < 0) {
            return Optional.empty();
        }
        Syntax.Subject subject = Syntax.subjectOf(sentence, clause);
        if (!subject.found() || subject.inherited() || subject.token() >= colon) {
            return Optional.empty();
        }
        Optional<Entity> owner = ownerOfUtterance(sentence, subject.token());
        if (owner.isPresent()) {
            return Optional.of(new Attribution(owner.get(), "colon-introduction:owner-of-utterance"));
        }
        Attribution found = speakers.speakerOfVerb(sentence, clause, "colon-introduction");
        return found.speaker() == null ? Optional.empty() : Optional.of(found);
    }

    /**
     * The head of the clause before the colon: its one word whose governor lies outside it (the
     * root, or a word of the quotation the parser made the root); -1 when there is not exactly one.
     */
    private static int introducingClause(Sentence sentence, int colon) {
        int head = -1;
        for (int i = 0; i < colon; i++) {
            int governor = Syntax.head(sentence, i);
            if (Syntax.isPunctuation(sentence.token(i)) || (governor != Dependency.ROOT && governor < colon)) {
                continue;
            }
            if (head >= 0) {
                return -1;
            }
            head = i;
        }
        return head;
    }

    /** "Her message", "Karua's reply": the actor owning an utterance noun at the token, if any. */
    private Optional<Entity> ownerOfUtterance(Sentence sentence, int noun) {
        Token token = sentence.token(noun);
        if (!token.isNoun() || token.isProperNoun() || !frames.is(FrameWords.Role.UTTERANCE_NOUN, token.lemma() == null ? token.text() : token.lemma())) {
            return Optional.empty();
        }
        for (Dependency arc : sentence.dependentArcs(noun)) {
            if (arc.relation().equals("nmod:poss")) {
                return speakers.entityOf(sentence, arc.dependent()).filter(entity -> !entity.type().equals("GROUP"));
            }
        }
        return Optional.empty();
    }

    private boolean precededBy(int offset, char mark) {
        String text = document.text();
        int i = offset - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == mark;
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

    private boolean reporting(Token token) {
        return verbs.quotingKindOf(token.lemma()).isPresent();
    }

    private static boolean inside(QuotedPassage passage, Token token) {
        return token.start() >= passage.start() && token.end() <= passage.end();
    }

    /** A double quote mark: past one, the words belong to another quotation. */
    private static boolean isDoubleMark(Token token) {
        String text = token.text();
        return text.equals("\u201C") || text.equals("\u201D") || text.equals("\"");
    }

    private Sentence sentenceAt(int offset) {
        int index = document.sentenceAt(offset);
        if (index < 0) {
            for (Sentence sentence : document.sentences()) {
                if (sentence.start() > offset) {
                    return sentence;
                }
            }
            return null;
        }
        return document.sentences().get(index);
    }
}
