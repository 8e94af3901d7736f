package org.annalist.quotes;

import java.util.BitSet;
import java.util.Optional;
import java.util.Set;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;

/**
 * "according to X, …" as indirect speech: X speaks the clause its phrase hangs from. Kept apart
 * from {@link IndirectSpeechFinder}, which reads reporting verbs, because the source here is a
 * prepositional phrase, not a verb's subject.
 */
final class AccordingToReport {

    private final SpeechVerbs verbs;
    private final SpeakerFinder speakers;
    /** For cutting reports of their own out of the clause ("…, according to the commission, which said …"). */
    private final NestedReports nested;
    /** For the verbs whose infinitive is their report ("pledged to work together"). */
    private final FrameWords frames;

    AccordingToReport(SpeechVerbs verbs, SpeakerFinder speakers, NestedReports nested, FrameWords frames) {
        this.verbs = verbs;
        this.speakers = speakers;
        this.nested = nested;
        this.frames = frames;
    }

    /**
     * "The defence ministry said it had sent troops …, according to state news agency APS" with the
     * phrase hung from "sent": a clause inside the reported clause of a reporting verb with a
     * subject of its own is that report, and the phrase names its medium.
     */
    private boolean insideAttributedReport(Sentence sentence, int clause) {
        int child = clause;
        for (int depth = 0; depth < 8; depth++) {
            int parent = Syntax.head(sentence, child);
            if (parent == Dependency.ROOT) {
                return false;
            }
            if (Syntax.baseRelation(Syntax.relation(sentence, child)).equals("ccomp")
                    && verbs.kindOf(sentence.token(parent).lemma()).filter(SpeechVerbKind::reportsSpeech).isPresent()
                    && ClauseShapes.hasOwnSubject(sentence, parent)) {
                return true;
            }
            child = parent;
        }
        return false;
    }

    /**
     * Whether the reporting verb the phrase hangs from makes a report of its own: a clause ("said
     * Rome would …"), an appeal's or a charge's complement ("accused the EU of …"), a promise's
     * infinitive ("pledged to work together"); the phrase then only names that report's medium.
     * "According to a joint statement, the two sides agreed to hold a joint exercise …": "agreed"
     * reports nothing of its own; the whole clause, its subject and verb too, is the statement's.
     */
    private boolean reportsOfItsOwn(Sentence sentence, int verb) {
        String lemma = sentence.token(verb).lemma();
        return verbs.kindOf(lemma).filter(kind -> kind == SpeechVerbKind.SPEECH).isEmpty()
                || frames.is(FrameWords.Role.COMMITMENT_VERB, lemma)
                || sentence.dependentArcs(verb).stream().anyMatch(arc -> Set.of("ccomp", "parataxis").contains(arc.baseRelation()))
                || sentence.enhancedDependentArcs(verb).stream().anyMatch(arc -> arc.relation().equals("ccomp"));
    }

    /** "according to X, …": X speaks the clause its phrase hangs from. */
    Optional<ReportedSpeech> find(Sentence sentence, int according) {
        if (according + 1 >= sentence.tokens().size() || !sentence.token(according + 1).text().equalsIgnoreCase("to")) {
            return Optional.empty();
        }
        int source = Syntax.head(sentence, according);
        if (source == Dependency.ROOT || !Syntax.relation(sentence, according).startsWith("case")) {
            return Optional.empty();
        }
        int clause = Syntax.head(sentence, source);
        if (clause == Dependency.ROOT || (verbs.kindOf(sentence.token(clause).lemma()).isPresent() && ClauseShapes.hasOwnSubject(sentence, clause)
                        && reportsOfItsOwn(sentence, clause))
                || insideAttributedReport(sentence, clause)) {
            // "Italy's foreign ministry said Rome would …, according to a statement": the phrase names the
            // report's medium; the reporting verb's own subject speaks
            return Optional.empty();
        }
        BitSet members = Syntax.subtree(sentence, clause);
        BitSet phrase = Syntax.subtree(sentence, source);
        members.andNot(phrase);
        // "…, according to the commission, which said it was investigating …": that report is the commission's own
        nested.removeOtherReports(sentence, clause, members);
        // keep the larger side of the phrase, so the span stays one slice of text
        BitSet before = new BitSet();
        BitSet after = new BitSet();
        for (int i = members.nextSetBit(0); i >= 0; i = members.nextSetBit(i + 1)) {
            (i < phrase.nextSetBit(0) ? before : after).set(i);
        }
        int firstAfter = after.nextSetBit(0);
        while (firstAfter >= 0 && Syntax.isPunctuation(sentence.token(firstAfter))) {
            firstAfter = after.nextSetBit(firstAfter + 1);
        }
        if (firstAfter >= 0 && sentence.token(firstAfter).partOfSpeech().startsWith("W")) {
            after.clear(); // "according to the coast guard, which said …": a clause about the source, not its words
        }
        BitSet side = ReportSpan.words(sentence, after) >= ReportSpan.words(sentence, before) ? after : before;
        // "according to Indian officials": an unnamed group is no speaker, as for a verb's subject
        Optional<org.annalist.actors.Entity> named = speakers.entityOf(sentence, source);
        String rule = "indirect:according-to";
        if (named.isEmpty()) {
            named = speakers.issuerOfStatement(sentence, source); // "according to a statement from the diocese"
            rule = "indirect:according-to-statement-from";
        }
        String found = rule;
        Attribution speaker = named
                .map(entity -> entity.type().equals("GROUP")
                        ? new Attribution(null, "indirect:according-to:unnamed-group")
                        : new Attribution(entity, found))
                .orElseGet(() -> new Attribution(null, "indirect:according-to:not-an-actor"));
        return ReportSpan.span(sentence, side).map(span -> new ReportedSpeech(span[0], span[1], speaker));
    }
}
