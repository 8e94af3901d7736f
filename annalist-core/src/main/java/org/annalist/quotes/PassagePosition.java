package org.annalist.quotes;

import java.util.Optional;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Where a quoted passage stands in its text: whether it opens its sentence or ends in a comma, which
 * sentence holds the words before and after it, what punctuation precedes it. The places a frame
 * is looked for depend on these, and several attributions ask them.
 */
final class PassagePosition {

    /** The furthest a cut-off frame's main verb stands from its sentence's start ("the foreign ministry spokesman asked"). */
    private static final int FRAME_OPENING_WORDS = 5;

    private final AnnotatedDocument document;

    PassagePosition(AnnotatedDocument document) {
        this.document = document;
    }

    /** Whether no word of the sentence comes before the opening mark. */
    boolean opensSentence(QuotedPassage passage) {
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
    boolean endsWithComma(QuotedPassage passage) {
        String text = document.text();
        if (!passage.closed()) {
            return false;
        }
        char last = text.charAt(passage.end() - 1);
        int after = passage.closeMark() + 1;
        return last == ',' || last == '?' || last == '!' || (after < text.length() && text.charAt(after) == ',');
    }

    /** The sentence of the words after a closed quotation ({@link #frameSentence}); empty for an unclosed one or none. */
    static Optional<Sentence> trailingFrame(AnnotatedDocument document, QuotedPassage passage) {
        if (!passage.closed()) {
            return Optional.empty();
        }
        int index = frameSentence(document, passage);
        return index < 0 ? Optional.empty() : Optional.of(document.sentences().get(index));
    }

    /**
     * The index of the sentence holding the words after the closing mark: the closing mark's own
     * sentence, or — when that sentence ends at the quotation and the next one, in the same
     * paragraph, opens with a lower-case word ({@code “Where is the evidence?” | asked Murkomen.})
     * or, after quoted words ending in a question or exclamation mark, with a subject and its verb
     * ({@code “Who will pay for this?” | Marchenko asked.}) — the next one, which the splitter cut
     * off after the question or exclamation mark. -1 when the
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
        boolean cutOff = next.paragraph() == own.paragraph() && !first.isEmpty()
                && (Character.isLowerCase(first.charAt(0)) || endsInQuestionOrExclamation(document.text(), passage) && opensWithSubjectAndVerb(next));
        return cutOff ? index + 1 : index;
    }

    /** The quoted words end with a question or exclamation mark, which the splitter takes for a sentence end. */
    private static boolean endsInQuestionOrExclamation(String text, QuotedPassage passage) {
        int last = passage.end() - 1;
        while (last > passage.start() && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        return last >= passage.start() && (text.charAt(last) == '?' || text.charAt(last) == '!');
    }

    /**
     * "Marchenko asked.", "the minister asked reporters": the sentence's main verb comes within its
     * first few words, after its subject and no comma — the shape of a frame cut off after the
     * quoted question, not of a new sentence of narration with words of its own before its verb.
     */
    private static boolean opensWithSubjectAndVerb(Sentence sentence) {
        int root = Syntax.root(sentence);
        if (root < 1 || root > FRAME_OPENING_WORDS || !sentence.token(root).isVerb()) {
            return false;
        }
        for (int i = 0; i < root; i++) {
            String text = sentence.token(i).text();
            if (text.equals(",") || text.equals("\u201C") || text.equals("\"")) {
                return false;
            }
        }
        return sentence.dependentArcs(root).stream().anyMatch(arc -> arc.baseRelation().equals("nsubj") && arc.dependent() < root);
    }

    /**
     * The sentence whose words come right before the opening mark: the quotation's own, or —
     * when the quotation opens its sentence after a colon — the sentence the colon ends, which may
     * close the paragraph before ({@code Speaking in Kyiv, the minister said: | “Repairs will
     * take a week.”}).
     */
    Sentence introducingSentence(QuotedPassage passage) {
        Sentence own = sentenceAt(passage.openMark());
        if (own == null || own.index() == 0 || !opensSentence(passage) || !precededBy(passage.openMark(), ':')) {
            return own;
        }
        return document.sentences().get(own.index() - 1);
    }

    boolean introducedByPunctuation(int openMark) {
        String text = document.text();
        int i = openMark - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == ':' || text.charAt(i) == ',');
    }

    boolean precededBy(int offset, char mark) {
        String text = document.text();
        int i = offset - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == mark;
    }

    Sentence sentenceAt(int offset) {
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
