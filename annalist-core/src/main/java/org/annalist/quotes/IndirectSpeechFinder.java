package org.annalist.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
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
 *       separate quotations ({@link ClausalComplementReport});</li>
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

    private final SpeechVerbs verbs;
    private final SpeakerFinder speakers;
    private final TrailingAttribution trailing;
    private final AccordingToReport according;
    private final ComplementReport complements;
    private final LooseClauseReport looseClauses;
    private final RelativeClauseReport relativeClauses;
    private final NestedReports nested;
    private final ClausalComplementReport clausalComplements;

    IndirectSpeechFinder(SpeechVerbs verbs, SpeakerFinder speakers, FrameWords frames) {
        this.verbs = verbs;
        this.speakers = speakers;
        this.trailing = new TrailingAttribution(speakers, frames);
        this.relativeClauses = new RelativeClauseReport(verbs, speakers);
        this.nested = new NestedReports(verbs, frames, relativeClauses);
        this.according = new AccordingToReport(verbs, speakers, nested, frames);
        this.complements = new ComplementReport(speakers, frames, nested);
        this.looseClauses = new LooseClauseReport(speakers, nested, frames);
        this.clausalComplements = new ClausalComplementReport(verbs, speakers, frames, nested);
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
            List<ReportedSpeech> clauses = new ArrayList<>(clausalComplements.find(sentence, token.index()));
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
                clauses.addAll(clausalComplements.backshiftedPredicates(sentence, token.index(), clauses)); // "said Washington was “troubled …” and had raised its concerns"
            }
            found.addAll(clauses);
        }
        return found;
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
}
