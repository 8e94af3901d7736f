package org.annalist.quotes;

import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * The agency lead read from its words, not its parse: "(clause), (speaker) said (when, where)."
 * and "(clause), said (speaker)."
 *
 * <p>Why: on long leads the parser often hangs the closing "said" inside the reported clause
 * ("…help Nigeria find the abducted schoolchildren, a U.S. embassy spokesperson said" makes
 * "said" a complement of "find", with "schoolchildren" as its subject), or leaves it a bare
 * {@code dep}; the tree-based rules then find no report at all. The frame itself is
 * unambiguous: a comma, a noun phrase with no verb of its own, the reporting verb, then only
 * adjuncts ("on Tuesday", "in a statement", "told reporters") up to the sentence end or a
 * comma before a participle ("…, adding that …", reported on its own). Everything before the
 * comma is what was said, and the noun phrase is the speaker. Used only for a reporting verb
 * for which the tree gives no reported clause.
 */
final class TrailingAttribution {

    /** Part-of-speech tags of a finite verb: a speaker phrase holds none, a reported clause at least one. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    /** Longest speaker phrase, in tokens ("a senior official in the regional government of Kaduna state"). */
    private static final int SPEAKER_MAX_TOKENS = 14;
    /** Fewest words a reported clause has. */
    private static final int CLAUSE_MIN_WORDS = 4;
    /** Words that open a clause inside what looks like a noun phrase: such a phrase is no plain speaker. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("who", "which", "that", "whose", "whom", "where", "when", "if", "as");

    private final SpeakerFinder speakers;
    /** Verbs whose object is the audience, not the words ("told reporters"): frame-words.tsv, role hearer-verb. */
    private final FrameWords frames;

    TrailingAttribution(SpeakerFinder speakers, FrameWords frames) {
        this.speakers = speakers;
        this.frames = frames;
    }

    /** The report the frame around the reporting verb shows, or empty when the words do not have that shape. */
    Optional<ReportedSpeech> find(Sentence sentence, int verb) {
        if (!Set.of("VBD", "VBZ").contains(sentence.token(verb).partOfSpeech()) || verb < 2) {
            return Optional.empty();
        }
        int comma;
        int phraseStart;
        int phraseEnd;
        if (sentence.token(verb - 1).text().equals(",")) {
            comma = verb - 1; // "…, said a spokesperson for the ministry."
            phraseStart = verb + 1;
            phraseEnd = endOfAdjuncts(sentence, verb, verb + 1);
        } else {
            comma = verb - 1;
            while (comma >= 0 && !sentence.token(comma).text().equals(",")) {
                comma--;
            }
            phraseStart = comma + 1;
            phraseEnd = verb;
            if (endOfAdjuncts(sentence, verb, verb + 1) < 0) {
                return Optional.empty();
            }
        }
        if (comma < 1 || phraseEnd < 0 || phraseEnd - phraseStart < 1 || phraseEnd - phraseStart > SPEAKER_MAX_TOKENS
                || !isPlainNounPhrase(sentence, phraseStart, phraseEnd)) {
            return Optional.empty();
        }
        BitSet clause = new BitSet();
        clause.set(0, comma);
        if (!isClause(sentence, clause)) {
            return Optional.empty();
        }
        int head = phraseHead(sentence, phraseStart, phraseEnd);
        if (head < 0) {
            return Optional.empty();
        }
        Attribution speaker = speakers.speakerOfPhrase(sentence, head, "indirect:trailing-attribution");
        return ReportSpan.span(sentence, clause).map(span -> new ReportedSpeech(span[0], span[1], speaker));
    }

    /**
     * The parenthetical attribution: "The curfew, she said, would be lifted on Friday", "If the
     * talks fail, he said, the region would hold a referendum". The parser hangs the verb as an
     * aside of the reported verb, so no clause is found under it. A comma, a plain noun phrase,
     * the verb and its adjuncts, a comma, and a finite clause going on after it: the sentence is
     * the report (the aside included, so that the words stay one slice of text), and the noun
     * phrase its speaker. Not in a sentence with quote marks: a quotation is attributed as one.
     */
    Optional<ReportedSpeech> parenthetical(Sentence sentence, int verb, java.util.function.Supplier<Attribution> speaker) {
        if (!Set.of("VBD", "VBZ").contains(sentence.token(verb).partOfSpeech()) || verb < 3) {
            return Optional.empty();
        }
        for (Token token : sentence.tokens()) {
            if (isQuoteMark(token)) {
                return Optional.empty();
            }
        }
        int comma = verb - 1;
        while (comma >= 0 && !sentence.token(comma).text().equals(",")) {
            comma--;
        }
        int closing = verb + 1;
        while (closing < sentence.tokens().size() && !sentence.token(closing).text().equals(",")) {
            if (FINITE.contains(sentence.token(closing).partOfSpeech()) || Syntax.head(sentence, closing) == verb
                    && Set.of("obj", "ccomp", "xcomp").contains(Syntax.baseRelation(Syntax.relation(sentence, closing)))) {
                return Optional.empty();
            }
            closing++;
        }
        if (comma < 1 || verb - comma - 1 < 1 || verb - comma - 1 > SPEAKER_MAX_TOKENS || closing >= sentence.tokens().size() - 1
                || !isPlainNounPhrase(sentence, comma + 1, verb) || phraseHead(sentence, comma + 1, verb) < 0) {
            return Optional.empty();
        }
        BitSet after = new BitSet();
        after.set(closing + 1, sentence.tokens().size());
        if (!isClause(sentence, after)) {
            return Optional.empty();
        }
        BitSet report = new BitSet();
        report.set(0, sentence.tokens().size());
        return ReportSpan.span(sentence, report).map(span -> new ReportedSpeech(span[0], span[1], speaker.get()));
    }

    /**
     * Where the words after the verb stop being its adjuncts: the sentence's final punctuation
     * or a comma before a participle ("…, adding that …"). -1 when a finite verb or a quote mark
     * comes first, or an object of the verb ("said nothing"; only "told" takes its hearers as
     * one): the verb has a report of its own.
     */
    private int endOfAdjuncts(Sentence sentence, int verb, int from) {
        boolean tells = frames.is(FrameWords.Role.HEARER_VERB, sentence.token(verb).lemma());
        for (int i = from; i < sentence.tokens().size(); i++) {
            Token token = sentence.token(i);
            String relation = Syntax.baseRelation(Syntax.relation(sentence, i));
            if (Syntax.head(sentence, i) == verb && (Set.of("ccomp", "xcomp").contains(relation)
                    || (!tells && Set.of("obj", "iobj").contains(relation)))) {
                return -1;
            }
            if (token.text().equals(",")) {
                boolean participle = i + 1 < sentence.tokens().size() && sentence.token(i + 1).partOfSpeech().equals("VBG");
                return participle ? i : -1;
            }
            if (FINITE.contains(token.partOfSpeech()) || isQuoteMark(token)) {
                return -1;
            }
            if (Syntax.isPunctuation(token) && i == sentence.tokens().size() - 1) {
                return i;
            }
        }
        return sentence.tokens().size();
    }

    /** No finite verb, quote mark or clause opener, no coordinator first ("…, and on Friday the minister said"); a noun or pronoun. */
    private static boolean isPlainNounPhrase(Sentence sentence, int from, int end) {
        if (sentence.token(from).partOfSpeech().equals("CC")) {
            return false;
        }
        boolean noun = false;
        for (int i = from; i < end; i++) {
            Token token = sentence.token(i);
            if (FINITE.contains(token.partOfSpeech()) || isQuoteMark(token) || token.text().equals(";")
                    || CLAUSE_OPENERS.contains(token.text().toLowerCase(Locale.ROOT))) {
                return false;
            }
            noun |= token.isNoun() || token.isPronoun();
        }
        return noun;
    }

    /** A finite verb, enough words, no quote mark (a quotation is attributed as one). */
    private static boolean isClause(Sentence sentence, BitSet clause) {
        int words = 0;
        boolean finite = false;
        boolean opening = true;
        for (int i = clause.nextSetBit(0); i >= 0; i = clause.nextSetBit(i + 1)) {
            Token token = sentence.token(i);
            if (isQuoteMark(token) && !opening) {
                return false; // a closing mark the splitter left at the start ("” Australia offered …") is the last quotation's
            }
            opening &= Syntax.isPunctuation(token);
            finite |= FINITE.contains(token.partOfSpeech());
            words += Syntax.isPunctuation(token) ? 0 : 1;
        }
        return finite && words >= CLAUSE_MIN_WORDS;
    }

    /**
     * The phrase's head: its one noun whose governor lies outside the phrase and that is no
     * prepositional object or date ("on Tuesday" after an inverted "said"). Two such nouns are
     * two phrases ("…, a charge Kigali denied": a reduced relative clause, not a speaker): -1.
     */
    private static int phraseHead(Sentence sentence, int from, int end) {
        int head = -1;
        for (int i = from; i < end; i++) {
            Token token = sentence.token(i);
            int governor = Syntax.head(sentence, i);
            boolean outside = governor < from || governor >= end;
            boolean prepositional = sentence.dependentArcs(i).stream().anyMatch(arc -> arc.baseRelation().equals("case"));
            boolean date = Set.of("DATE", "TIME").contains(token.namedEntityTag());
            if (outside && (token.isNoun() || token.isPronoun()) && !prepositional && !date) {
                if (head >= 0) {
                    return -1;
                }
                head = i;
            }
        }
        return head;
    }

    private static boolean isQuoteMark(Token token) {
        String text = token.text();
        return text.equals("\u201C") || text.equals("\u201D") || text.equals("\"") || text.equals("``") || text.equals("''");
    }
}
