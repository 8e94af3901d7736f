package org.annalist.quotes;

import java.util.BitSet;
import java.util.Optional;
import java.util.Set;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Cuts the reports nested in a reported clause out of its span: "called for a truce, warning that …"
 * is two reports, each found on its own, and the first must not swallow the second. Every way of
 * finding a report ({@link IndirectSpeechFinder}, {@link ComplementReport}, {@link AccordingToReport},
 * {@link LooseClauseReport}) trims its span through here.
 */
final class NestedReports {

    /** Relations by which a report of its own hangs inside another's clause. */
    private static final Set<String> NESTED_REPORT = Set.of("advcl", "acl", "dep", "parataxis", "conj");

    private final SpeechVerbs verbs;
    private final FrameWords frames;
    private final RelativeClauseReport relativeClauses;

    NestedReports(SpeechVerbs verbs, FrameWords frames, RelativeClauseReport relativeClauses) {
        this.verbs = verbs;
        this.frames = frames;
        this.relativeClauses = relativeClauses;
    }

    /**
     * "…, hours after Washington announced that …", "called for a truce, warning that …": a
     * reporting verb hanging inside the span as an adverbial, participle, conjunct or aside is a
     * report of its own, found on its own, and is cut out of this one; so is a report inside a
     * relative clause ("… fire that officials said killed four people"), with its source.
     */
    void removeOtherReports(Sentence sentence, int head, BitSet members) {
        for (int token = members.nextSetBit(0); token >= 0; token = members.nextSetBit(token + 1)) {
            Optional<BitSet> relative = token == head ? Optional.empty() : relativeClauses.tokensOf(sentence, token);
            if (relative.isPresent()) {
                members.andNot(relative.get()); // "after an exchange of fire that officials said killed four people"
                continue;
            }
            if (token == head || !Syntax.isContentVerb(sentence, token) || isCondition(sentence, token)
                    || verbs.kindOf(sentence.token(token).lemma()).filter(SpeechVerbKind::reportsSpeech).isEmpty()
                    || !NESTED_REPORT.contains(Syntax.baseRelation(Syntax.relation(sentence, token)))
                    || !reportsSomething(sentence, token)) {
                continue;
            }
            BitSet nested = Syntax.subtree(sentence, token);
            int first = nested.nextSetBit(0);
            members.andNot(nested);
            for (int i = first - 1; i >= 0 && members.get(i); i--) {
                Token before = sentence.token(i);
                if (!Syntax.isPunctuation(before) && !Syntax.baseRelation(Syntax.relation(sentence, i)).equals("cc")) {
                    break;
                }
                members.clear(i);
            }
        }
    }

    /**
     * A reporting verb with nothing it reports ("and that patrols would continue", "the talks would
     * continue on Friday"): no clause or object hangs from it, so it is a word of the report, not
     * a report of its own to be cut out. A participle that describes a noun ("pushed for language
     * condemning Israeli incursions", "a referendum on rejecting the court's authority", "fired
     * warning shots") names what the noun is; its plain noun object is no report unless it is an
     * appeal's or a charge's, a gerund or a word for something said ("a statement urging Manila",
     * "reports of intimidation"). A conjunct or an adverbial clause with an object ("and denied any
     * sabotage", "as the movement claimed an attack") is still another act, cut out.
     */
    private boolean reportsSomething(Sentence sentence, int verb) {
        boolean describesNoun = Set.of("VBG", "VBN").contains(sentence.token(verb).partOfSpeech())
                && Set.of("acl", "dep").contains(Syntax.baseRelation(Syntax.relation(sentence, verb)))
                && !ClauseShapes.hasOwnSubject(sentence, verb);
        boolean actOnObject = !describesNoun || verbs.kindOf(sentence.token(verb).lemma())
                .filter(kind -> kind == SpeechVerbKind.APPEAL || kind == SpeechVerbKind.ACCUSATION).isPresent();
        return sentence.dependentArcs(verb).stream().anyMatch(arc -> arc.dependent() > verb
                && (Set.of("ccomp", "xcomp", "parataxis", "dep").contains(arc.baseRelation())
                        || (arc.baseRelation().equals("obj") && (actOnObject || reportedObject(sentence, arc.dependent())))));
    }

    private boolean reportedObject(Sentence sentence, int object) {
        Token token = sentence.token(object);
        return token.partOfSpeech().equals("VBG") || frames.is(FrameWords.Role.REPORTED_NOUN, token.lemma() == null ? token.text() : token.lemma());
    }

    /**
     * "Washington would send advisers if Abuja asked for them": a reporting verb in a condition
     * ("if", "unless") reports nothing that was said; it is part of the clause around it.
     */
    static boolean isCondition(Sentence sentence, int verb) {
        return ClauseShapes.hasMarker(sentence, verb, "if") || ClauseShapes.hasMarker(sentence, verb, "unless");
    }
}
