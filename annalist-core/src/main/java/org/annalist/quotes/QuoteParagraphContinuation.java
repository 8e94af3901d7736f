package org.annalist.quotes;

import java.util.List;
import java.util.Optional;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * The wire convention for a paragraph that is nothing but a quotation: it goes on with the
 * speaker of the quotation that ended the paragraph before.
 *
 * <pre>
 * “We will not stand aside while a neighbour is attacked,” Berg told a news conference.
 *
 * “Our support will last as long as it is needed.”
 * </pre>
 *
 * <p>An agency writer names a new speaker before quoting them; a bare quotation paragraph is
 * the last speaker still talking. The rule is narrow on purpose: the earlier quotation must have
 * a speaker, its attribution must be the last sentence of the paragraph right before, and the
 * new paragraph must hold the quotation and nothing else (a paragraph with words of its own
 * outside the marks is a new scene, and its quotation keeps no speaker rather than a guess).
 */
final class QuoteParagraphContinuation {

    /** The most sentences of narration a voice carries across to a quotation with no frame. */
    private static final int NARRATION_LIMIT = 2;

    private QuoteParagraphContinuation() {}

    /** Gives each bare quotation paragraph the speaker of the quotation that closed the paragraph before it. */
    static void share(AnnotatedDocument document, List<QuotedPassage> passages, List<Optional<Attribution>> attributions) {
        String text = document.text();
        for (int i = 1; i < passages.size(); i++) {
            QuotedPassage previous = passages.get(i - 1);
            QuotedPassage current = passages.get(i);
            boolean unattributed = attributions.get(i).map(found -> found.speaker() == null).orElse(true);
            Optional<Attribution> source = attributions.get(i - 1).filter(found -> found.speaker() != null);
            if (!unattributed || source.isEmpty() || !previous.closed() || current.continuesFromPrevious()
                    || current.paragraph() != previous.paragraph() + 1
                    || !opensParagraph(text, current.openMark()) || !endsParagraph(text, current)) {
                continue;
            }
            int frameSentence = document.sentenceAt(previous.closeMark());
            int lastBefore = document.sentenceAt(lastNonSpace(text, current.openMark()));
            if (frameSentence >= 0 && frameSentence == lastBefore) {
                attributions.set(i, Optional.of(source.get().withRule("continued-quote:quote-paragraph:" + source.get().rule())));
            }
        }
    }

    /**
     * A quotation with no frame of its own that opens its sentence right after a sentence
     * reporting someone's words goes on with that speaker — in the same paragraph, or as a
     * paragraph of its own after the paragraph the report ends:
     *
     * <pre>
     * The company's engineers were working around the clock, Tymchenko said. “They are heroes.”
     * </pre>
     *
     * The agency writer has just named who is talking; a new speaker would be named. Only a
     * quotation no reporting verb frames at all (a frame naming nobody, "a resident said", stays
     * without a speaker), and only when the sentence before reports for one speaker.
     */
    static void shareAfterReport(AnnotatedDocument document, List<QuotedPassage> passages, List<Optional<Attribution>> attributions,
            List<ReportedSpeech> reports) {
        String text = document.text();
        for (int i = 0; i < passages.size(); i++) {
            QuotedPassage current = passages.get(i);
            int sentence = document.sentenceAt(current.openMark());
            if (attributions.get(i).isPresent() || current.continuesFromPrevious() || sentence <= 0
                    || document.sentences().get(sentence).start() < current.openMark()) {
                continue;
            }
            Sentence before = document.sentences().get(sentence - 1);
            int paragraph = document.sentences().get(sentence).paragraph();
            boolean sameParagraph = before.paragraph() == paragraph;
            boolean paragraphOfItsOwn = before.paragraph() == paragraph - 1 && opensParagraph(text, current.openMark())
                    && endsParagraph(text, current);
            if (!sameParagraph && !paragraphOfItsOwn) {
                continue;
            }
            List<Attribution> reported = reports.stream()
                    .filter(report -> report.start() >= before.start() && report.end() <= before.end())
                    .map(ReportedSpeech::attribution)
                    .filter(found -> found != null && found.speaker() != null)
                    .toList();
            boolean oneSpeaker = !reported.isEmpty() && reported.stream().allMatch(found -> found.speaker().id().equals(reported.get(0).speaker().id()));
            boolean quotedBefore = passages.stream().anyMatch(other -> other.start() < before.end() && other.end() > before.start());
            if (oneSpeaker && !quotedBefore) {
                Attribution source = reported.get(reported.size() - 1);
                attributions.set(i, Optional.of(source.withRule("continued-quote:after-report:" + source.rule())));
            }
        }
    }

    /**
     * A quotation with no frame of its own after a stretch of narration goes on with the speaker
     * of the quotation before it, when that narration gives the voice to nobody else:
     *
     * <pre>
     * “It brings order to a chaotic system,” Tariq said. The law was passed last month.
     *
     * “Nobody is above the rules.”
     * </pre>
     *
     * The quotation must open its sentence in the same paragraph as the attributed one or be a
     * paragraph of its own after it; the sentences between (at most {@value #NARRATION_LIMIT})
     * must hold no reporting verb, no report, and name no person or organisation but the speaker
     * — anyone else named there could be the next voice, and then the quotation keeps none.
     */
    static void shareAcrossNarration(AnnotatedDocument document, List<QuotedPassage> passages, List<Optional<Attribution>> attributions,
            List<ReportedSpeech> reports, ActorAnalysis actors, SpeechVerbs verbs) {
        String text = document.text();
        for (int i = 1; i < passages.size(); i++) {
            QuotedPassage previous = passages.get(i - 1);
            QuotedPassage current = passages.get(i);
            Optional<Attribution> source = attributions.get(i - 1).filter(found -> found.speaker() != null);
            int sentence = document.sentenceAt(current.openMark());
            if (attributions.get(i).isPresent() || source.isEmpty() || current.continuesFromPrevious() || !previous.closed()
                    || sentence <= 0 || document.sentences().get(sentence).start() < current.openMark()) {
                continue;
            }
            boolean sameParagraph = current.paragraph() == previous.paragraph();
            // a paragraph of its own, right after or after narration paragraphs the limit below keeps short
            boolean paragraphOfItsOwn = current.paragraph() > previous.paragraph() && opensParagraph(text, current.openMark())
                    && endsParagraph(text, current);
            int frame = Math.max(PassagePosition.frameSentence(document, previous), document.sentenceAt(previous.closeMark()));
            if ((!sameParagraph && !paragraphOfItsOwn) || frame < 0 || sentence - frame - 1 > NARRATION_LIMIT) {
                continue;
            }
            Entity speaker = source.get().speaker();
            boolean silent = true;
            for (int between = frame + 1; between < sentence && silent; between++) {
                silent = givesNoOtherVoice(document.sentences().get(between), speaker, reports, actors, verbs);
            }
            if (silent) {
                attributions.set(i, Optional.of(source.get().withRule("continued-quote:across-narration:" + source.get().rule())));
            }
        }
    }

    /** No reporting verb, no report and no person or organisation but the speaker in the sentence. */
    private static boolean givesNoOtherVoice(Sentence sentence, Entity speaker, List<ReportedSpeech> reports, ActorAnalysis actors,
            SpeechVerbs verbs) {
        if (reports.stream().anyMatch(report -> report.start() < sentence.end() && report.end() > sentence.start())) {
            return false;
        }
        for (Token token : sentence.tokens()) {
            if (token.isVerb() && verbs.quotingKindOf(token.lemma()).isPresent()) {
                return false;
            }
            Optional<Entity> named = actors.entityAt(token.start())
                    .filter(entity -> entity.type().equals("PERSON") || entity.type().equals("ORGANIZATION") || entity.type().equals("GROUP"));
            if (named.isPresent() && !named.get().id().equals(speaker.id())) {
                return false;
            }
        }
        return true;
    }

    /** Nothing but white space between the previous line break and the opening mark. */
    private static boolean opensParagraph(String text, int openMark) {
        return onlySpaceToLineBreak(text, openMark - 1, -1);
    }

    /** Nothing but white space between the closing mark (or the unclosed quotation's end) and the paragraph's end. */
    private static boolean endsParagraph(String text, QuotedPassage passage) {
        if (!passage.closed()) {
            return passage.continuesInNext();
        }
        return onlySpaceToLineBreak(text, passage.closeMark() + 1, 1);
    }

    /** Walking from {@code from} by {@code step}, a line break (or the text's edge) comes before any other character. */
    private static boolean onlySpaceToLineBreak(String text, int from, int step) {
        for (int i = from; i >= 0 && i < text.length(); i += step) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static int lastNonSpace(String text, int before) {
        int i = before - 1;
        while (i > 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return Math.max(i, 0);
    }
}
