package org.annalist.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/** Questions about one sentence's dependency parse that attributing a quotation asks. */
final class Syntax {

    /** Relations through which a verb without a subject of its own takes its governor's. */
    private static final Set<String> SUBJECT_SHARING = Set.of("advcl", "xcomp", "conj");
    private static final Set<String> AUXILIARY = Set.of("aux", "cop");
    /** Labels the parser gives a subject that follows its verb ("said Haddad"). */
    private static final Set<String> INVERTED_SUBJECT = Set.of("xcomp", "obj", "dep", "nsubj");

    /** How many words "quoted … as saying" may hold between "quoted" and "as" ("by the state news agency KCNA"). */
    private static final int QUOTED_BY_WORDS = 10;
    /** How many words the object of an active "quoted" and its apposition may hold before "as saying", none of them a verb past the first ten. */
    private static final int QUOTED_OBJECT_WORDS = 20;

    private Syntax() {}

    /** The token and all its descendants in the basic tree. */
    static BitSet subtree(Sentence sentence, int head) {
        BitSet members = new BitSet();
        members.set(head);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Dependency arc : sentence.dependencies()) {
                if (arc.governor() >= 0 && members.get(arc.governor()) && !members.get(arc.dependent())) {
                    members.set(arc.dependent());
                    grew = true;
                }
            }
        }
        return members;
    }

    /** The first token the basic tree hangs from (its head is {@link Dependency#ROOT}), or -1 when the parse has none. */
    static int root(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            if (head(sentence, token.index()) == Dependency.ROOT) {
                return token.index();
            }
        }
        return -1;
    }

    /** The token's head in the basic tree, or {@link Dependency#ROOT}. */
    static int head(Sentence sentence, int token) {
        return sentence.headArc(token).map(Dependency::governor).orElse(Dependency.ROOT);
    }

    static String relation(Sentence sentence, int token) {
        return sentence.headArc(token).map(Dependency::relation).orElse("root");
    }

    /** A verb that carries meaning: not an auxiliary or copula. */
    static boolean isContentVerb(Sentence sentence, int token) {
        return sentence.token(token).isVerb() && !AUXILIARY.contains(baseRelation(relation(sentence, token)));
    }

    static String baseRelation(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /**
     * The subject of a verb: an active subject in the enhanced graph (which already shares
     * subjects across conjuncts and relative clauses), else in the basic tree, else the subject of
     * the verb it hangs from ("said, reminding that …" takes the subject of "said").
     */
    static Subject subjectOf(Sentence sentence, int verb) {
        int current = verb;
        for (int depth = 0; depth < 4 && current >= 0; depth++) {
            int own = ownSubject(sentence, current);
            if (own >= 0) {
                return new Subject(own, depth > 0);
            }
            String relation = baseRelation(relation(sentence, current));
            if (Set.of("dep", "acl", "advcl").contains(relation) && isParticipleAfterComma(sentence, current)) {
                // "…, noting that …" qualifies the whole clause: its subject is the main verb's,
                // not that of a noun or infinitive it was parsed under ("called on Moscow to
                // reverse the decision, noting …" is the caller's note, not Moscow's)
                current = head(sentence, current);
                while (current >= 0 && !sentence.token(current).isVerb()) {
                    current = head(sentence, current);
                }
                while (current >= 0 && (baseRelation(relation(sentence, current)).equals("xcomp") || isInfinitive(sentence, current))) {
                    current = head(sentence, current);
                }
                continue;
            }
            boolean coordinatedDependent = relation.equals("dep") && opensWithCoordinator(sentence, current);
            if (!SUBJECT_SHARING.contains(relation) && !coordinatedDependent) {
                break;
            }
            int governor = head(sentence, current);
            if ((relation.equals("conj") || coordinatedDependent) && governor >= 0 && (!sentence.token(governor).isVerb()
                    || NOMINAL_PLACES.contains(baseRelation(relation(sentence, governor))))) {
                // "Guterres thanked Oman for its efforts and called on …", "praised them for exposing
                // the network and called on …": the second predicate hung on a noun, adjective or
                // gerund of the first clause shares the subject of the sentence's verb
                int main = mainVerbOverMisplacedConjunct(sentence, current);
                if (main < 0) {
                    break;
                }
                governor = main;
            } else if (coordinatedDependent) {
                break;
            }
            current = governor;
        }
        return new Subject(-1, false);
    }

    /** Whether the verb has "and" or "but" as its coordinator ("… and said …"). */
    static boolean opensWithCoordinator(Sentence sentence, int verb) {
        return sentence.dependentArcs(verb).stream()
                .anyMatch(arc -> arc.baseRelation().equals("cc") && arc.dependent() < verb
                        && Set.of("and", "but").contains(sentence.token(arc.dependent()).text().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Relations of a noun's place in a clause, which a gerund parsed there ("for exposing …") also takes. */
    private static final Set<String> NOMINAL_PLACES = Set.of("obl", "obj", "iobj", "nmod");

    /** Relations that open a clause of its own (a report, a quotation, a relative clause) with a subject of its own. */
    private static final Set<String> CLAUSE_OPENING = Set.of("ccomp", "csubj", "parataxis");
    /** Relations that open a clause of its own when a verb holds them (on a noun or a quotation's words, "dep" is only the parser's shrug). */
    private static final Set<String> VERB_CLAUSE_OPENING = Set.of("acl", "dep");

    /**
     * The sentence's main verb, when a conjoined predicate ("… and called on …", "… and said …")
     * was parsed as a conjunct of a noun or adjective in the first clause: the conjunct opens with
     * "and" or "but", the main verb is the root, comes before it and is a finite verb, and the way
     * up from the conjunct opens no clause of its own (a report, a quotation, a relative clause,
     * whose subject would be another's). -1 otherwise.
     */
    private static int mainVerbOverMisplacedConjunct(Sentence sentence, int conjunct) {
        if (!opensWithCoordinator(sentence, conjunct)) {
            return -1;
        }
        int current = head(sentence, conjunct);
        for (int step = 0; step < 8 && current >= 0; step++) {
            String relation = baseRelation(relation(sentence, current));
            if (relation.equals("root")) {
                boolean finite = Set.of("VBD", "VBZ", "VBP").contains(sentence.token(current).partOfSpeech());
                return finite && current < conjunct ? current : -1;
            }
            if (CLAUSE_OPENING.contains(relation) || (sentence.token(current).isVerb() && VERB_CLAUSE_OPENING.contains(relation))) {
                return -1;
            }
            current = head(sentence, current);
        }
        return -1;
    }

    private static boolean isInfinitive(Sentence sentence, int verb) {
        for (Dependency arc : sentence.dependentArcs(verb)) {
            if (arc.baseRelation().equals("mark") && sentence.token(arc.dependent()).partOfSpeech().equals("TO")) {
                return true;
            }
        }
        return false;
    }

    /** "…, saying": a participle set off by a comma qualifies the clause, not the noun before it. */
    static boolean isParticipleAfterComma(Sentence sentence, int token) {
        return sentence.token(token).partOfSpeech().equals("VBG") && token > 0 && sentence.token(token - 1).text().equals(",");
    }

    /**
     * "…, drawing a rebuke from India, which called the launch “…”": the noun right before the
     * comma that opens a relative clause whose subject is "which" or "who" — the antecedent, when
     * the parser hung the clause on another noun or made it a complement, and so left the pronoun
     * itself as the only subject. -1 when the verb's subject is no such pronoun.
     */
    static int relativePronounAntecedent(Sentence sentence, int verb) {
        for (Dependency arc : sentence.dependentArcs(verb)) {
            int pronoun = arc.dependent();
            if (isActiveSubject(arc.relation()) && Set.of("which", "who").contains(sentence.token(pronoun).text().toLowerCase(java.util.Locale.ROOT))
                    && pronoun >= 2 && sentence.token(pronoun - 1).text().equals(",") && sentence.token(pronoun - 2).isNoun()
                    && !isQuoted(sentence, pronoun - 2)) {
                return pronoun - 2;
            }
        }
        return -1;
    }

    /**
     * The verb's subject; when the parser gave it several (a quotation's own subject hung on the
     * reporting verb: "“…where the material is…,” he added"), the one nearest the verb.
     */
    private static int ownSubject(Sentence sentence, int verb) {
        int nearest = -1;
        for (Dependency arc : sentence.enhancedDependentArcs(verb)) {
            if (isActiveSubject(arc.relation()) && !sentence.token(arc.dependent()).partOfSpeech().startsWith("W")
                    && (nearest < 0 || Math.abs(arc.dependent() - verb) < Math.abs(nearest - verb))) {
                nearest = arc.dependent();
            }
        }
        if (nearest >= 0) {
            return quotedInsteadOfInverted(sentence, verb, nearest);
        }
        for (Dependency arc : sentence.dependentArcs(verb)) {
            if (isActiveSubject(arc.relation())) {
                return quotedInsteadOfInverted(sentence, verb, arc.dependent());
            }
        }
        return invertedSubject(sentence, verb);
    }

    /**
     * "“We are here for our children's water,” said Mona Salem": the parser may hang the
     * quotation's own subject ("We") on the reporting verb and the speaker after it as an object.
     * A subject inside quote marks, when the verb outside them has a name or pronoun right after
     * it, gives way to that one.
     */
    private static int quotedInsteadOfInverted(Sentence sentence, int verb, int subject) {
        if (!isQuoted(sentence, subject) || isQuoted(sentence, verb)) {
            return subject;
        }
        int inverted = invertedSubject(sentence, verb);
        return inverted >= 0 ? inverted : subject;
    }

    /**
     * Whether the token lies between an opening and a closing quote mark of its sentence (curly
     * or straight: the tagger marks an opening mark {@code ``} and a closing one {@code ''}).
     */
    static boolean isQuoted(Sentence sentence, int token) {
        boolean open = false;
        for (int i = 0; i < token; i++) {
            String text = sentence.token(i).text();
            String tag = sentence.token(i).partOfSpeech();
            if (text.equals("\u201C") || tag.equals("``")) {
                open = true;
            } else if (text.equals("\u201D") || tag.equals("''")) {
                open = false;
            }
        }
        return open;
    }

    /**
     * "…,” said Haddad.": a name or pronoun right after a reporting verb that itself follows the
     * quotation's punctuation is its subject, however the parser labelled it. After a question or
     * exclamation the splitter may start a sentence at the verb ("…?” | asked Haddad."): a
     * sentence opening with a lower-case verb is that frame. A participle ("…, accusing Lima of
     * …", "…, urging the government to …") has no subject after it: the noun there is its hearer
     * or target, and the speaker is the subject of the clause it qualifies. A relative word after
     * the verb ("…, comments that alarmed Somalia") shows a noun the tagger took for a verb: an
     * inverted subject follows the verb directly.
     */
    private static int invertedSubject(Sentence sentence, int verb) {
        if (sentence.token(verb).partOfSpeech().equals("VBG")) {
            return -1;
        }
        boolean afterPunctuation = verb > 0 && isPunctuation(sentence.token(verb - 1));
        boolean splitFrame = verb == 0 && Character.isLowerCase(sentence.token(0).text().charAt(0));
        if (!(afterPunctuation || splitFrame) || verb + 1 >= sentence.tokens().size()
                || RELATIVE_WORDS.contains(sentence.token(verb + 1).text().toLowerCase(java.util.Locale.ROOT))) {
            return -1;
        }
        for (Dependency arc : sentence.dependentArcs(verb)) {
            Token after = sentence.token(arc.dependent());
            if (arc.dependent() > verb && (after.isProperNoun() || after.isPronoun() || after.isNoun())
                    && INVERTED_SUBJECT.contains(arc.baseRelation())
                    && subtree(sentence, arc.dependent()).nextSetBit(0) == verb + 1) {
                return arc.dependent();
            }
        }
        return -1;
    }

    /** Words that open a relative clause or a complement, never an inverted speaker. */
    private static final Set<String> RELATIVE_WORDS = Set.of("that", "which", "who", "whose");

    private static boolean isActiveSubject(String relation) {
        return relation.equals("nsubj") || relation.equals("nsubj:xsubj");
    }

    /**
     * Tokens that may name the speaker, best first: a person's name hung from a title subject as
     * a bare dep, the subject's head, then the name in apposition ("the spokesman, Mehdi
     * Sadeghian,"), then the parts of a compound name.
     */
    static List<Integer> speakerCandidates(Sentence sentence, int subject) {
        List<Integer> candidates = new ArrayList<>();
        candidates.add(subject);
        for (Dependency arc : sentence.dependentArcs(subject)) {
            if (arc.baseRelation().equals("appos")) {
                candidates.add(arc.dependent());
            }
        }
        for (Dependency arc : sentence.dependentArcs(subject)) {
            String base = arc.baseRelation();
            if (base.equals("compound") || base.equals("flat")) {
                candidates.add(arc.dependent());
            }
        }
        for (Dependency arc : sentence.dependentArcs(subject)) {
            // "Finland's Foreign Minister Anna Liisa Korpela wrote" with the name hung as a bare dep of the
            // title: the name comes first, as a name in apposition does (the title alone may have been
            // linked to another minister)
            if (arc.baseRelation().equals("dep") && arc.dependent() > subject && sentence.token(arc.dependent()).namedEntityTag().equals("PERSON")
                    && sentence.token(subject).namedEntityTag().equals("TITLE")) {
                candidates.add(0, arc.dependent());
            }
        }
        for (Dependency arc : sentence.dependentArcs(subject)) {
            // "Organization of American States Secretary General Albert Ramdin said" parsed with the body's
            // name as the head and the titled person hung inside it: the person speaks, not the body
            if (arc.baseRelation().equals("nmod") && sentence.token(subject).namedEntityTag().equals("ORGANIZATION")
                    && sentence.token(subject).isProperNoun() && isTitledName(sentence, arc.dependent())) {
                candidates.add(0, arc.dependent());
            }
        }
        return candidates;
    }

    /** A person's name with a title word among its compounds ("Secretary General Albert Ramdin"). */
    private static boolean isTitledName(Sentence sentence, int name) {
        return sentence.token(name).namedEntityTag().equals("PERSON") && sentence.dependentArcs(name).stream()
                .anyMatch(arc -> arc.baseRelation().equals("compound") && sentence.token(arc.dependent()).namedEntityTag().equals("TITLE"));
    }

    /**
     * "Kim was quoted as saying …", "Kim was quoted by KCNA as saying …", "KCNA quoted Kim as
     * saying …": the speaker is the one quoted — the passive subject of "quoted", or the object of
     * an active "quoted" — never the medium that quotes ("by KCNA", or the active subject). The
     * parser often hangs "saying" under the reported words, so a reporting verb introduced by
     * "as" looks back for the "quoted" before it. Empty when the verb is in no such frame.
     */
    static OptionalInt quotedSource(Sentence sentence, int verb) {
        int quote = isQuoteVerb(sentence, verb) ? verb : quoteVerbBefore(sentence, verb);
        if (quote < 0) {
            return OptionalInt.empty();
        }
        int object = -1;
        for (Dependency arc : sentence.dependentArcs(quote)) {
            if (arc.relation().equals("nsubj:pass")) {
                return OptionalInt.of(arc.dependent());
            }
            if (arc.baseRelation().equals("obj") && object < 0) {
                object = arc.dependent();
            }
        }
        return object >= 0 && hasAsSaying(sentence, quote) ? OptionalInt.of(object) : OptionalInt.empty();
    }

    static boolean isQuoteVerb(Sentence sentence, int token) {
        return token >= 0 && sentence.token(token).isVerb() && "quote".equalsIgnoreCase(sentence.token(token).lemma());
    }

    /** "… quoted [by the agency] as saying": the "quoted" a reporting verb right after "as" belongs to. */
    private static int quoteVerbBefore(Sentence sentence, int verb) {
        if (verb < 2 || !sentence.token(verb - 1).text().equalsIgnoreCase("as")) {
            return -1;
        }
        for (int i = verb - 2; i >= 0 && i >= verb - QUOTED_BY_WORDS; i--) {
            if (isQuoteVerb(sentence, i)) {
                return i;
            }
            if (Syntax.isContentVerb(sentence, i) || sentence.token(i).text().equals(",")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether "as" and a reporting word follow the active "quoted" within a few words ("quoted Kim as
     * saying"), or after the object and an apposition of its own with no verb in it ("quoted Kim Yo
     * Jong, the powerful sister of leader Kim Jong Un, as saying").
     */
    private static boolean hasAsSaying(Sentence sentence, int quote) {
        for (int i = quote + 1; i < sentence.tokens().size() - 1 && i <= quote + QUOTED_OBJECT_WORDS; i++) {
            if (sentence.token(i).text().equalsIgnoreCase("as") && sentence.token(i + 1).isVerb()) {
                return true;
            }
            if (i > quote + QUOTED_BY_WORDS && (sentence.token(i).isVerb() || sentence.token(i).text().equals(";"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "was quoted as saying the forces must be ready": the clause a "quoted" reports, which the
     * parser hangs from it as an adverbial clause marked "as" (with "saying" left as a loose word).
     */
    static boolean isQuotedClause(Sentence sentence, int quote, int clause) {
        if (!isQuoteVerb(sentence, quote) || head(sentence, clause) != quote
                || !baseRelation(relation(sentence, clause)).equals("advcl")) {
            return false;
        }
        for (Dependency arc : sentence.dependentArcs(clause)) {
            if (arc.baseRelation().equals("mark") && sentence.token(arc.dependent()).text().equalsIgnoreCase("as")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token is punctuation (including quote marks). */
    static boolean isPunctuation(Token token) {
        for (int i = 0; i < token.text().length(); i++) {
            if (Character.isLetterOrDigit(token.text().charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A verb's subject token (or -1) and whether it came from the verb it hangs from. */
    /** Whether an odd number of quote marks stand between the offset's paragraph start and it. */
    static boolean insideQuoteMarks(AnnotatedDocument document, int offset) {
        String text = document.text();
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        int open = 0;
        for (int i = start; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\u201C') {
                open++;
            } else if (c == '\u201D') {
                open = Math.max(0, open - 1);
            } else if (c == '"') {
                open = open > 0 ? 0 : 1;
            }
        }
        return open > 0;
    }

    record Subject(int token, boolean inherited) {
        boolean found() {
            return token >= 0;
        }
    }
}
