package org.annalist.quotes;

import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * A report inside a relative clause, read from its words: "tankers it said had moved Iranian
 * oil", "a step Beirut says violates the deal", "the shadow fleet that Brussels says is used to
 * ship Russian oil", "an exchange of fire that officials on both sides said killed four people".
 *
 * <p>Why: wire copy hedges a description it cannot vouch for by slipping its source into the
 * relative clause. The relativised noun is the reported clause's subject, so the reporting verb
 * is followed straight by the clause's verb, and the parser has no subject to hang it from: it
 * makes "said" an auxiliary, an adjective or a clause of the main verb, and the report is lost.
 * The words are plain: a relative word or a noun, the source, the reporting verb, then a verb.
 * The report is the words from that verb to the next comma or the sentence's end; the source is
 * the speaker, or nobody when it names no actor ("officials on both sides").
 */
final class RelativeClauseReport {

    private static final Set<String> RELATIVE_WORDS = Set.of("that", "which", "what");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    /** Word classes of the source between the relative word and the verb ("officials on both sides", "the U.S. Treasury"). */
    private static final Set<String> SOURCE_TAGS = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "IN", "CD", "POS");
    /** Longest source, in tokens. */
    private static final int SOURCE_MAX_TOKENS = 6;
    /** Fewest words of a report (not "was a" before a quotation). */
    private static final int REPORT_MIN_WORDS = 3;

    private final SpeechVerbs verbs;
    private final SpeakerFinder speakers;

    RelativeClauseReport(SpeechVerbs verbs, SpeakerFinder speakers) {
        this.verbs = verbs;
        this.speakers = speakers;
    }

    /** The report whose reporting verb is at the token, when the words have the relative shape. */
    Optional<ReportedSpeech> find(Sentence sentence, int verb) {
        return shape(sentence, verb).map(Shape::report);
    }

    /**
     * The tokens of the whole relative report, from its relative word or source to its last word
     * ("that officials on both sides said killed at least four people"), for cutting it out of a
     * report around it.
     */
    Optional<BitSet> tokensOf(Sentence sentence, int verb) {
        return shape(sentence, verb).map(Shape::tokens);
    }

    /** A report found and the tokens it spans with its relative word and source. */
    private record Shape(ReportedSpeech report, BitSet tokens) {}

    private Optional<Shape> shape(Sentence sentence, int verb) {
        Token token = sentence.token(verb);
        if (!FINITE.contains(token.partOfSpeech()) || verbs.kindOf(token.lemma()).filter(kind -> kind == SpeechVerbKind.SPEECH).isEmpty()
                || verb + 1 >= sentence.tokens().size() || !isClauseVerb(sentence, verb + 1)) {
            return Optional.empty();
        }
        int source = sourceStart(sentence, verb);
        if (source < 0) {
            return Optional.empty();
        }
        int head = sourceHead(sentence, source, verb);
        BitSet words = new BitSet();
        for (int i = verb + 1; i < sentence.tokens().size(); i++) {
            Token word = sentence.token(i);
            if (Set.of(",", ";", ":").contains(word.text()) || isQuoteMark(word) || (Syntax.isPunctuation(word) && i == sentence.tokens().size() - 1)) {
                break;
            }
            words.set(i);
        }
        if (ReportSpan.words(sentence, words) < REPORT_MIN_WORDS) {
            return Optional.empty();
        }
        Attribution speaker = speakers.speakerOfPhrase(sentence, head, "indirect:relative-clause-report");
        BitSet tokens = (BitSet) words.clone();
        tokens.set(source > 0 && RELATIVE_WORDS.contains(sentence.token(source - 1).text().toLowerCase(Locale.ROOT)) ? source - 1 : source, verb + 1);
        return ReportSpan.span(sentence, words).map(span -> new Shape(new ReportedSpeech(span[0], span[1], speaker), tokens));
    }

    /**
     * "had", "is", "violates", "carried": the reported clause's own verb, with no subject before
     * it; a plural noun followed by a determiner is a verb the tagger misread ("says breaches the
     * agreement").
     */
    private static boolean isClauseVerb(Sentence sentence, int index) {
        Token token = sentence.token(index);
        boolean misreadVerb = token.partOfSpeech().equals("NNS") && index + 1 < sentence.tokens().size()
                && Set.of("DT", "PRP$").contains(sentence.token(index + 1).partOfSpeech());
        return FINITE.contains(token.partOfSpeech()) || token.partOfSpeech().equals("MD") || misreadVerb
                || (token.partOfSpeech().equals("VBN") && !token.text().equalsIgnoreCase("been"));
    }

    /**
     * Where the source starts: right after a relative word within reach ("that officials on both
     * sides said"), or, with no relative word, a pronoun, a name or a determined noun right after
     * a noun ("tankers it said", "a step Beirut says", "a verdict his supporters said"); -1 when
     * the words before the verb have another shape.
     */
    private static int sourceStart(Sentence sentence, int verb) {
        for (int i = verb - 1; i >= Math.max(0, verb - SOURCE_MAX_TOKENS - 1); i--) {
            Token word = sentence.token(i);
            if (RELATIVE_WORDS.contains(word.text().toLowerCase(Locale.ROOT)) && i < verb - 1) {
                return i + 1;
            }
            if (!SOURCE_TAGS.contains(word.partOfSpeech())) {
                break;
            }
        }
        int start = verb - 1;
        int determiner = determinedNounBefore(sentence, verb);
        if (determiner > 0) {
            start = determiner; // "a verdict his supporters said was meant to …"
        } else if (!sentence.token(start).partOfSpeech().equals("PRP")) {
            while (start > 0 && sentence.token(start).partOfSpeech().startsWith("NNP") && sentence.token(start - 1).partOfSpeech().startsWith("NNP")) {
                start--;
            }
            if (!sentence.token(start).partOfSpeech().startsWith("NNP")) {
                return -1;
            }
        }
        String before = start > 0 ? sentence.token(start - 1).partOfSpeech() : "";
        return before.equals("NN") || before.equals("NNS") ? start : -1;
    }

    /** Where a determined noun right before the verb starts ("his supporters", "the ministry"), or -1. */
    private static int determinedNounBefore(Sentence sentence, int verb) {
        int noun = verb - 1;
        if (noun < 2 || !Set.of("NN", "NNS").contains(sentence.token(noun).partOfSpeech())) {
            return -1;
        }
        int first = sentence.token(noun - 1).partOfSpeech().equals("JJ") ? noun - 2 : noun - 1;
        return first >= 1 && Set.of("DT", "PRP$").contains(sentence.token(first).partOfSpeech()) ? first : -1;
    }

    /** The source's head: its last noun or pronoun before any preposition ("officials" in "officials on both sides"). */
    private static int sourceHead(Sentence sentence, int start, int verb) {
        int head = verb - 1;
        for (int i = start; i < verb; i++) {
            Token word = sentence.token(i);
            if (word.partOfSpeech().equals("IN")) {
                break;
            }
            if (word.isNoun() || word.isPronoun()) {
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
