package org.annalist.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Finds indirect speech in a sentence through its dependency parse:
 * <ul>
 *   <li>a reporting verb's clausal complement: "X said (that) …", "X warned that …",
 *       "…, X said" — the text is the clause without "that"; clauses joined by "and that" are
 *       separate quotations;</li>
 *   <li>an appeal's or accusation's complement, or a promise's infinitive: "urged Manila to stop
 *       …", "accused the army of shelling …", "vowed to boycott …" ({@link ComplementReport});</li>
 *   <li>"according to X, …": the clause X's phrase hangs from, without that phrase ({@link AccordingToReport});</li>
 *   <li>a report inside a relative clause, "tankers it said had moved Iranian oil" ({@link RelativeClauseReport});</li>
 *   <li>when the parse hangs the reporting verb elsewhere: the agency lead and the parenthetical
 *       attribution read from their words ({@link TrailingAttribution}), "NAME, who …, said …"
 *       ({@link AsideAttribution}).</li>
 * </ul>
 */
final class IndirectSpeechFinder {

    /** Conjunctions that make a clause a question, not a report: "did not say whether …". */
    private static final Set<String> QUESTION_MARKERS = Set.of("whether", "if");

    private final SpeechVerbs verbs;
    private final SpeakerFinder speakers;
    private final TrailingAttribution trailing;
    private final AccordingToReport according;
    private final ComplementReport complements;
    private final LooseClauseReport looseClauses;
    private final FrameWords frames;
    private final RelativeClauseReport relativeClauses;
    private final NestedReports nested;

    IndirectSpeechFinder(SpeechVerbs verbs, SpeakerFinder speakers, FrameWords frames) {
        this.verbs = verbs;
        this.frames = frames;
        this.speakers = speakers;
        this.trailing = new TrailingAttribution(speakers, frames);
        this.relativeClauses = new RelativeClauseReport(verbs, speakers);
        this.nested = new NestedReports(verbs, frames, relativeClauses);
        this.according = new AccordingToReport(verbs, speakers, nested, frames);
        this.complements = new ComplementReport(speakers, frames, nested);
        this.looseClauses = new LooseClauseReport(speakers, nested, frames);
    }

    List<ReportedSpeech> find(Sentence sentence) {
        List<ReportedSpeech> found = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            if (token.text().equalsIgnoreCase("according")) {
                according.find(sentence, token.index()).ifPresent(found::add);
                continue;
            }
            Optional<ReportedSpeech> relative = relativeClauses.find(sentence, token.index());
            if (relative.isPresent()) {
                found.add(relative.get()); // "tankers it said had moved Iranian oil", read from the words whatever the parse
                continue;
            }
            if (!Syntax.isContentVerb(sentence, token.index())) {
                continue;
            }
            Optional<SpeechVerbKind> kind = verbs.kindOf(token.lemma());
            if (kind.isEmpty() || !kind.get().reportsSpeech() || NestedReports.isCondition(sentence, token.index())) {
                continue;
            }
            Optional<ReportedSpeech> marked = kind.get() == SpeechVerbKind.SPEECH ? participleTakenForMarker(sentence, token.index()) : Optional.empty();
            if (marked.isPresent()) {
                found.add(marked.get()); // "rejected the criticism, saying the court had applied Thai law"
                continue;
            }
            List<ReportedSpeech> clauses = new ArrayList<>(reportedClauses(sentence, token.index()));
            if (clauses.isEmpty() && kind.get() == SpeechVerbKind.SPEECH) {
                clauseBeforeAttribution(sentence, token.index()).ifPresent(clauses::add);
            }
            if (clauses.isEmpty() && kind.get() == SpeechVerbKind.SPEECH) {
                looseClauses.find(sentence, token.index()).ifPresent(clauses::add);
            }
            if (clauses.isEmpty() && kind.get() == SpeechVerbKind.SPEECH) {
                trailing.find(sentence, token.index()).ifPresent(clauses::add); // the parser hung "said" elsewhere
            }
            if (clauses.isEmpty() && kind.get() == SpeechVerbKind.SPEECH) {
                clauseAfterAside(sentence, token.index()).ifPresent(clauses::add);
            }
            if (clauses.isEmpty() && kind.get() == SpeechVerbKind.SPEECH) {
                // "The curfew, she said, would be lifted on Friday"
                int verb = token.index();
                trailing.parenthetical(sentence, verb, () -> speakers.speakerOfVerb(sentence, verb, "indirect:parenthetical-attribution"))
                        .ifPresent(clauses::add);
            }
            if (clauses.isEmpty() && kind.get() == SpeechVerbKind.SPEECH) {
                complements.commitment(sentence, token.index()).ifPresent(clauses::add); // "vowed to boycott all votes"
            }
            if (clauses.isEmpty() && kind.get() == SpeechVerbKind.SPEECH) {
                complements.directive(sentence, token.index()).ifPresent(clauses::add); // "ordered the army to rescue the children"
            }
            if (clauses.isEmpty() && kind.get() == SpeechVerbKind.SPEECH) {
                complements.gerund(sentence, token.index()).ifPresent(clauses::add); // "denied moving weapons into the area"
            }
            if (clauses.isEmpty() && kind.get() == SpeechVerbKind.SPEECH) {
                complements.prepositional(sentence, token.index()).ifPresent(clauses::add); // "warned against rewarding the government"
            }
            if (clauses.isEmpty() && kind.get() == SpeechVerbKind.SPEECH) {
                complements.reportedNoun(sentence, token.index()).ifPresent(clauses::add); // "noted reports of intimidation"
            }
            if (clauses.isEmpty() && kind.get() != SpeechVerbKind.SPEECH) {
                complements.find(sentence, token.index(), kind.get()).ifPresent(found::add);
            }
            if (!clauses.isEmpty() && kind.get() == SpeechVerbKind.SPEECH) {
                clauses.addAll(backshiftedPredicates(sentence, token.index(), clauses)); // "said Washington was “troubled …” and had raised its concerns"
            }
            found.addAll(clauses);
        }
        return found;
    }

    private List<ReportedSpeech> reportedClauses(Sentence sentence, int verb) {
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
    private List<ReportedSpeech> backshiftedPredicates(Sentence sentence, int verb, List<ReportedSpeech> clauses) {
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
     * The wire-service lead, "North Korea fired a missile on Wednesday, South Korea's military
     * said": the words from the sentence start to the comma before the subject, when the verb
     * hangs from that clause. The parser often makes the reporting verb a parataxis of it.
     */
    private Optional<ReportedSpeech> clauseBeforeAttribution(Sentence sentence, int verb) {
        Syntax.Subject subject = Syntax.subjectOf(sentence, verb);
        int head = Syntax.head(sentence, verb);
        boolean finite = !sentence.token(verb).partOfSpeech().equals("VBG");
        if (!finite || !subject.found() || subject.inherited() || head > verb || describesAs(sentence, verb)) {
            return Optional.empty();
        }
        int phraseStart = Math.min(Syntax.subtree(sentence, subject.token()).nextSetBit(0), verb);
        if (head == Dependency.ROOT) {
            // "Gunmen abducted 46 pupils on Sunday, police said, the largest …": the parser made the
            // lead clause an adverbial of the sentence's reporting verb
            head = leadClauseOf(sentence, verb, phraseStart);
        }
        if (head < 0 || phraseStart < 2 || !sentence.token(phraseStart - 1).text().equals(",") || head >= phraseStart) {
            return Optional.empty();
        }
        BitSet clause = new BitSet();
        clause.set(0, phraseStart - 1);
        if (ReportSpan.words(sentence, clause) < 3) {
            return Optional.empty();
        }
        Attribution speaker = speakers.speakerOfVerb(sentence, verb, "indirect:clause-before-attribution");
        return ReportSpan.span(sentence, clause).map(span -> new ReportedSpeech(span[0], span[1], speaker));
    }

    /**
     * "The foreign ministry rejected the criticism, saying the court had applied Thai law",
     * "claimed responsibility, saying its fighters had seized weapons": the parser takes the
     * participle after the comma for a subordinator ("mark") of the clause that follows and hangs
     * that clause from the main verb. The clause is the report, the main verb's subject the speaker,
     * as for any "…, saying …" the parser reads right.
     */
    private Optional<ReportedSpeech> participleTakenForMarker(Sentence sentence, int verb) {
        int clause = Syntax.head(sentence, verb);
        boolean marker = Syntax.baseRelation(Syntax.relation(sentence, verb)).equals("mark") && sentence.token(verb).partOfSpeech().equals("VBG");
        if (!marker || clause <= verb || verb < 1 || !sentence.token(verb - 1).text().equals(",")) {
            return Optional.empty();
        }
        int main = Syntax.head(sentence, clause);
        if (main < 0 || main > verb) {
            return Optional.empty();
        }
        BitSet members = Syntax.subtree(sentence, clause);
        members.clear(0, verb + 1);
        nested.removeOtherReports(sentence, clause, members);
        Attribution speaker = speakers.speakerOfVerb(sentence, main, "indirect:participle-taken-for-marker");
        return ReportSpan.span(sentence, members).map(span -> new ReportedSpeech(span[0], span[1], speaker));
    }

    /**
     * "Rosario Murillo, who shares power with her husband, …, said the priests had conspired", "A
     * senior official, who asked not to be named, said Paris had suspended visas": with
     * the subject lost in the aside, the parser may also hang the report's verb elsewhere (as the
     * root, "said" as a relative clause); the words after the verb are the report.
     */
    private Optional<ReportedSpeech> clauseAfterAside(Sentence sentence, int verb) {
        Attribution speaker;
        if (speakers.nameBeforeAside(sentence, verb).isPresent()) {
            speaker = speakers.speakerOfVerb(sentence, verb, "indirect:clause-after-aside");
        } else {
            // "A senior official, who asked not to be named, said …": the opening phrase is the speaker, or nobody named
            OptionalInt phrase = speakers.phraseBeforeAside(sentence, verb);
            if (phrase.isEmpty()) {
                return Optional.empty();
            }
            speaker = speakers.speakerOfPhrase(sentence, phrase.getAsInt(), "indirect:clause-after-aside");
        }
        return speakers.clauseAfter(sentence, verb).flatMap(clause -> ReportSpan.span(sentence, clause))
                .map(span -> new ReportedSpeech(span[0], span[1], speaker));
    }

    /**
     * "…, a step analysts described as a signal to Beijing": a verb with an "as" phrase
     * characterises something ("described as", "branded as"); it does not report the clause before it.
     */
    private static boolean describesAs(Sentence sentence, int verb) {
        return sentence.dependentArcs(verb).stream().anyMatch(arc -> arc.baseRelation().equals("obl")
                && sentence.dependentArcs(arc.dependent()).stream().anyMatch(inner -> inner.baseRelation().equals("case")
                        && sentence.token(inner.dependent()).text().equalsIgnoreCase("as")));
    }

    /** The verb of a clause opening the sentence that hangs from the root reporting verb as an adverbial, or -1. */
    private static int leadClauseOf(Sentence sentence, int verb, int phraseStart) {
        for (Dependency arc : sentence.dependentArcs(verb)) {
            int clause = arc.dependent();
            boolean opens = Syntax.subtree(sentence, clause).nextSetBit(0) == 0;
            if (clause < phraseStart && opens && Set.of("advcl", "dep", "parataxis").contains(arc.baseRelation())
                    && sentence.token(clause).isVerb() && ClauseShapes.hasOwnSubject(sentence, clause)
                    && sentence.dependentArcs(clause).stream().noneMatch(inner -> inner.baseRelation().equals("mark"))) {
                return clause;
            }
        }
        return -1;
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
