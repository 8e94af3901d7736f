package org.annalist.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;

/**
 * Reads the reports a reporting verb's clausal complements make: "X said (that) …", "X warned
 * that …", "…, X said" — each clause without "that", without the other reports it holds and
 * with the parts the parser stranded on the verb; clauses joined by "and that" are separate
 * reports, a "whether" clause is a question and no report, and a backshifted predicate joined
 * to the verb ("… and had raised its concerns") is a report of its own.
 *
 * <p>Why a class of its own: this is the parse-trusting rule of {@link IndirectSpeechFinder},
 * which tries it first and falls back on the rules that read the words when it finds nothing;
 * the clause-shaping repairs belong to it alone. Unlike {@link ComplementReport} (appeals,
 * charges, promises: an object and an infinitive) it reads finite clauses. Contract: every
 * report of one call has the verb's one speaker ({@link SpeakerFinder#speakerOfVerb}). Stateless.
 */
final class ClausalComplementReport {

    /** Conjunctions that make a clause a question, not a report: "did not say whether …". */
    private static final Set<String> QUESTION_MARKERS = Set.of("whether", "if");

    private final SpeechVerbs verbs;
    private final SpeakerFinder speakers;
    private final FrameWords frames;
    private final NestedReports nested;

    ClausalComplementReport(SpeechVerbs verbs, SpeakerFinder speakers, FrameWords frames, NestedReports nested) {
        this.verbs = verbs;
        this.speakers = speakers;
        this.frames = frames;
        this.nested = nested;
    }

    /**
     * The reports of the verb's clausal complements, each clause without the others, all with
     * the verb's speaker; empty when the verb has none (or only questions).
     */
    List<ReportedSpeech> find(Sentence sentence, int verb) {
        List<Integer> heads = new ArrayList<>();
        for (Dependency arc : sentence.enhancedDependentArcs(verb)) {
            if (arc.relation().equals("ccomp") && !heads.contains(arc.dependent()) && !isReportOfItsOwn(sentence, verb, arc.dependent())) {
                heads.add(arc.dependent());
            }
        }
        for (Dependency arc : sentence.dependentArcs(verb)) {
            boolean reported = arc.relation().equals("ccomp") || Syntax.isQuotedClause(sentence, verb, arc.dependent())
                    || (arc.baseRelation().equals("conj") && ClauseShapes.hasMarker(sentence, arc.dependent(), "that")); // "said A and that B"
            if (reported && !heads.contains(arc.dependent())) {
                heads.add(arc.dependent());
            }
        }
        if (!heads.isEmpty()) {
            for (Dependency arc : sentence.dependentArcs(verb)) {
                if (arc.dependent() > heads.get(0) && !heads.contains(arc.dependent()) && isBackshiftedPredicate(sentence, verb, arc)) {
                    heads.add(arc.dependent()); // "said Cairo “fully supports …” and would not accept a base"
                }
            }
        }
        heads.removeIf(head -> !isOwnClause(sentence, head) && heads.stream()
                .anyMatch(other -> other != head.intValue() && Syntax.subtree(sentence, other).get(head)));
        List<ReportedSpeech> clauses = new ArrayList<>();
        Attribution speaker = null;
        for (int head : heads) {
            if (isQuestion(sentence, head)) {
                continue;
            }
            BitSet members = Syntax.subtree(sentence, head);
            for (int other : heads) {
                if (other != head && members.get(other) && isOwnClause(sentence, other)) {
                    members.andNot(Syntax.subtree(sentence, other));
                    removeCoordinator(sentence, other, members);
                }
            }
            if (members.get(verb)) {
                continue;
            }
            extendWithStrandedParts(sentence, verb, members);
            extendOverPredicateAbove(sentence, verb, members);
            nested.removeOtherReports(sentence, head, members);
            removeAsSaying(sentence, members);
            boolean denial = frames.is(FrameWords.Role.DENIAL_VERB, sentence.token(verb).lemma()); // "denied that its forces had …"
            if ((isActReport(sentence, verb) || denial) && ClauseShapes.noVerbBetween(sentence, verb, members.nextSetBit(0))
                    && members.nextSetBit(0) - verb <= 2) {
                ComplementReport.addVerb(sentence, verb, members); // "demanded that Ethiopia release more water"
            }
            if (speaker == null) {
                speaker = speakers.speakerOfVerb(sentence, verb, "indirect:speech-verb-clause");
            }
            ReportSpan.span(sentence, members).map(span -> new ReportedSpeech(span[0], span[1], null)).ifPresent(clauses::add);
        }
        Attribution attribution = speaker;
        return clauses.stream().map(clause -> new ReportedSpeech(clause.start(), clause.end(), attribution)).toList();
    }

    /**
     * "The coast guard said its ships had carried out a “routine patrol” and had expelled a fishing
     * boat", "said Japan was watching the drills “with concern” and had conveyed that to Beijing":
     * a predicate joined to the reporting verb with no subject of its own whose tense is shifted
     * back as reported speech is (a modal, "had") goes on with the report — the parser, misled by
     * the quotation, joined it to "said", with which a "would" or "had" cannot agree. A predicate in
     * the present perfect or plain past ("and has urged", "and met") is the reporter's next act;
     * a reporting verb is a report of its own.
     */
    private boolean isBackshiftedPredicate(Sentence sentence, int verb, Dependency arc) {
        int predicate = arc.dependent();
        if (!arc.baseRelation().equals("conj") || !sentence.token(verb).partOfSpeech().equals("VBD")
                || ClauseShapes.hasOwnSubject(sentence, predicate) || verbs.kindOf(sentence.token(predicate).lemma()).isPresent()) {
            return false;
        }
        return sentence.dependentArcs(predicate).stream().anyMatch(inner -> inner.baseRelation().equals("aux") && inner.dependent() < predicate
                && (sentence.token(inner.dependent()).partOfSpeech().equals("MD") || sentence.token(inner.dependent()).text().equalsIgnoreCase("had")));
    }

    /**
     * The backshifted predicates joined to the reporting verb (see {@link #isBackshiftedPredicate})
     * that none of its reports already holds, as reports of their own with the same speaker:
     * whichever rule read the first report ("said Washington was “troubled by reports …” and had
     * raised its concerns", the first clause read from the words).
     */
    List<ReportedSpeech> backshiftedPredicates(Sentence sentence, int verb, List<ReportedSpeech> clauses) {
        List<ReportedSpeech> more = new ArrayList<>();
        int firstStart = clauses.stream().mapToInt(ReportedSpeech::start).min().orElse(Integer.MAX_VALUE);
        for (Dependency arc : sentence.dependentArcs(verb)) {
            int predicate = arc.dependent();
            int offset = sentence.token(predicate).start();
            boolean held = clauses.stream().anyMatch(clause -> clause.start() <= offset && offset < clause.end());
            if (held || offset < firstStart || !isBackshiftedPredicate(sentence, verb, arc)) {
                continue;
            }
            BitSet members = Syntax.subtree(sentence, predicate);
            removeCoordinator(sentence, predicate, members);
            nested.removeOtherReports(sentence, predicate, members);
            Attribution speaker = clauses.get(0).attribution();
            ReportSpan.span(sentence, members).map(span -> new ReportedSpeech(span[0], span[1], speaker)).ifPresent(more::add);
        }
        return more;
    }

    /** An appeal or a charge: its clause is reported with the verb, which says what kind of act it was. */
    private boolean isActReport(Sentence sentence, int verb) {
        return verbs.kindOf(sentence.token(verb).lemma())
                .filter(kind -> kind == SpeechVerbKind.APPEAL || kind == SpeechVerbKind.ACCUSATION).isPresent();
    }

    /**
     * "Hungary, which has threatened to block sanctions, did not veto the package but its foreign
     * minister said …": the enhanced graph copies the complement of "threatened" onto the
     * conjuncts of "block", among them "said" with a subject of its own. A reporting verb in the
     * plain past with its own subject and no "that" or auxiliary ("and that Russia would respond"
     * is reported), reached only through that copying, is a report of its own, found on its own.
     */
    private boolean isReportOfItsOwn(Sentence sentence, int verb, int head) {
        boolean plainPast = sentence.token(head).partOfSpeech().equals("VBD") && sentence.dependentArcs(head).stream()
                .noneMatch(arc -> arc.baseRelation().startsWith("aux") || arc.baseRelation().equals("mark"));
        return Syntax.head(sentence, head) != verb && Syntax.isContentVerb(sentence, head) && ClauseShapes.hasOwnSubject(sentence, head) && plainPast
                && verbs.kindOf(sentence.token(head).lemma()).filter(SpeechVerbKind::reportsSpeech).isPresent();
    }

    /**
     * "said government forces deployed in the province had launched an operation", "said the riot
     * began when guards tried to move a leader": the parser ends the reported clause early and
     * hangs the rest from the reporting verb — a predicate with a finite auxiliary but no subject
     * of its own, or a clause opened by a subordinator. A part that follows the clause directly
     * (punctuation aside) and is not a report of its own belongs to it.
     */
    private void extendWithStrandedParts(Sentence sentence, int verb, BitSet members) {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Dependency arc : sentence.dependentArcs(verb)) {
                int part = arc.dependent();
                if (part < members.length() || members.get(part) || !ClauseShapes.follows(sentence, members, part)
                        || verbs.kindOf(sentence.token(part).lemma()).isPresent()) {
                    continue;
                }
                String base = arc.baseRelation();
                boolean strandedPredicate = Set.of("dep", "parataxis").contains(base) && !ClauseShapes.hasOwnSubject(sentence, part)
                        && ClauseShapes.hasFiniteAuxiliaryBefore(sentence, part, members.length() - 1);
                boolean subordinate = base.equals("advcl") && ClauseShapes.opensWithSubordinator(sentence, part);
                if (strandedPredicate || subordinate) {
                    members.or(Syntax.subtree(sentence, part));
                    grew = true;
                }
            }
        }
    }

    /**
     * "The ministry said New Delhi hoped the vote would be “peaceful and credible.”", "wrote that the
     * attack showed Moscow was not interested in peace": the parser took the inner clause's subject
     * for the object of the verb inside the report ("hoped the vote") and made the rest of the
     * reported clause ("would be peaceful") the head of the sentence, with the reporting verb as its
     * clausal subject. A predicate above the reporting verb, after the clause, with no subject of
     * its own and a finite auxiliary or copula of its own after the clause ("would be", "was") is
     * the end of the report: its words after the clause are added.
     */
    private void extendOverPredicateAbove(Sentence sentence, int verb, BitSet members) {
        if (members.isEmpty() || !Syntax.baseRelation(Syntax.relation(sentence, verb)).equals("csubj")) {
            return;
        }
        int predicate = Syntax.head(sentence, verb);
        int end = members.length() - 1;
        if (predicate <= end || ClauseShapes.hasOwnSubject(sentence, predicate) || verbs.kindOf(sentence.token(predicate).lemma()).isPresent()
                || !ClauseShapes.hasFiniteAuxiliaryBefore(sentence, predicate, end)) {
            return;
        }
        BitSet above = Syntax.subtree(sentence, predicate);
        above.clear(0, end + 1);
        members.or(above);
    }

    /**
     * "was quoted as saying the forces must be ready": the parser hangs "as saying" inside the
     * reported clause; the report starts after it.
     */
    private void removeAsSaying(Sentence sentence, BitSet members) {
        int first = members.nextSetBit(0);
        if (first >= 0 && members.get(first + 1) && sentence.token(first).text().equalsIgnoreCase("as")
                && verbs.kindOf(sentence.token(first + 1).lemma()).filter(SpeechVerbKind::reportsSpeech).isPresent()) {
            members.clear(first, first + 2);
        }
    }

    /**
     * A conjunct that is a report of its own: "and that …", or a subject with a finite or
     * auxiliary verb ("and the army would …"). "six soldiers had been killed and eleven wounded"
     * stays one report.
     */
    private static boolean isOwnClause(Sentence sentence, int head) {
        boolean subject = false;
        boolean finite = Set.of("VBD", "VBZ", "VBP", "MD").contains(sentence.token(head).partOfSpeech());
        for (Dependency arc : sentence.dependentArcs(head)) {
            String base = arc.baseRelation();
            if (base.equals("mark") && sentence.token(arc.dependent()).text().equalsIgnoreCase("that")) {
                return true;
            }
            subject |= base.equals("nsubj") || base.equals("csubj");
            finite |= base.equals("aux") || base.equals("cop");
        }
        return subject && finite;
    }

    private static boolean isQuestion(Sentence sentence, int head) {
        for (Dependency arc : sentence.dependentArcs(head)) {
            if (arc.baseRelation().equals("mark")
                    && QUESTION_MARKERS.contains(sentence.token(arc.dependent()).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Drops the "and" (and its comma) that joined a split-off conjunct clause. */
    private static void removeCoordinator(Sentence sentence, int conjunct, BitSet members) {
        for (Dependency arc : sentence.dependentArcs(conjunct)) {
            if (arc.baseRelation().equals("cc") || arc.baseRelation().equals("punct")) {
                members.clear(arc.dependent());
            }
        }
    }
}
