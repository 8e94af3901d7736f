package org.annalist.quotes;

import java.util.OptionalInt;
import java.util.Set;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * The reporter's second speech act, joined by the parser to the clause it reports. In "Senator Ruiz said the
 * government had given up too much and called on congress to reject the deal" or "Beijing said the vessel had
 * entered its waters and demanded that Manila withdraw it" the parser makes "called" and "demanded" conjuncts of
 * the reported verb ("given", "entered"), so the enhanced parse lends them the reported clause's subject (the
 * government, the vessel). Both the quotes stage (who speaks the appeal) and the events stage (who performs the
 * request or accusation) ask this one class, so they give the act to the same party.
 *
 * <p>Contract: {@link #reporterOf} names the reporting verb R whose subject performs the verb V2 when all hold:
 * <ul>
 *   <li>V2 is a finite past or present verb with no subject, passive or auxiliary of its own in the basic tree, opened
 *       by "and" or "but", and joined as a conjunct to the reported clause's predicate V1;</li>
 *   <li>V2 is a verb of saying, appealing, accusing or taking a stand (any kind in {@code speech-verbs.tsv} but
 *       cognition: "urged", "accused", "rejected", "ruled out", "warned");</li>
 *   <li>V1 is the clausal complement of R, a reporting verb before it that reports speech and has a subject of its
 *       own, and V1 has a subject of its own that is not R's;</li>
 *   <li>V1 is in the report's tense and V2 in the narrator's: V1 carries an auxiliary ("had entered", "would
 *       challenge", "was unacceptable") or is no plain past form ("violates"), while V2 is a plain past or present;
 *       "said gunmen stormed the village and demanded a ransom", both plain past, may well be the gunmen's;</li>
 *   <li>V1 is no speech verb itself: "said Moscow had rejected the offer and demanded talks" reports two acts of
 *       Moscow's.</li>
 * </ul>
 * A material act ("said its troops had killed 23 insurgents and freed four hostages") is no speech verb and stays
 * with the reported clause's subject.
 */
public final class ReporterConjunct {

    /**
     * Forms of the reporter's own act: the narrator's past, a present in a present-tense report ("says … and urges"),
     * or a past the tagger misread as a participle after the report's "had" ("had given up too much and called on").
     */
    private static final Set<String> NARRATED_FORMS = Set.of("VBD", "VBZ", "VBN");
    /** How far the conjunct climbs through a chain of conjuncts ("had entered, fired and demanded") to the reported predicate. */
    private static final int CONJUNCT_DEPTH = 4;

    private final SpeechVerbs verbs;

    public ReporterConjunct(SpeechVerbs verbs) {
        this.verbs = verbs;
    }

    /** The reporting verb whose subject performs the verb, or empty when the verb is not in that shape. */
    public OptionalInt reporterOf(Sentence sentence, int verb) {
        Token act = sentence.token(verb);
        if (!NARRATED_FORMS.contains(act.partOfSpeech()) || !isAct(act) || !Syntax.opensWithCoordinator(sentence, verb)
                || sentence.dependentArcs(verb).stream().anyMatch(arc -> arc.baseRelation().startsWith("nsubj")
                        || arc.baseRelation().startsWith("aux") || arc.baseRelation().equals("expl"))) {
            return OptionalInt.empty();
        }
        int reported = verb;
        for (int depth = 0; depth < CONJUNCT_DEPTH && Syntax.baseRelation(Syntax.relation(sentence, reported)).equals("conj"); depth++) {
            reported = Syntax.head(sentence, reported);
        }
        if (reported < 0 || reported >= verb || !Syntax.baseRelation(Syntax.relation(sentence, reported)).equals("ccomp")) {
            return OptionalInt.empty();
        }
        int reporter = Syntax.head(sentence, reported);
        if (reporter < 0 || reporter > reported || !reportsSpeech(sentence.token(reporter)) || isAct(sentence.token(reported))
                || !inReportedTense(sentence, reported)) {
            return OptionalInt.empty();
        }
        int reporterSubject = basicSubject(sentence, reporter);
        int reportedSubject = basicSubject(sentence, reported);
        if (reporterSubject < 0 || reportedSubject < 0 || reporterSubject == reportedSubject) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(reporter);
    }

    /** A verb of saying, appealing, accusing or taking a stand: the acts a reporter performs in the same breath. */
    private boolean isAct(Token token) {
        return token.isVerb() && verbs.quotingKindOf(token.lemma()).filter(kind -> kind != SpeechVerbKind.COGNITION).isPresent();
    }

    private boolean reportsSpeech(Token token) {
        return token.isVerb() && verbs.kindOf(token.lemma()).filter(SpeechVerbKind::reportsSpeech).isPresent();
    }

    /** An auxiliary or copula of its own ("had entered", "was unacceptable"), or no plain past form ("violates"). */
    private static boolean inReportedTense(Sentence sentence, int predicate) {
        boolean auxiliary = sentence.dependentArcs(predicate).stream()
                .anyMatch(arc -> arc.baseRelation().startsWith("aux") || arc.baseRelation().equals("cop"));
        return auxiliary || !sentence.token(predicate).partOfSpeech().equals("VBD");
    }

    private static int basicSubject(Sentence sentence, int predicate) {
        for (Dependency arc : sentence.dependentArcs(predicate)) {
            if (arc.baseRelation().startsWith("nsubj")) {
                return arc.dependent();
            }
        }
        return -1;
    }
}
