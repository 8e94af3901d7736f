package org.annalist.quotes;

import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.actors.MentionKind;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * "NAME, (aside), said (clause)." read from its words: "Vice President Rosario Murillo, who
 * shares power with her husband, President Daniel Ortega, said …", "Ortega's spokeswoman and
 * daughter, Camila Ortega, said …", "The mayor of Leon, Roberto Sanchez, who visited the site,
 * said …".
 *
 * <p>Why: an aside between the speaker's name and the reporting verb (a relative clause, an
 * appositive naming another person, a coordinated role) is where the parser most often loses
 * the subject: it takes a noun inside the aside for it ("power", "daughter"), or makes "said" a
 * relative clause and the reported verb the root. The words are plain, though: the sentence
 * opens with the speaker's name (after its title, or after a role and a comma), a comma, the
 * aside, a comma, then the verb. Used only when the parse gives the verb no actor as subject.
 */
final class AsideAttribution {

    /** Entity types that speak in their own name. */
    private static final Set<String> SPEAKER_TYPES = Set.of("PERSON", "ORGANIZATION");
    /** Longest aside, in tokens. */
    private static final int ASIDE_MAX_TOKENS = 25;
    /** How far after the verb a "that" still opens the report ("said in a letter on Friday that …"). */
    private static final int THAT_REACH = 8;
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    /** Types that speak in their own name only before a relative clause ("Brazil, which borders both countries, said"). */
    private static final Set<String> RELATIVE_ONLY_TYPES = Set.of("COUNTRY");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who");
    /** Word classes of an opening noun phrase: "A senior French diplomat", "The Nepal Student Union", "A diplomat at the United Nations". */
    private static final Set<String> PHRASE_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$", "HYPH", "IN");

    private final ActorAnalysis actors;
    private final SpeechVerbs verbs;

    AsideAttribution(ActorAnalysis actors, SpeechVerbs verbs) {
        this.actors = actors;
        this.verbs = verbs;
    }

    /**
     * The name the sentence opens with and the token after it.
     *
     * @param entity the named person or body
     * @param afterName the first token after the name: a subject the parse finds from here to the verb lies inside the aside
     */
    record Opening(Entity entity, int afterName) {}

    /** The named person or body the sentence opens with, when an aside set off by commas stands between it and the verb. */
    Optional<Opening> nameBeforeAside(Sentence sentence, int verb) {
        if (verb < 3 || !sentence.token(verb - 1).text().equals(",") || !sentence.token(verb).isVerb()) {
            return Optional.empty();
        }
        for (int first = 0; first < verb - 2; first++) {
            Token token = sentence.token(first);
            if (isQuoteMark(token) || (token.isVerb() && !isTitle(token))) {
                return Optional.empty(); // a clause opens the sentence: its subject is no name before an aside
            }
            Optional<Entity> entity = actors.entityAt(token.start()).filter(found -> SPEAKER_TYPES.contains(found.type())
                    || RELATIVE_ONLY_TYPES.contains(found.type()));
            Optional<Mention> mention = entity.flatMap(found -> nameMentionAt(found, token.start()));
            if (mention.isEmpty()) {
                continue;
            }
            int after = first;
            while (after < verb && sentence.token(after).end() <= mention.get().end()) {
                after++;
            }
            boolean comma = after < verb && sentence.token(after).text().equals(",");
            boolean appositive = after == verb - 1 && first > 0 && sentence.token(first - 1).text().equals(","); // "role, NAME, said"
            boolean relative = after + 1 < verb && RELATIVE_PRONOUNS.contains(sentence.token(after + 1).text().toLowerCase(Locale.ROOT));
            if (RELATIVE_ONLY_TYPES.contains(entity.get().type()) && !relative) {
                return Optional.empty(); // "Kenya, Uganda and Tanzania said": a list, not a country and an aside
            }
            if (comma && opensWell(sentence, first) && (appositive || isAside(sentence, after + 1, verb - 1))) {
                return namesAnInnerTitle(sentence, first, after) ? Optional.empty() : Optional.of(new Opening(entity.get(), after));
            }
            if (!(after < sentence.tokens().size() && sentence.token(after).partOfSpeech().equals("POS"))) {
                return Optional.empty(); // the first name is no speaker before an aside ("Officials close to X, …")
            }
            first = after; // "Ortega's spokeswoman and daughter, Camila Ortega, said": a possessive name is the role's
        }
        return Optional.empty();
    }

    /**
     * "A senior official, who asked not to be named, said …", "A diplomat at the United Nations,
     * speaking on condition of anonymity, said …", "The Nepal Student Union, which organised the
     * march, said …": the head of the common noun phrase the sentence opens with, when an aside
     * that a relative pronoun or a participle opens stands between it, set off by commas, and the
     * verb. Wire copy introduces unnamed sources and bodies this way as often as named people, and
     * the parser loses the subject in the same way (it makes "said" a relative clause of the noun,
     * or an adjective); the phrase says who spoke, or that nobody named did.
     */
    OptionalInt phraseBeforeAside(Sentence sentence, int verb) {
        if (verb < 4 || !sentence.token(verb - 1).text().equals(",") || !sentence.token(verb).isVerb()
                || !FINITE.contains(sentence.token(verb).partOfSpeech())) {
            return OptionalInt.empty();
        }
        int comma = -1;
        int head = -1;
        boolean preposition = false;
        for (int i = 0; i < verb - 1 && comma < 0; i++) {
            Token token = sentence.token(i);
            if (token.text().equals(",")) {
                comma = i;
            } else if (!PHRASE_TAGS.contains(token.partOfSpeech()) || isQuoteMark(token) || (i == 0 && token.partOfSpeech().equals("IN"))) {
                return OptionalInt.empty(); // a clause or an opening adverbial ("In Manila, …"), not a noun phrase
            } else if (token.partOfSpeech().equals("IN")) {
                preposition = true;
            } else if (token.isNoun() && !preposition) {
                head = i; // the last noun before any preposition: "A diplomat at the United Nations"
            }
        }
        if (comma < 1 || head < 0 || !opensAside(sentence.token(comma + 1)) || !isAside(sentence, comma + 1, verb - 1)) {
            return OptionalInt.empty();
        }
        int boundary = comma;
        boolean subjectInPhrase = sentence.dependentArcs(verb).stream()
                .anyMatch(arc -> arc.baseRelation().equals("nsubj") && arc.dependent() < boundary);
        return subjectInPhrase ? OptionalInt.empty() : OptionalInt.of(head); // a sound parse: the verb's own subject speaks
    }

    /** An aside that describes the phrase before it: a relative clause or a participle ("who asked …", "speaking on condition …"). */
    private static boolean opensAside(Token token) {
        return RELATIVE_PRONOUNS.contains(token.text().toLowerCase(Locale.ROOT)) || token.text().equalsIgnoreCase("whose")
                || token.partOfSpeech().equals("VBG");
    }

    /**
     * The words after the verb when they are a clause of their own: "said (on Friday) (that)
     * the priests had conspired …", up to a quote mark. Empty when they hold no finite verb.
     */
    Optional<BitSet> clauseAfter(Sentence sentence, int verb) {
        int start = verb + 1;
        for (int i = verb + 1; i < Math.min(sentence.tokens().size(), verb + 1 + THAT_REACH); i++) {
            Token token = sentence.token(i);
            if (FINITE.contains(token.partOfSpeech())) {
                break;
            }
            if (token.text().equalsIgnoreCase("that")) {
                start = i + 1;
                break;
            }
        }
        if (start < sentence.tokens().size() && sentence.token(start).text().equals(",")) {
            return Optional.empty();
        }
        BitSet clause = new BitSet();
        boolean finite = false;
        int words = 0;
        int end = reportEnd(sentence, start);
        for (int i = start; i < end; i++) {
            Token token = sentence.token(i);
            if (isQuoteMark(token)) {
                break; // "said Riyadh feared the truce “could unravel …”": the quoted words are a quotation of their own
            }
            if (!finite && FINITE.contains(token.partOfSpeech()) && Syntax.head(sentence, i) == verb
                    && Syntax.baseRelation(Syntax.relation(sentence, i)).equals("conj")) {
                // "Kaja Kallas, condemned the violence and said the bloc would …": the first finite verb is the
                // verb's own conjunct, so the words before it are its object, not a clause
                return Optional.empty();
            }
            finite |= FINITE.contains(token.partOfSpeech());
            words += Syntax.isPunctuation(token) ? 0 : 1;
            clause.set(i);
        }
        return finite && words >= 3 ? Optional.of(clause) : Optional.empty();
    }

    /**
     * Where the report ends: the sentence's end, or ", and" / ", but" before another reporting verb
     * ("said it was ready to help, and its foreign ministry said …": the second report is its own).
     */
    private int reportEnd(Sentence sentence, int start) {
        int size = sentence.tokens().size();
        for (int i = start; i + 1 < size; i++) {
            String next = sentence.token(i + 1).text().toLowerCase(Locale.ROOT);
            if (!sentence.token(i).text().equals(",") || !(next.equals("and") || next.equals("but"))) {
                continue;
            }
            for (int later = i + 2; later < size; later++) {
                if (Syntax.isContentVerb(sentence, later) && verbs.kindOf(sentence.token(later).lemma()).isPresent()) {
                    return i;
                }
            }
        }
        return size;
    }

    /**
     * The name stands first (after its title words, and the adjectives of nationality or rank
     * before them: "South Korean President Lee …", "Former Prime Minister …"), or after a role
     * phrase and a comma ("The mayor of Leon, Roberto Sanchez,").
     */
    private static boolean opensWell(Sentence sentence, int name) {
        boolean titlesOnly = true;
        for (int i = 0; i < name; i++) {
            Token token = sentence.token(i);
            titlesOnly &= isTitle(token) || token.partOfSpeech().equals("DT") || token.partOfSpeech().equals("JJ");
        }
        return titlesOnly || sentence.token(name - 1).text().equals(",");
    }

    /**
     * "An aide to the movement's leader, Ibrahim Tahir, said": a name set in apposition to a
     * title inside the role phrase before it (the leader's, not the aide's) is another person.
     */
    private static boolean namesAnInnerTitle(Sentence sentence, int first, int end) {
        for (int token = first; token < end; token++) {
            int governor = Syntax.head(sentence, token);
            if (governor >= 0 && governor < first && Syntax.baseRelation(Syntax.relation(sentence, token)).equals("appos")) {
                int above = Syntax.head(sentence, governor);
                return sentence.token(governor).namedEntityTag().equals("TITLE") && above >= 0 && above < first;
            }
        }
        return false;
    }

    private static boolean isAside(Sentence sentence, int from, int end) {
        if (end - from < 1 || end - from > ASIDE_MAX_TOKENS) {
            return false;
        }
        for (int i = from; i < end; i++) {
            Token token = sentence.token(i);
            if (isQuoteMark(token) || token.text().equals(";") || token.text().equals(":")) {
                return false;
            }
        }
        String opener = sentence.token(from).text().toLowerCase(Locale.ROOT);
        return !opener.equals("and") && !opener.equals("but") && !opener.equals("or");
    }

    private static Optional<Mention> nameMentionAt(Entity entity, int offset) {
        for (Mention mention : entity.mentions()) {
            if (offset >= mention.start() && offset < mention.end()) {
                return mention.kind() == MentionKind.NAME || mention.kind() == MentionKind.ALIAS ? Optional.of(mention) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isTitle(Token token) {
        return token.namedEntityTag().equals("TITLE");
    }

    private static boolean isQuoteMark(Token token) {
        String text = token.text();
        return text.equals("\u201C") || text.equals("\u201D") || text.equals("\"") || text.equals("``") || text.equals("''");
    }
}
