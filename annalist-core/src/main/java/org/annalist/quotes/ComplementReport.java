package org.annalist.quotes;

import java.util.BitSet;
import java.util.Optional;
import java.util.Set;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;

/**
 * Indirect speech that is a verb's complement rather than a reported clause: an appeal's object
 * and infinitive ("urged Manila to stop …", "demanded the release of the crew"), an accusation's
 * object and charge ("accused the army of shelling …"), a promise's infinitive ("vowed to boycott
 * all votes"). Kept apart from {@link IndirectSpeechFinder}, which reads reported clauses.
 */
final class ComplementReport {

    private final SpeakerFinder speakers;
    private final FrameWords frames;
    /** For cutting reports of their own out of the complement ("…, warning that …"). */
    private final NestedReports nested;

    ComplementReport(SpeakerFinder speakers, FrameWords frames, NestedReports nested) {
        this.speakers = speakers;
        this.frames = frames;
        this.nested = nested;
    }

    /**
     * "urged X to …", "called for …", "accused X of …", "demanded the release of …": the verb and
     * the words after it. The verb is part of the text because it says what kind of act was
     * reported (an appeal, a demand, a charge): "India to withdraw it" alone reads as nothing said.
     */
    Optional<ReportedSpeech> find(Sentence sentence, int verb, SpeechVerbKind kind) {
        String rule = kind == SpeechVerbKind.APPEAL ? "indirect:appeal-complement" : "indirect:accusation-complement";
        return find(sentence, verb, kind, rule);
    }

    /**
     * "ordered the army to rescue the children", "warned foreign warships to keep away", "told
     * residents to leave": a speech verb with a hearer and a "to"-infinitive and no reported clause
     * gives an instruction, reported as an appeal's complement is.
     */
    Optional<ReportedSpeech> directive(Sentence sentence, int verb) {
        boolean hearer = sentence.dependentArcs(verb).stream().anyMatch(arc -> arc.dependent() > verb && arc.baseRelation().equals("obj"));
        boolean infinitive = sentence.dependentArcs(verb).stream().anyMatch(arc -> arc.dependent() > verb
                && arc.baseRelation().equals("xcomp") && isToInfinitive(sentence, arc.dependent()));
        if (!hearer || !infinitive) {
            return Optional.empty();
        }
        return find(sentence, verb, SpeechVerbKind.APPEAL, "indirect:directive-complement");
    }

    private Optional<ReportedSpeech> find(Sentence sentence, int verb, SpeechVerbKind kind, String rule) {
        BitSet members = new BitSet();
        boolean hasContent = false;
        int object = -1;
        int complement = -1;
        boolean infinitive = false;
        for (Dependency arc : sentence.dependentArcs(verb)) {
            if (arc.dependent() < verb) {
                continue;
            }
            String base = arc.baseRelation();
            boolean verbal = base.equals("xcomp") && sentence.token(arc.dependent()).isVerb(); // not "called it a disaster"
            infinitive |= verbal;
            if (verbal || ((base.equals("obl") || base.equals("advcl")) && ClauseShapes.introducedBy(sentence, arc.dependent()))) {
                hasContent = true;
                complement = complement < 0 ? arc.dependent() : complement;
                members.or(Syntax.subtree(sentence, arc.dependent()));
            } else if (base.equals("obj") || base.equals("iobj")) {
                members.or(Syntax.subtree(sentence, arc.dependent()));
                object = base.equals("obj") ? arc.dependent() : object;
                // "accused the army of continuing operations" with "of continuing" hung from "army"
                hasContent |= sentence.dependentArcs(arc.dependent()).stream().anyMatch(inner -> inner.dependent() > arc.dependent()
                        && ClauseShapes.introducedBy(sentence, inner.dependent()) && ClauseShapes.startsWithGerund(sentence, inner.dependent()));
            }
        }
        hasContent |= kind == SpeechVerbKind.APPEAL && object >= 0 && !infinitive && isDemanded(sentence, verb, object);
        if (!hasContent || (object < 0 && asksForItself(sentence, verb))) {
            return Optional.empty();
        }
        // the rest of the charge or appeal the parser hung from the verb: "… of continuing operations against its units"
        for (Dependency arc : sentence.dependentArcs(verb)) {
            if (arc.baseRelation().equals("obl") && arc.dependent() > members.length() && ClauseShapes.follows(sentence, members, arc.dependent())) {
                members.or(Syntax.subtree(sentence, arc.dependent()));
            }
        }
        if (kind == SpeechVerbKind.ACCUSATION) {
            addCoordinatedCharge(sentence, members);
        }
        // the appeal's own infinitive may be a reporting word ("called on operators to report intrusions"): it stays
        nested.removeOtherReports(sentence, complement >= 0 ? complement : verb, members);
        if (members.isEmpty()) {
            return Optional.empty();
        }
        addVerb(sentence, verb, members);
        Attribution speaker = speakers.speakerOfVerb(sentence, verb, rule);
        return ReportSpan.span(sentence, members).map(span -> new ReportedSpeech(span[0], span[1], speaker));
    }

    /**
     * The reporting verb with the auxiliaries and negation right before it ("would ask the
     * Organization of American States to send observers", "did not urge"): they say whether the
     * appeal was made or only announced.
     */
    static void addVerb(Sentence sentence, int verb, BitSet members) {
        members.set(verb);
        int first = verb;
        while (first > 0 && Syntax.head(sentence, first - 1) == verb
                && Set.of("aux", "neg", "advmod").contains(Syntax.baseRelation(Syntax.relation(sentence, first - 1)))
                && (!Syntax.baseRelation(Syntax.relation(sentence, first - 1)).equals("advmod") || isNegation(sentence, first - 1))) {
            first--;
            members.set(first);
        }
    }

    private static boolean isNegation(Sentence sentence, int token) {
        return Set.of("not", "n't", "never").contains(sentence.token(token).text().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "A senior official, who asked not to be named, said …": an appeal with no hearer whose
     * infinitive is passive asks something for the speaker himself (anonymity), not of anyone.
     */
    private static boolean asksForItself(Sentence sentence, int verb) {
        return sentence.dependentArcs(verb).stream().anyMatch(arc -> arc.dependent() > verb && arc.baseRelation().equals("xcomp")
                && sentence.dependentArcs(arc.dependent()).stream().anyMatch(inner -> inner.relation().equals("aux:pass")));
    }

    private static boolean isToInfinitive(Sentence sentence, int head) {
        return sentence.token(head).isVerb() && sentence.dependentArcs(head).stream().anyMatch(inner -> inner.baseRelation().equals("mark")
                && sentence.token(inner.dependent()).partOfSpeech().equals("TO"));
    }

    /**
     * "vowed to boycott all votes until …", "pledged to rebuild the bridge": a reporting verb of
     * the commitment-verb words (frame-words.tsv) with an infinitive and no reported clause
     * reports what was promised or threatened — the infinitive with its "to".
     */
    Optional<ReportedSpeech> commitment(Sentence sentence, int verb) {
        if (!frames.is(FrameWords.Role.COMMITMENT_VERB, sentence.token(verb).lemma())) {
            return Optional.empty();
        }
        for (Dependency arc : sentence.dependentArcs(verb)) {
            int infinitive = arc.dependent();
            if (infinitive > verb && arc.baseRelation().equals("xcomp") && isToInfinitive(sentence, infinitive)) {
                BitSet members = Syntax.subtree(sentence, infinitive);
                nested.removeOtherReports(sentence, infinitive, members);
                if (ReportSpan.words(sentence, members) < 3) {
                    return Optional.empty();
                }
                Attribution speaker = speakers.speakerOfVerb(sentence, verb, "indirect:commitment-infinitive");
                return ReportSpan.span(sentence, members).map(span -> new ReportedSpeech(span[0], span[1], speaker));
            }
        }
        return Optional.empty();
    }

    /**
     * "denied moving weapons into the area", "proposed holding talks in Doha": a reporting verb of
     * the gerund-report-verb words (frame-words.tsv) with a gerund and no reported clause reports
     * the gerund phrase — with the verb, which says whether it was denied, admitted or proposed.
     */
    Optional<ReportedSpeech> gerund(Sentence sentence, int verb) {
        if (!frames.is(FrameWords.Role.GERUND_REPORT_VERB, sentence.token(verb).lemma())) {
            return Optional.empty();
        }
        for (Dependency arc : sentence.dependentArcs(verb)) {
            int gerund = arc.dependent();
            boolean bare = sentence.dependentArcs(gerund).stream().noneMatch(inner -> inner.baseRelation().startsWith("nsubj")
                    || inner.baseRelation().equals("mark") || inner.baseRelation().startsWith("aux"));
            if (gerund > verb && Set.of("xcomp", "dep", "ccomp").contains(arc.baseRelation())
                    && sentence.token(gerund).partOfSpeech().equals("VBG") && bare) {
                BitSet members = Syntax.subtree(sentence, gerund);
                nested.removeOtherReports(sentence, gerund, members);
                if (ReportSpan.words(sentence, members) < 2) {
                    return Optional.empty();
                }
                addVerb(sentence, verb, members);
                Attribution speaker = speakers.speakerOfVerb(sentence, verb, "indirect:gerund-complement");
                return ReportSpan.span(sentence, members).map(span -> new ReportedSpeech(span[0], span[1], speaker));
            }
        }
        return Optional.empty();
    }

    /**
     * "warned against rewarding the government", "cautioned against any escalation": a reporting
     * verb whose preposition phrase is a preposition-report-verb row (frame-words.tsv, "warn
     * against") reports the phrase, with the verb, which says it was a warning.
     */
    Optional<ReportedSpeech> prepositional(Sentence sentence, int verb) {
        for (Dependency arc : sentence.dependentArcs(verb)) {
            int phrase = arc.dependent();
            if (phrase < verb || !Set.of("obl", "advcl", "xcomp", "ccomp", "dep").contains(arc.baseRelation())) {
                continue;
            }
            Optional<String> preposition = sentence.dependentArcs(phrase).stream()
                    .filter(inner -> inner.dependent() < phrase && Set.of("case", "mark").contains(inner.baseRelation()))
                    .map(inner -> sentence.token(inner.dependent()).text().toLowerCase(java.util.Locale.ROOT)).findFirst();
            if (preposition.isEmpty() || !frames.is(FrameWords.Role.PREPOSITION_REPORT_VERB, sentence.token(verb).lemma() + " " + preposition.get())) {
                continue;
            }
            return reportWithVerb(sentence, verb, phrase, "indirect:preposition-complement");
        }
        return Optional.empty();
    }

    /**
     * "noted reports of intimidation in several districts": a speech verb whose object is a
     * reported-noun (frame-words.tsv) with words of its own after it reports the object, with the
     * verb ("noted", "denied", "cited" say what was done with the report).
     */
    Optional<ReportedSpeech> reportedNoun(Sentence sentence, int verb) {
        for (Dependency arc : sentence.dependentArcs(verb)) {
            int object = arc.dependent();
            boolean described = sentence.dependentArcs(object).stream().anyMatch(inner -> inner.dependent() > object
                    && Set.of("nmod", "acl").contains(inner.baseRelation()));
            if (object > verb && arc.baseRelation().equals("obj") && sentence.token(object).isNoun() && !sentence.token(object).isProperNoun()
                    && frames.is(FrameWords.Role.REPORTED_NOUN, sentence.token(object).lemma()) && described) {
                return reportWithVerb(sentence, verb, object, "indirect:reported-noun-object");
            }
        }
        return Optional.empty();
    }

    /** The verb with the phrase headed by the token, reports of their own cut out; empty under three words. */
    private Optional<ReportedSpeech> reportWithVerb(Sentence sentence, int verb, int head, String rule) {
        BitSet members = Syntax.subtree(sentence, head);
        nested.removeOtherReports(sentence, head, members);
        if (ReportSpan.words(sentence, members) < 3) {
            return Optional.empty();
        }
        addVerb(sentence, verb, members);
        Attribution speaker = speakers.speakerOfVerb(sentence, verb, rule);
        return ReportSpan.span(sentence, members).map(span -> new ReportedSpeech(span[0], span[1], speaker));
    }

    /**
     * "demanded the immediate release of the trawler", "urged restraint": an appeal of the
     * demanded-object words (frame-words.tsv) whose object names no actor is the thing demanded;
     * "urged Manila" names the hearer, whose appeal needs an infinitive.
     */
    private boolean isDemanded(Sentence sentence, int verb, int object) {
        return frames.is(FrameWords.Role.DEMANDED_OBJECT, sentence.token(verb).lemma()) && !sentence.token(object).isPronoun()
                && speakers.entityOf(sentence, object).isEmpty();
    }

    /**
     * "accusing its crew of landing undersized cod and switching off the transponder": a gerund
     * joined by "and" right after the charge is more of the charge, wherever the parser hung it.
     */
    private static void addCoordinatedCharge(Sentence sentence, BitSet members) {
        int next = members.length();
        boolean gerundCharge = false;
        for (int i = members.nextSetBit(0); i >= 0; i = members.nextSetBit(i + 1)) {
            gerundCharge |= sentence.token(i).partOfSpeech().equals("VBG");
        }
        if (!gerundCharge || next + 1 >= sentence.tokens().size() || !sentence.token(next).text().equalsIgnoreCase("and")
                || !sentence.token(next + 1).partOfSpeech().equals("VBG") || members.get(Syntax.head(sentence, next + 1))) {
            return;
        }
        BitSet conjunct = Syntax.subtree(sentence, next + 1);
        conjunct.clear(0, next + 1);
        members.set(next);
        members.or(conjunct);
    }
}
