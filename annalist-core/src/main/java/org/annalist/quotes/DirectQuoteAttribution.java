package org.annalist.quotes;

import java.util.Optional;
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

    private final AnnotatedDocument document;
    private final SpeechVerbs verbs;
    private final SpeakerFinder speakers;

    DirectQuoteAttribution(AnnotatedDocument document, SpeechVerbs verbs, SpeakerFinder speakers) {
        this.document = document;
        this.verbs = verbs;
        this.speakers = speakers;
    }

    /** The attribution of the passage, or empty when no reporting verb governs it. */
    Optional<Attribution> attribute(QuotedPassage passage) {
        boolean opensSentence = opensSentence(passage);
        if (opensSentence || endsWithComma(passage)) {
            Optional<Attribution> after = afterQuote(passage);
            if (after.isPresent()) {
                return after;
            }
        }
        Optional<Attribution> before = beforeQuote(passage);
        if (before.isPresent()) {
            return before;
        }
        return governingVerb(passage);
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

    /** The first content verb after the closing mark, in its sentence, if it reports speech. */
    private Optional<Attribution> afterQuote(QuotedPassage passage) {
        if (!passage.closed()) {
            return Optional.empty();
        }
        Sentence sentence = sentenceAt(passage.closeMark());
        if (sentence == null) {
            return Optional.empty();
        }
        for (Token token : sentence.tokens()) {
            if (token.start() <= passage.closeMark()) {
                continue;
            }
            if (isDoubleMark(token)) {
                return Optional.empty();
            }
            if (Syntax.isContentVerb(sentence, token.index())) {
                return reporting(token)
                        ? Optional.of(speakers.speakerOfVerb(sentence, token.index(), "speech-verb-after-quote"))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The last content verb before the opening mark, in its sentence, if it reports speech. */
    private Optional<Attribution> beforeQuote(QuotedPassage passage) {
        Sentence sentence = sentenceAt(passage.openMark());
        if (sentence == null) {
            return Optional.empty();
        }
        for (int i = sentence.tokens().size() - 1; i >= 0; i--) {
            Token token = sentence.token(i);
            if (token.end() > passage.openMark()) {
                continue;
            }
            if (isDoubleMark(token)) {
                return Optional.empty();
            }
            if (Syntax.isContentVerb(sentence, i)) {
                return reporting(token)
                        ? Optional.of(speakers.speakerOfVerb(sentence, i, "speech-verb-before-quote"))
                        : Optional.empty();
            }
        }
        return Optional.empty();
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
            for (int ancestor = head, depth = 0; ancestor != Dependency.ROOT && depth < 8;
                    ancestor = Syntax.head(sentence, ancestor), depth++) {
                if (Syntax.isContentVerb(sentence, ancestor) && reporting(sentence.token(ancestor))) {
                    return Optional.of(speakers.speakerOfVerb(sentence, ancestor, "partial-quote:governing-verb"));
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private boolean reporting(Token token) {
        return verbs.kindOf(token.lemma()).isPresent();
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
