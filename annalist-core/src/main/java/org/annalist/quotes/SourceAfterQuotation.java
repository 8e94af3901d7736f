package org.annalist.quotes;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.Entity;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;

/**
 * A quotation that opens its paragraph with no frame, and whose speaker the next sentence names:
 *
 * <pre>
 * “They shelled the road at dawn.” Amina, one of the drivers, said it by phone from a clinic.
 * “We will not be silenced.” The message, posted by the alliance after the arrests, was shared widely.
 * “I heard the jet first.” The words came from Hla Win, a fish seller.
 * </pre>
 *
 * <p>Features and agency copy lead with the words and give the source after them. The next
 * sentence must belong to the same paragraph and hold no quotation before its main verb's first
 * comma (a later one, "…, who said Washington would not accept “…”", is the source's own); its main verb is a reporting
 * verb whose subject is a named speaker ("Amina … said it", "X spoke by phone"), or its subject is
 * an utterance noun of frame-words.tsv ("the message", "the words") whose source is named with
 * "by" or "from". Runs after every other rule, on quotations they left without a speaker.
 */
final class SourceAfterQuotation {

    private static final Set<String> SOURCE_PREPOSITIONS = Set.of("by", "from");

    private SourceAfterQuotation() {}

    static void share(AnnotatedDocument document, List<QuotedPassage> passages, List<Optional<Attribution>> attributions,
            SpeakerFinder speakers, SpeechVerbs verbs, FrameWords frames) {
        for (int i = 0; i < passages.size(); i++) {
            QuotedPassage passage = passages.get(i);
            if (attributions.get(i).isPresent() || passage.continuesFromPrevious() || !passage.closed()
                    || !opensItsParagraph(document, passage)) {
                continue;
            }
            int own = document.sentenceAt(passage.closeMark());
            if (own < 0 || own + 1 >= document.sentences().size()) {
                continue;
            }
            Sentence next = document.sentences().get(own + 1);
            // a quotation later in the next sentence ("The warning came from X, who said … “…”") is X's own
            int sourceEnd = sourceVerbEnd(next);
            boolean quotedInNext = passages.stream().anyMatch(other -> other.openMark() < next.end() && other.outerEnd() > next.start()
                    && other.openMark() < sourceEnd);
            if (next.paragraph() != passage.paragraph() || quotedInNext || !endsItsSentence(document, passage, own)) {
                continue;
            }
            Optional<Attribution> source = source(next, speakers, verbs, frames);
            if (source.isPresent()) {
                attributions.set(i, source);
            }
        }
    }

    private static Optional<Attribution> source(Sentence sentence, SpeakerFinder speakers, SpeechVerbs verbs, FrameWords frames) {
        int root = Syntax.root(sentence);
        if (root < 0) {
            return Optional.empty();
        }
        if (sentence.token(root).isVerb() && verbs.quotingKindOf(sentence.token(root).lemma()).isPresent()) {
            Syntax.Subject subject = Syntax.subjectOf(sentence, root);
            if (!subject.found() || subject.inherited()) {
                return Optional.empty();
            }
            Attribution found = speakers.speakerOfVerb(sentence, root, "source-in-sentence-after");
            return found.speaker() == null ? Optional.empty() : Optional.of(found);
        }
        for (Dependency arc : sentence.dependentArcs(root)) {
            if (arc.baseRelation().startsWith("nsubj") && frames.is(FrameWords.Role.UTTERANCE_NOUN, sentence.token(arc.dependent()).lemma())) {
                return namedSource(sentence, root, arc.dependent(), speakers)
                        .map(entity -> new Attribution(entity, "source-in-sentence-after:utterance-noun"));
            }
        }
        return Optional.empty();
    }

    /** "came from X", "posted by X": the first named speaker in a by/from phrase of the verb or the utterance noun. */
    private static Optional<Entity> namedSource(Sentence sentence, int root, int noun, SpeakerFinder speakers) {
        java.util.BitSet scope = Syntax.subtree(sentence, noun);
        for (Dependency arc : sentence.dependentArcs(root)) {
            if (arc.baseRelation().equals("obl")) {
                scope.set(arc.dependent());
            }
        }
        for (int token = scope.nextSetBit(0); token >= 0; token = scope.nextSetBit(token + 1)) {
            int phrase = token;
            boolean source = sentence.dependentArcs(phrase).stream().anyMatch(arc -> arc.baseRelation().equals("case")
                    && SOURCE_PREPOSITIONS.contains(sentence.token(arc.dependent()).text().toLowerCase(java.util.Locale.ROOT)));
            if (source) {
                Optional<Entity> entity = speakers.entityOf(sentence, phrase).filter(found -> !found.type().equals("GROUP"));
                if (entity.isPresent()) {
                    return entity;
                }
            }
        }
        return Optional.empty();
    }

    /** The end of the sentence's main verb and the words it governs up to the first comma after it. */
    private static int sourceVerbEnd(Sentence sentence) {
        int root = Syntax.root(sentence);
        if (root < 0) {
            return sentence.end();
        }
        for (int token = root + 1; token < sentence.tokens().size(); token++) {
            if (sentence.token(token).text().equals(",")) {
                return sentence.token(token).start();
            }
        }
        return sentence.end();
    }

    /** The quotation is the first thing in its paragraph. */
    private static boolean opensItsParagraph(AnnotatedDocument document, QuotedPassage passage) {
        int index = document.sentenceAt(passage.openMark());
        if (index < 0) {
            return false;
        }
        Sentence sentence = document.sentences().get(index);
        boolean firstOfParagraph = index == 0 || document.sentences().get(index - 1).paragraph() != sentence.paragraph();
        return firstOfParagraph && document.text().substring(sentence.start(), passage.openMark()).isBlank();
    }

    /** Nothing but punctuation follows the closing mark in the quotation's last sentence. */
    private static boolean endsItsSentence(AnnotatedDocument document, QuotedPassage passage, int own) {
        Sentence sentence = document.sentences().get(own);
        int from = passage.outerEnd();
        return from >= sentence.end() || document.text().substring(from, sentence.end()).chars()
                .allMatch(character -> Character.isWhitespace(character) || ".!?".indexOf(character) >= 0);
    }
}
