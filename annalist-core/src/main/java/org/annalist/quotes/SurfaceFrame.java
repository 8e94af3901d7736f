package org.annalist.quotes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.Entity;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * A fallback for a quotation's trailing frame that the parse did not tie to it, read from the
 * words alone: {@code “…,” Baig, who leads the movement, told supporters} (the first verb after
 * the quotation is the aside's, and the parse lost the subject), {@code “…,” said Hamid Qureshi,
 * a lecturer at the university}.
 *
 * <p>A reader does not need the parse when the frame is this plain: the words between the
 * closing mark and the end of the sentence (or the next quotation's opening mark) hold exactly one reporting verb (a participle set off
 * as an aside, "speaking through a megaphone", does not count), and one candidate
 * speaker — the one person named between the mark and the verb (an organisation only when no
 * person is named there), or, when the verb comes right after the mark, the one person named
 * after it. Anything less clear (two reporting verbs, two persons, nobody named) gives nothing, so the quotation keeps no speaker rather than a guess.
 * Used only when the parse-based places found no reporting verb at all.
 */
final class SurfaceFrame {

    private final AnnotatedDocument document;
    private final SpeechVerbs verbs;
    private final SpeakerFinder speakers;

    SurfaceFrame(AnnotatedDocument document, SpeechVerbs verbs, SpeakerFinder speakers) {
        this.document = document;
        this.verbs = verbs;
        this.speakers = speakers;
    }

    /** The speaker of the quotation's trailing frame read from its words, or empty when it is not plain. */
    Optional<Attribution> attribute(QuotedPassage passage) {
        Optional<Sentence> frameSentence = PassagePosition.trailingFrame(document, passage);
        if (frameSentence.isEmpty()) {
            return Optional.empty();
        }
        Sentence sentence = frameSentence.get();
        List<Integer> frame = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            if (token.start() <= passage.closeMark()) {
                continue;
            }
            if (isDoubleMark(token)) {
                break; // the next quotation: the frame ends where it opens
            }
            frame.add(token.index());
        }
        List<Integer> reporting = frame.stream()
                .filter(i -> sentence.token(i).isVerb() && verbs.quotingKindOf(sentence.token(i).lemma()).isPresent())
                .filter(i -> !QuoteIntroduction.isParticipleAside(sentence, sentence.token(i)) && !participleAfterComma(sentence, i))
                .toList();
        if (frame.isEmpty() || reporting.size() != 1) {
            return Optional.empty();
        }
        int verb = reporting.get(0);
        int first = frame.stream().filter(i -> !Syntax.isPunctuation(sentence.token(i))).findFirst().orElse(verb);
        Optional<Entity> speaker = first < verb
                ? oneCandidate(sentence, first, verb)
                : oneCandidate(sentence, verb + 1, sentence.tokens().size());
        return speaker.filter(entity -> !BodySpeakers.isUnnamedMedia(entity))
                .map(entity -> new Attribution(entity, first < verb ? "surface-frame:name-before-verb" : "surface-frame:name-after-verb"));
    }

    /** The one person named between the tokens, else the one organisation when no person is; else empty. */
    private Optional<Entity> oneCandidate(Sentence sentence, int from, int end) {
        Set<Entity> persons = new LinkedHashSet<>();
        Set<Entity> organisations = new LinkedHashSet<>();
        for (int i = from; i < end; i++) {
            Optional<Entity> named = speakers.firstActorNamed(sentence, i, i + 1);
            if (named.isEmpty()) {
                continue;
            }
            (named.get().type().equals("PERSON") ? persons : organisations).add(named.get());
        }
        if (persons.size() == 1) {
            return Optional.of(persons.iterator().next());
        }
        if (persons.isEmpty() && organisations.size() == 1) {
            return Optional.of(organisations.iterator().next());
        }
        return Optional.empty();
    }

    /** "…, speaking through a megaphone", "…, adding": a participle set off by a comma goes on with the frame's speaker. */
    private static boolean participleAfterComma(Sentence sentence, int token) {
        String tag = sentence.token(token).partOfSpeech();
        return (tag.equals("VBG") || tag.equals("VBN")) && token > 0 && sentence.token(token - 1).text().equals(",");
    }

    private static boolean isDoubleMark(Token token) {
        String text = token.text();
        return text.equals("\u201C") || text.equals("\u201D") || text.equals("\"");
    }
}
