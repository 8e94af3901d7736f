package org.annalist.quotes;

import java.util.OptionalInt;
import java.util.Set;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Which report a reporting verb sits in. The parser often hangs a second reporting verb inside the
 * first one's reported clause ("warned that the talks remained fragile and urged …") or makes an
 * announced appeal part of a report ("said Costa Rica would ask the OAS …"); these questions tell
 * {@link SpeakerFinder} when the speaker is the outer reporter's, read from the tree and the tenses.
 */
final class ReportNesting {

    /** How far up a reporting verb parsed as a conjunct looks for the report it belongs to. */
    private static final int REPORT_DEPTH = 8;
    /**
     * How a reported clause hangs from its reporting verb: a clausal complement, or what the parser
     * makes of one it mangles ("said attempts … had risen" with the predicate a loose dependent,
     * "said Washington was “concerned …”" with the predicate an open complement).
     */
    private static final Set<String> REPORTED_CLAUSE = Set.of("ccomp", "dep", "xcomp");
    /** Auxiliaries of a reported clause in indirect speech ("Dhaka could not absorb", "inflation had fallen", "Syria did not seek"). */
    /** Modals that make a reported act a plan ("would ask the OAS to send observers"). */
    private static final Set<String> PLANNING_MODALS = Set.of("would", "will", "could", "might", "may", "'ll");
    /** Where a reporting verb names whom it is about: its object, or the subject of the clause it reports. */
    private static final Set<String> ADDRESSED = Set.of("obj", "iobj");

    private final SpeechVerbs verbs;

    ReportNesting(SpeechVerbs verbs) {
        this.verbs = verbs;
    }

    /**
     * The sentence's root verb, when the reporting verb comes after it joined by "and" and the
     * root has a subject of its own; else empty.
     */
    static OptionalInt firstConjunctOf(Sentence sentence, int verb) {
        boolean joined = sentence.dependentArcs(verb).stream().anyMatch(arc -> arc.baseRelation().equals("cc")
                && sentence.token(arc.dependent()).text().equalsIgnoreCase("and"));
        for (Token token : sentence.tokens()) {
            int index = token.index();
            if (Syntax.head(sentence, index) == Dependency.ROOT) {
                boolean usable = joined && index < verb && Syntax.isContentVerb(sentence, index) && hasBasicSubject(sentence, index);
                return usable ? OptionalInt.of(index) : OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    /**
     * "The alliance said ECOWAS had no role in the deal and accused the bloc of …", "said Chisinau
     * was persecuting … and warned that Moldova would bear …": a reporting verb joined to the
     * report's verb (no subject of its own in the basic parse) that names, as its object or as the
     * subject of the clause it reports, the very actor it inherited as subject, is not that actor
     * speaking of itself in the third person but the reporter's second act.
     *
     * @param sameActor whether a token is a mention of the inherited subject's actor
     */
    static boolean addressesItsInheritedSubject(Sentence sentence, int verb, java.util.function.IntPredicate sameActor) {
        if (!Syntax.baseRelation(Syntax.relation(sentence, verb)).equals("conj") || hasBasicSubject(sentence, verb)) {
            return false;
        }
        for (Dependency arc : sentence.dependentArcs(verb)) {
            if (ADDRESSED.contains(arc.baseRelation()) && sameActor.test(arc.dependent())) {
                return true;
            }
            if (arc.baseRelation().equals("ccomp") && sentence.dependentArcs(arc.dependent()).stream()
                    .anyMatch(inner -> inner.baseRelation().equals("nsubj") && sameActor.test(inner.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The report around a reporting verb that carries a modal of the future or of a possibility
     * ("would ask", "will urge", "could demand"): what is only planned has not been said yet, so the
     * words are the outer reporter's. Empty when the verb has no such modal or sits in no report.
     */
    OptionalInt reportOfAPlan(Sentence sentence, int verb) {
        boolean planned = sentence.dependentArcs(verb).stream().anyMatch(arc -> arc.baseRelation().equals("aux")
                && PLANNING_MODALS.contains(sentence.token(arc.dependent()).text().toLowerCase(java.util.Locale.ROOT)));
        if (!planned) {
            return OptionalInt.empty();
        }
        OptionalInt enclosing = enclosingReport(sentence, verb);
        return enclosing.isPresent() ? enclosing : reportAbove(sentence, verb);
    }

    /** The reporting verb whose reported clause (ccomp) holds the verb, however deep; empty when none. */
    OptionalInt enclosingReport(Sentence sentence, int verb) {
        int child = verb;
        for (int depth = 0; depth < REPORT_DEPTH; depth++) {
            int parent = Syntax.head(sentence, child);
            if (parent < 0) {
                return OptionalInt.empty();
            }
            if (Syntax.baseRelation(Syntax.relation(sentence, child)).equals("ccomp") && Syntax.isContentVerb(sentence, parent)
                    && verbs.kindOf(sentence.token(parent).lemma()).filter(SpeechVerbKind::reportsSpeech).isPresent()) {
                return OptionalInt.of(parent);
            }
            child = parent;
        }
        return OptionalInt.empty();
    }

    static boolean hasBasicSubject(Sentence sentence, int verb) {
        return sentence.dependentArcs(verb).stream().anyMatch(arc -> arc.baseRelation().startsWith("nsubj"));
    }

    /**
     * "He warned that the talks remained fragile and urged both parties to …", "noted that
     * inflation had fallen and said the government would …": the parser often joins the second
     * reporting verb to the verb of the first report instead of to the first reporting verb, so
     * it inherits the report's subject ("the talks", "inflation"). A reporting verb that is a
     * conjunct, has no subject of its own in the basic parse (the enhanced one copies the
     * report's subject onto it) and lies inside another reporting verb's clausal
     * complement (or the loose dependent or open complement the parser made of it) belongs to
     * that verb's speaker. Only used when the inherited subject is no actor: "said Iran had
     * agreed and said …" may well be Iran's words.
     */
    OptionalInt reportAbove(Sentence sentence, int verb) {
        if (!Syntax.baseRelation(Syntax.relation(sentence, verb)).equals("conj")) {
            return OptionalInt.empty();
        }
        int child = Syntax.head(sentence, verb);
        for (int depth = 0; depth < REPORT_DEPTH && child >= 0; depth++) {
            int parent = Syntax.head(sentence, child);
            if (parent < 0) {
                return OptionalInt.empty();
            }
            if (REPORTED_CLAUSE.contains(Syntax.baseRelation(Syntax.relation(sentence, child))) && Syntax.isContentVerb(sentence, parent)
                    && verbs.kindOf(sentence.token(parent).lemma()).isPresent()) {
                return OptionalInt.of(parent);
            }
            child = parent;
        }
        return OptionalInt.empty();
    }
}
