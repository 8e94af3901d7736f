package org.annalist.quotes;

import java.util.BitSet;
import java.util.Optional;
import java.util.Set;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;

/**
 * The reported clause the parser did not label as one ("said cooperation would continue" with
 * "said" taken for a subject, "said Beijing had not answered calls" with the clause's subject
 * taken for an object), read from the words after the reporting verb. Kept apart from
 * {@link IndirectSpeechFinder}, which reads the clauses the parse does label.
 */
final class LooseClauseReport {

    /** Dependents after a reporting verb that may carry a clause the parser failed to label. */
    private static final Set<String> LOOSE_CLAUSE_PARTS = Set.of("obj", "dep", "xcomp", "parataxis");

    private final SpeakerFinder speakers;
    /** For cutting reports of their own out of the clause. */
    private final NestedReports nested;
    /** For the verbs whose clause is reported with them ("denied it had attacked the base"). */
    private final FrameWords frames;

    LooseClauseReport(SpeakerFinder speakers, NestedReports nested, FrameWords frames) {
        this.speakers = speakers;
        this.nested = nested;
        this.frames = frames;
    }

    /**
     * A reported clause the parser did not label ccomp: "said cooperation with the agency would
     * continue" parsed with "said" as the subject of "continue", or "said attempts … had risen"
     * with "risen" as a bare dependent. The words after the verb count when they hold a clause
     * of their own (a verb with its own subject); a "that" among them starts the report.
     */
    Optional<ReportedSpeech> find(Sentence sentence, int verb) {
        BitSet members = new BitSet();
        String relation = Syntax.baseRelation(Syntax.relation(sentence, verb));
        int head = Syntax.head(sentence, verb);
        if (relation.equals("csubj") && head > verb && reportingConjunctBetween(sentence, verb, head)) {
            // "Sudani thanked his host and said Baghdad would …": the conjoined "said" reports the clause, not "thanked"
            return Optional.empty();
        }
        if (relation.equals("csubj") && head > verb) {
            BitSet clause = Syntax.subtree(sentence, head);
            for (int i = verb + 1; i < sentence.tokens().size() && clause.get(i); i++) {
                members.set(i);
            }
        } else {
            for (Dependency arc : sentence.dependentArcs(verb)) {
                // "agreed to reopen the border, ending a standoff that had choked trade": an infinitive is the
                // verb's own complement, not a report the parser mislabelled
                boolean infinitive = arc.baseRelation().equals("xcomp") && ClauseShapes.hasMarker(sentence, arc.dependent(), "to");
                // "ordered the men held", "ordered the release of 37 protesters arrested …" read as a small clause: a
                // participle complement is what was ordered done, not words reported ("said fuel queues stretched" is)
                boolean smallClause = arc.baseRelation().equals("xcomp") && sentence.token(arc.dependent()).partOfSpeech().equals("VBN")
                        && frames.is(FrameWords.Role.SMALL_CLAUSE_VERB, sentence.token(verb).lemma());
                // "said Saturday, raising fears of a new war": a participle set off by a comma is the narrator's
                // comment on the report, not its content
                boolean comment = Syntax.isParticipleAfterComma(sentence, arc.dependent()) && !ClauseShapes.hasOwnSubject(sentence, arc.dependent());
                if (arc.dependent() > verb && LOOSE_CLAUSE_PARTS.contains(arc.baseRelation()) && !infinitive && !smallClause && !comment) {
                    members.or(Syntax.subtree(sentence, arc.dependent()));
                }
            }
        }
        int clauseVerb = -1;
        for (int i = members.nextSetBit(0); i >= 0 && clauseVerb < 0; i = members.nextSetBit(i + 1)) {
            if (Syntax.isContentVerb(sentence, i) && ClauseShapes.hasOwnSubject(sentence, i) && !describesTheObject(sentence, verb, i)) {
                clauseVerb = i;
            }
        }
        if (clauseVerb < 0 && relation.equals("csubj") && head > verb && ClauseShapes.hasFiniteAuxiliaryBefore(sentence, head, verb)
                && (!sentence.token(head).isVerb() || ClauseShapes.noVerbBetween(sentence, verb, head))) {
            // "said at least 40 patients … were at immediate risk", "said Israel would not accept …" parsed with
            // "said" as the subject of the reported predicate
            clauseVerb = head;
        }
        boolean predicateOfObject = false;
        if (clauseVerb < 0 && !relation.equals("csubj")) {
            clauseVerb = ClauseShapes.predicateAfterObject(sentence, verb);
            predicateOfObject = clauseVerb >= 0;
            if (clauseVerb >= 0) {
                BitSet predicate = Syntax.subtree(sentence, clauseVerb);
                if (predicate.get(verb)) {
                    predicate.clear(0, verb + 1); // a predicate made the root: only its words after the reporting verb
                }
                members.or(predicate);
            }
        }
        if (clauseVerb < 0) {
            return Optional.empty();
        }
        for (int i = members.nextSetBit(0); i >= 0 && i < clauseVerb; i = members.nextSetBit(i + 1)) {
            if (sentence.token(i).text().equalsIgnoreCase("that")) {
                members.clear(0, i + 1); // "told a briefing in Islamabad that …"
                break;
            }
        }
        // the reported clause's own predicate stays even if it is a reporting word ("said Beijing had not answered
        // calls", "said Kim and Belousov agreed to hold …"); a verb set off by punctuation may be another report
        // ("…; the allies say …")
        boolean ownPredicate = predicateOfObject || noPunctuationBetween(sentence, verb, clauseVerb);
        nested.removeOtherReports(sentence, ownPredicate ? clauseVerb : verb, members);
        if (ReportSpan.words(sentence, members) < 3) {
            return Optional.empty();
        }
        if (frames.is(FrameWords.Role.DENIAL_VERB, sentence.token(verb).lemma()) && members.nextSetBit(0) - verb <= 2
                && ClauseShapes.noVerbBetween(sentence, verb, members.nextSetBit(0))) {
            ComplementReport.addVerb(sentence, verb, members); // "denied it had attacked the base": the clause was denied
        }
        Attribution speaker = speakers.speakerOfVerb(sentence, verb, "indirect:speech-verb-loose-clause");
        return ReportSpan.span(sentence, members).map(span -> new ReportedSpeech(span[0], span[1], speaker));
    }

    /**
     * "ordered the navy to continue resupply missions to the warship, which marines have occupied",
     * "said one fisherman, who declined to give his name, …": a relative clause that describes the
     * object of an infinitive, or the object itself set off by a comma, or a participle describing a
     * noun ("the release of 37 protesters arrested on Monday"), is no reported clause the parser
     * lost. A restrictive one ("said anyone who attacked officers would be …") or one deeper
     * inside a subject taken for an object ("said the licences around the islands, which …, were …")
     * still shows a clause.
     */
    private static boolean describesTheObject(Sentence sentence, int verb, int clauseVerb) {
        if (!Syntax.relation(sentence, clauseVerb).startsWith("acl")) {
            return false;
        }
        String tag = sentence.token(clauseVerb).partOfSpeech();
        if (Syntax.relation(sentence, clauseVerb).equals("acl") && (tag.equals("VBN") || tag.equals("VBG"))) {
            // "ordered the release of 37 protesters arrested during the demonstrations": a participle on a noun
            // (a reduced relative clause) describes that noun; its only subject is the noun itself
            return true;
        }
        if (ClauseShapes.hasMarker(sentence, verb, "to")) {
            return true;
        }
        int antecedent = Syntax.head(sentence, clauseVerb);
        int first = Syntax.subtree(sentence, clauseVerb).nextSetBit(0);
        boolean setOff = first > 0 && sentence.token(first - 1).text().equals(",");
        return setOff && antecedent >= 0 && Syntax.baseRelation(Syntax.relation(sentence, antecedent)).equals("obj")
                && Syntax.head(sentence, antecedent) == verb;
    }

    /** Whether a verb conjoined to {@code verb} stands before {@code head}: it, not {@code verb}, is next to the clause. */
    private static boolean reportingConjunctBetween(Sentence sentence, int verb, int head) {
        for (Dependency arc : sentence.dependentArcs(verb)) {
            if (arc.baseRelation().equals("conj") && arc.dependent() > verb && arc.dependent() < head && sentence.token(arc.dependent()).isVerb()) {
                return true;
            }
        }
        return false;
    }

    private static boolean noPunctuationBetween(Sentence sentence, int from, int to) {
        for (int i = Math.min(from, to) + 1; i < Math.max(from, to); i++) {
            if (Syntax.isPunctuation(sentence.token(i))) {
                return false;
            }
        }
        return true;
    }
}
