package org.annalist.quotes;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * "…, holding banners that read “Hands off our country,” police said.": quoted words that a
 * banner, placard or sign carries are nobody's speech, whatever reporting verb closes the
 * sentence.
 *
 * <p>Why: the words right after the closing mark ("police said") report the rally, not the
 * slogan; taking their subject as the slogan's speaker names the police as chanting it. The words
 * are an inscription when the verb right before the opening mark ("read", "reading", "saying",
 * "bearing") has an inscription noun of frame-words.tsv (role {@code inscription-noun}) as its
 * subject or as the noun it describes; a second slogan joined by "and"/"or" to the first is one
 * too. Such a quotation gets no speaker, and no report around it lends one.
 */
final class Inscription {

    /** The rule of an inscription's null attribution. */
    static final String RULE = "inscription";

    private static final Set<String> JOINERS = Set.of("and", "or", ",", ":", "“", "\"", "``", "''", "”");

    private final AnnotatedDocument document;
    private final FrameWords frames;

    Inscription(AnnotatedDocument document, FrameWords frames) {
        this.document = document;
        this.frames = frames;
    }

    /** A null-speaker attribution when the passage is what a sign reads; empty otherwise. */
    Optional<Attribution> attribute(QuotedPassage passage) {
        int index = document.sentenceAt(passage.openMark());
        if (index < 0) {
            return Optional.empty();
        }
        Sentence sentence = document.sentences().get(index);
        for (int i = sentence.tokens().size() - 1; i >= 0; i--) {
            Token token = sentence.token(i);
            if (token.start() >= passage.openMark()) {
                continue;
            }
            if (Syntax.insideQuoteMarks(document, token.start()) || JOINERS.contains(token.text().toLowerCase(Locale.ROOT))) {
                continue; // a slogan before, joined to this one
            }
            return token.isVerb() && carriedBySign(sentence, token.index())
                    ? Optional.of(new Attribution(null, RULE + ":" + sentence.token(signOf(sentence, token.index())).lemma().toLowerCase(Locale.ROOT)))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    private boolean carriedBySign(Sentence sentence, int verb) {
        int sign = signOf(sentence, verb);
        return sign >= 0 && frames.is(FrameWords.Role.INSCRIPTION_NOUN, sentence.token(sign).lemma());
    }

    /**
     * The noun the verb says the words of: the noun a relative clause or participle describes
     * ("banners that read", "placards reading"), its noun subject ("A banner … read:"), else the
     * noun right before the verb or its relative pronoun; -1 for none.
     */
    private static int signOf(Sentence sentence, int verb) {
        int head = Syntax.head(sentence, verb);
        if (Syntax.baseRelation(Syntax.relation(sentence, verb)).equals("acl") && head != Dependency.ROOT) {
            return head;
        }
        for (var arc : sentence.dependentArcs(verb)) {
            if (arc.baseRelation().equals("nsubj") && sentence.token(arc.dependent()).isNoun()) {
                return arc.dependent();
            }
        }
        // the parser may take "read" for an auxiliary of the slogan: the words say it, a noun
        // right before the verb or before its "that"/"which"
        int before = verb - 1;
        if (before >= 0 && Set.of("that", "which").contains(sentence.token(before).text().toLowerCase(Locale.ROOT))) {
            before--;
        }
        return before >= 0 && sentence.token(before).isNoun() ? before : -1;
    }
}
