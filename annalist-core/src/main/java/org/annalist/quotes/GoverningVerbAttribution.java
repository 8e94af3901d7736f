package org.annalist.quotes;

import java.util.Optional;
import java.util.Set;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * The place for words quoted inside a sentence: the nearest reporting verb above them in the
 * dependency tree, reached through a complement relation ({@code considered Azerbaijan to be of an
 * “important and effective position”}).
 */
final class GoverningVerbAttribution {

    /**
     * Relations by which quoted words can be what a verb reports: its object or complement. A
     * verb reached through a conjunct or an adverbial clause only stands beside the quotation
     * ("would continue … and that the treaty would remain suspended “until …”").
     */
    private static final Set<String> COMPLEMENT = Set.of("ccomp", "xcomp", "obj", "iobj", "obl", "nmod", "dep", "csubj", "parataxis");

    private final PassagePosition position;
    private final SpeechVerbs verbs;
    private final SpeakerFinder speakers;

    GoverningVerbAttribution(PassagePosition position, SpeechVerbs verbs, SpeakerFinder speakers) {
        this.position = position;
        this.verbs = verbs;
        this.speakers = speakers;
    }

    /** The nearest reporting verb above the quoted words in the dependency tree. */
    Optional<Attribution> attribute(QuotedPassage passage) {
        Sentence sentence = position.sentenceAt(passage.start());
        if (sentence == null) {
            return Optional.empty();
        }
        for (Token token : sentence.tokens()) {
            if (!inside(passage, token)) {
                continue;
            }
            int head = Syntax.head(sentence, token.index());
            if (head == Dependency.ROOT || inside(passage, sentence.token(head))) {
                continue;
            }
            int child = token.index();
            Optional<Attribution> view = Optional.empty();
            Optional<Attribution> aside = Optional.empty();
            boolean passedSpeech = false;
            for (int ancestor = head, depth = 0; ancestor != Dependency.ROOT && depth < 8; depth++) {
                int climbed = ancestor;
                aside = aside.or(() -> parentheticalReport(sentence, climbed, passage));
                if (sentence.token(child).partOfSpeech().equals("CC")) {
                    // "…, which Beijing calls Huangyan Island, and that its actions were “…”": a
                    // coordinator the parser made a head joins the words to an earlier clause, not
                    // to the verb it hangs from; the sentence's reported speech decides instead
                    break;
                }
                boolean quoted = Syntax.isQuotedClause(sentence, ancestor, child); // "was quoted as saying … “…”"
                boolean complement = quoted || COMPLEMENT.contains(Syntax.baseRelation(Syntax.relation(sentence, child)))
                        || isReasonGiven(sentence, child) // "praised the judges for “finally hearing …”"
                        || isCharacterisation(sentence, child); // "dismissed the reports as “lies spread by …”"
                boolean reportedBelow = passedSpeech;
                Optional<SpeechVerbKind> kind = verbs.quotingKindOf(sentence.token(ancestor).lemma())
                        // "France offered to send helicopters, a spokesperson said, adding that Paris had “…”": words a
                        // speech verb below reported (its speaker unfound) are not the stance verb's above it
                        .filter(found -> !(reportedBelow && found == SpeechVerbKind.STANCE));
                if (complement && Syntax.isContentVerb(sentence, ancestor) && kind.isPresent() && !subjectQuoted(sentence, ancestor, passage)) {
                    Optional<Attribution> nearer = reporterInsideClause(sentence, ancestor, child, passage);
                    if (nearer.isPresent()) {
                        return nearer;
                    }
                }
                if (complement && Syntax.isContentVerb(sentence, ancestor) && kind.isPresent() && !subjectQuoted(sentence, ancestor, passage)
                        && (quoted || Syntax.subjectOf(sentence, ancestor).found()
                                || speakers.issuerOfTheStatementDoing(sentence, ancestor).isPresent())) { // "a statement by X describing …"
                    Attribution found = speakers.speakerOfVerb(sentence, ancestor, "partial-quote:governing-verb");
                    if (kind.get() != SpeechVerbKind.COGNITION) { // speech, appeal, accusation, stance: the speaker's own words
                        return Optional.of(reporterForOwnSide(sentence, ancestor, depth, found).orElse(found));
                    }
                    // "said Erbil still expected Baghdad to pay “…”": a view inside a report is
                    // the reporter's words; keep the view only if no report stands above it
                    view = view.or(() -> Optional.of(found));
                }
                passedSpeech |= kind.filter(found -> found == SpeechVerbKind.SPEECH).isPresent();
                child = ancestor;
                ancestor = Syntax.head(sentence, ancestor);
            }
            Optional<Attribution> parenthetical = aside;
            return view.or(() -> parenthetical);
        }
        return reportingVerbUnderTheQuotation(sentence, passage);
    }

    /**
     * "Spokesman Guo Jiakun said China had asked Palau to “…”", "the State Department said
     * Washington stood with its ally and called on China to stop its “…” conduct": the verb that
     * governs the quoted words has for subject the reporter's own state (or, for a person, the
     * body of the reporter's own country or alliance), and that verb sits in a report of a speaker
     * above it. The reporter words his side's act, so the quotation is the reporter's; a verb whose
     * subject is another party ("said Benin had called it “…”") stays that party's.
     */
    private Optional<Attribution> reporterForOwnSide(Sentence sentence, int verb, int depth, Attribution inner) {
        if (inner.speaker() == null || inner.speaker().type().equals("PERSON") || inner.speaker().code() == null) {
            return Optional.empty();
        }
        int child = verb;
        for (int ancestor = Syntax.head(sentence, verb); ancestor != Dependency.ROOT && depth < 8; depth++) {
            Optional<SpeechVerbKind> kind = verbs.kindOf(sentence.token(ancestor).lemma());
            boolean reported = Set.of("ccomp", "parataxis", "dep").contains(Syntax.baseRelation(Syntax.relation(sentence, child)));
            if (reported && kind.isPresent() && kind.get() == SpeechVerbKind.SPEECH && Syntax.isContentVerb(sentence, ancestor)
                    && Syntax.subjectOf(sentence, ancestor).found()) {
                Attribution outer = speakers.speakerOfVerb(sentence, ancestor, "partial-quote:governing-verb");
                return outer.speaker() != null && ownSide(outer.speaker(), inner.speaker())
                        ? Optional.of(outer.withRule(outer.rule() + ":reporter-for-own-side"))
                        : Optional.empty();
            }
            child = ancestor;
            ancestor = Syntax.head(sentence, ancestor);
        }
        return Optional.empty();
    }

    /** Whether the reporter speaks for the side whose act it reports: its own state, or a person's body of the same code. */
    private static boolean ownSide(org.annalist.actors.Entity reporter, org.annalist.actors.Entity actor) {
        if (reporter.equals(actor) || !actor.code().equals(reporter.code())) {
            return false;
        }
        return actor.type().equals("COUNTRY") || reporter.type().equals("PERSON");
    }

    /**
     * "…“to destabilise the Sahel”, an accusation Cotonou has denied": the parser made a quoted
     * word the subject of the verb after the quotation. A verb whose subject is the quoted words
     * does not report them; the reporting verb further up does.
     */
    private static boolean subjectQuoted(Sentence sentence, int verb, QuotedPassage passage) {
        Syntax.Subject subject = Syntax.subjectOf(sentence, verb);
        return subject.found() && !subject.inherited() && inside(passage, sentence.token(subject.token()));
    }

    /**
     * "asked Australia to reopen the scheme, a request Wong said Canberra would “look at very
     * closely”": the parser hung the quoted clause from the first reporting verb, but between that
     * verb and the quotation, inside the clause the words belong to, another reporting verb with a
     * subject of its own ("Wong said") introduces them. The nearer reporter is the speaker.
     */
    private Optional<Attribution> reporterInsideClause(Sentence sentence, int governing, int clause, QuotedPassage passage) {
        java.util.BitSet members = Syntax.subtree(sentence, clause);
        for (int index = members.nextSetBit(0); index >= 0; index = members.nextSetBit(index + 1)) {
            Token token = sentence.token(index);
            if (index <= governing || token.end() > passage.openMark() || index == clause) {
                continue;
            }
            Optional<SpeechVerbKind> kind = verbs.quotingKindOf(token.lemma());
            if (kind.isPresent() && kind.get() == SpeechVerbKind.SPEECH && Syntax.isContentVerb(sentence, index)
                    && ClauseShapes.hasOwnSubject(sentence, index)) {
                Attribution found = speakers.speakerOfVerb(sentence, index, "partial-quote:reporter-inside-clause");
                return found.speaker() == null ? Optional.empty() : Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /**
     * "Any new sanctions, he said, would show that the United States “never wanted an agreement”":
     * a reporting verb set off by commas before the quotation, hanging from a clause the quoted
     * words sit in (the parser makes it a parataxis), frames the whole sentence, so the words are
     * its speaker's when no reporting verb governs them.
     */
    private Optional<Attribution> parentheticalReport(Sentence sentence, int clause, QuotedPassage passage) {
        for (Dependency arc : sentence.dependentArcs(clause)) {
            int verb = arc.dependent();
            boolean setOff = verb >= 2 && verb + 1 < sentence.tokens().size() && sentence.token(verb + 1).text().equals(",")
                    && (sentence.token(verb - 1).text().equals(",") || sentence.token(verb - 2).text().equals(","));
            Optional<SpeechVerbKind> kind = verbs.quotingKindOf(sentence.token(verb).lemma());
            if (arc.baseRelation().equals("parataxis") && setOff && sentence.token(verb).end() <= passage.openMark()
                    && kind.isPresent() && kind.get() != SpeechVerbKind.COGNITION && ClauseShapes.hasOwnSubject(sentence, verb)) {
                return Optional.of(speakers.speakerOfVerb(sentence, verb, "partial-quote:parenthetical-verb"));
            }
        }
        return Optional.empty();
    }

    /**
     * "A ministry spokesman said China was “a reliable partner that keeps its markets open.”": the
     * parser made the quoted predicate the head of the sentence and hung "said" from it (as its
     * clausal subject), so no quoted word has a head outside the quotation. The reporting verb
     * before the opening mark that hangs from a quoted word governs it all the same.
     */
    private Optional<Attribution> reportingVerbUnderTheQuotation(Sentence sentence, QuotedPassage passage) {
        for (int index = sentence.tokens().size() - 1; index >= 0; index--) {
            Token token = sentence.token(index);
            int head = Syntax.head(sentence, index);
            if (token.end() > passage.openMark() || head == Dependency.ROOT || !inside(passage, sentence.token(head))) {
                continue;
            }
            Optional<SpeechVerbKind> kind = verbs.quotingKindOf(token.lemma());
            if (Syntax.isContentVerb(sentence, index) && kind.isPresent() && kind.get() != SpeechVerbKind.COGNITION
                    && Syntax.subjectOf(sentence, index).found()) {
                return Optional.of(speakers.speakerOfVerb(sentence, index, "partial-quote:governing-verb-under-quotation"));
            }
        }
        return Optional.empty();
    }

    /**
     * "rejected the criticism as “hypocritical …”", "dismissed the reports as “lies …”": words
     * quoted after "as" say what the speaker called the thing, however the parser labels them.
     */
    private static boolean isCharacterisation(Sentence sentence, int phrase) {
        return Set.of("advcl", "acl", "advmod", "amod").contains(Syntax.baseRelation(Syntax.relation(sentence, phrase)))
                && sentence.dependentArcs(phrase).stream().anyMatch(arc -> Set.of("case", "mark").contains(arc.baseRelation())
                        && sentence.token(arc.dependent()).text().equalsIgnoreCase("as") && arc.dependent() < phrase);
    }

    /**
     * "praised the judges for “finally hearing the victims”", "criticised Ankara for “…”": a gerund
     * clause introduced by "for" gives the reason the speaker stated, in the speaker's words.
     */
    private static boolean isReasonGiven(Sentence sentence, int clause) {
        return Syntax.baseRelation(Syntax.relation(sentence, clause)).equals("advcl") && sentence.token(clause).partOfSpeech().equals("VBG")
                && sentence.dependentArcs(clause).stream().anyMatch(arc -> Set.of("case", "mark").contains(arc.baseRelation())
                        && sentence.token(arc.dependent()).text().equalsIgnoreCase("for"));
    }

    private static boolean inside(QuotedPassage passage, Token token) {
        return token.start() >= passage.start() && token.end() <= passage.end();
    }
}
