package org.annalist.events;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.Entity;
import org.annalist.events.patterns.ComplementCondition;
import org.annalist.events.patterns.EventPattern;
import org.annalist.events.patterns.PatternDictionary;
import org.annalist.events.patterns.TriggerKind;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Sentence;
import org.annalist.language.TimeExpression;
import org.annalist.language.Token;
import org.annalist.quotes.Quote;

/**
 * Statements that are events by what they say: "This was a reckless attack on a ship," a British
 * minister said (ACCUSE, GBR → the attackers); "they will get a firm answer" (THREATEN); "the
 * border is not up for discussion" (REJECT). No verb of accusing, threatening or refusing carries
 * them, so the pattern coder does not see them; the evaluative words of {@link StatementLexicon} do.
 *
 * <p>For each sentence, after the pattern coder: every quotation (direct, or the reported clause
 * of indirect speech) whose speaker has a code, the words of {@code statement-words.tsv} among its
 * words in this sentence; when {@link StatementReading} finds they state an act (not a denial, a
 * condition, the content of another coded act, ...), the statement is coded from the speaker to
 * {@link StatementTarget}'s target. Not coded either: a statement aimed at nobody the text names
 * or only at the speaker's own side, and one that repeats an event of the same type by the same
 * speaker already coded from the sentence, the same quotation or, against the same target, the
 * sentence before (no doubles).
 */
final class StatementEvents {

    private final StatementLexicon lexicon;
    private final StatementReading reading;
    private final StatementTarget targets = new StatementTarget();
    private final EventRecorder recorder;

    StatementEvents(StatementLexicon lexicon, EventRecorder recorder, WordLists words, PatternDictionary patterns) {
        this.lexicon = lexicon;
        this.reading = new StatementReading(words, patterns);
        this.recorder = recorder;
    }

    void code(ArticleState state, SentenceGraph graph, List<TimeExpression> times) {
        Sentence sentence = graph.sentence();
        for (Quote quote : state.quotes) {
            if (quote.speaker() == null || quote.end() <= sentence.start() || quote.start() >= sentence.end()) {
                continue;
            }
            Optional<Entity> speakerEntity = state.actors.byId(quote.speaker()).filter(entity -> entity.code() != null);
            if (speakerEntity.isEmpty()) {
                continue;
            }
            int from = firstTokenFrom(graph, quote.start());
            int to = firstTokenFrom(graph, quote.end());
            if (from >= to) {
                continue;
            }
            for (StatementLexicon.Cue cue : lexicon.find(graph, from, to)) {
                codeCue(state, graph, quote, speakerEntity.get(), cue, from, to, times);
            }
        }
    }

    private void codeCue(ArticleState state, SentenceGraph graph, Quote quote, Entity speakerEntity, StatementLexicon.Cue cue,
            int from, int to, List<TimeExpression> times) {
        StatementLexicon.Entry entry = cue.entry();
        int head = StatementTarget.headOf(graph, cue.tokens());
        TriggerMatch match = new TriggerMatch(pattern(entry, graph.token(head)), head, cue.tokens(), List.of(), Map.of());
        Optional<StatementReading.Refusal> refusal = reading.refusal(state, graph, entry, cue.tokens(), head);
        if (refusal.isPresent()) {
            state.decide(graph, match, refusal.get().reason(), refusal.get().detail(), null);
            return;
        }
        Token headToken = graph.token(head);
        EventParty speaker = PartyFinder.party(speakerEntity, headToken);
        speaker = new EventParty(speaker.entity(), speaker.name(), speaker.code(), speaker.sector(),
                new Span(headToken.start(), headToken.end(), headToken.text()));
        StatementTarget.Target target = targets.of(state, graph, cue.tokens(), speaker, from, to);
        if (target.parties().isEmpty()) {
            state.decide(graph, match, DecisionReason.NO_TARGET, "a statement aimed at no other party the text names", null);
            return;
        }
        Optional<Event> repeated = repeated(state, graph, quote, entry.event(), speaker.code(), target.parties());
        if (repeated.isPresent()) {
            state.decide(graph, match, DecisionReason.DUPLICATE, "already coded " + repeated.get().id() + " ("
                    + repeated.get().event() + " by the same speaker)", null);
            return;
        }
        Candidate candidate = new Candidate(match, new PartyFinder.Filling(List.of(speaker), "speaker of the quotation"),
                new PartyFinder.Filling(target.parties(), target.source()), List.of());
        CodingConvention.Coding coding = new CodingConvention.Coding(entry.event(), entry.cameo(), null, List.of(), entry.rule());
        recorder.record(state, graph, candidate, List.of(speaker), target.parties(), coding, List.of(), times, lexicon.sourceOf(entry));
    }

    /**
     * An event of the type by the same speaker's code already coded from this sentence, or from an
     * earlier sentence of the same quotation: one statement is one event.
     */
    private static Optional<Event> repeated(ArticleState state, SentenceGraph graph, Quote quote, String eventType, String speakerCode,
            List<EventParty> targets) {
        int sentenceIndex = graph.sentence().index();
        Set<String> targetCodes = codes(targets);
        for (Event event : state.events) {
            if (!event.event().equals(eventType) || event.actors().stream().noneMatch(party -> speakerCode.equals(party.code()))) {
                continue;
            }
            boolean sameSentence = event.evidence().sentenceIndex() == sentenceIndex;
            boolean sameQuote = quote.id().equals(event.evidence().quote());
            // "… and accused Iran of piracy. 'This is the third unlawful seizure,' he said": one accusation
            boolean sameTargetJustBefore = event.evidence().sentenceIndex() == sentenceIndex - 1 && codes(event.recipients()).equals(targetCodes);
            if (sameSentence || sameQuote || sameTargetJustBefore) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    private static Set<String> codes(List<EventParty> parties) {
        Set<String> codes = new HashSet<>();
        parties.forEach(party -> codes.add(party.code()));
        return codes;
    }


    private static int firstTokenFrom(SentenceGraph graph, int offset) {
        for (int index = 0; index < graph.size(); index++) {
            if (graph.token(index).start() >= offset) {
                return index;
            }
        }
        return graph.size();
    }

    /** The row as a pattern, so that the event, its decisions and its provenance are recorded as every other event's. */
    private static EventPattern pattern(StatementLexicon.Entry entry, Token head) {
        TriggerKind kind = head.isVerb() ? TriggerKind.VERB : TriggerKind.NOUN;
        return new EventPattern(entry.rule(), kind, String.join(" ", entry.words()), entry.words().get(0), List.of(), List.of(), Map.of(), Map.of(),
                List.of(), List.of(), entry.cameo(), entry.event(), null, List.of(), false, ComplementCondition.NONE, entry.source(),
                entry.line());
    }
}
