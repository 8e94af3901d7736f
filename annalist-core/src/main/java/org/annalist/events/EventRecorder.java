package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annalist.dictionary.TsvTable;
import org.annalist.events.ontology.CameoCode;
import org.annalist.events.ontology.EventOntology;
import org.annalist.events.ontology.PloverEventType;
import org.annalist.events.patterns.EventPattern;
import org.annalist.events.patterns.PatternDictionary;
import org.annalist.language.Sentence;
import org.annalist.language.TimeExpression;
import org.annalist.language.Token;
import org.annalist.quotes.Quote;

/**
 * Builds the {@link Event} record for a decided candidate: contexts, place (else the dateline),
 * the visit mode, CAMEO and PLOVER scores, date, evidence (the sentence, the trigger span, the
 * quotation it stands in) and provenance (the rule file and its hash, the article and its text
 * hash, the software version). Every coded event goes through here, so every one carries the
 * same complete provenance.
 */
final class EventRecorder {

    private final EventOntology ontology;
    private final PatternDictionary patterns;
    private final ContextFinder contextFinder;
    private final String version;
    private final TriggerPositionFinder positions;
    private final EventAims aims;

    EventRecorder(EventOntology ontology, PatternDictionary patterns, ContextFinder contextFinder,
            TriggerPositionFinder positions, String version) {
        this.positions = positions;
        this.ontology = ontology;
        this.aims = EventAims.bundled(ontology);
        this.patterns = patterns;
        this.contextFinder = contextFinder;
        this.version = version;
    }

    void record(ArticleState state, SentenceGraph graph, Candidate candidate, List<EventParty> actors,
            List<EventParty> recipients, CodingConvention.Coding coding, List<String> aux, List<TimeExpression> times) {
        record(state, graph, candidate, actors, recipients, coding, aux, times, patterns.sourceOf(candidate.match().pattern()));
    }

    /** As {@link #record}, for a rule from another file than the pattern files ({@code statement-words.tsv}). */
    void record(ArticleState state, SentenceGraph graph, Candidate candidate, List<EventParty> actors,
            List<EventParty> recipients, CodingConvention.Coding coding, List<String> aux, List<TimeExpression> times, TsvTable ruleFile) {
        TriggerMatch match = candidate.match();
        EventPattern pattern = match.pattern();
        Token head = graph.token(match.head());
        Sentence sentence = graph.sentence();
        String eventType = coding.event();
        String mode = coding.mode();
        String rule = coding.rule();
        List<EventParty> allParties = new ArrayList<>(actors);
        allParties.addAll(recipients);
        List<String> contexts = contextFinder.contexts(graph, match, coding.contexts(), allParties);
        List<Span> partySpans = allParties.stream().map(EventParty::mention).toList();
        EventLocation location = state.setting.location(graph, partySpans, match.head());
        if (location == null) {
            location = state.dateline.orElse(null);
        }
        PloverEventType type = ontology.event(eventType).orElseThrow();
        Optional<EventAims.Narrowing> narrowed = aims.narrow(graph, match, coding.cameo());
        CameoCode cameo = ontology.cameo(narrowed.map(EventAims.Narrowing::code).orElse(coding.cameo())).orElseThrow();
        if (mode == null) {
            mode = cameo.ploverMode();
        }
        if (mode == null && eventType.equals("CONSULT") && location != null && isVisit(actors, recipients, location.code())) {
            mode = "visit";
        }
        Span trigger = triggerSpan(state.document.text(), graph, match);
        Quote quote = quoteAt(state.quotes, head.start());
        Evidence evidence = new Evidence(sentence.index(), sentence.text(), trigger,
                quote == null ? null : quote.id(), quote == null ? null : quote.speaker());
        List<ModelFile> classFiles = patterns.classSourcesOf(pattern).stream()
                .map(table -> new ModelFile(table.name(), table.sha256())).toList();
        Provenance provenance = new Provenance(ruleFile.name(), ruleFile.sha256(), state.document.article().id(),
                state.document.article().textHash(), version,
                derivation(candidate, recipients, positions.position(graph, match, times, state.document.article().date()),
                        TriggerRelationFinder.relations(graph, match)), null, null, classFiles);
        String id = "v" + (state.events.size() + 1);
        EventDating.EventDate date = state.setting.date(graph, times, match.head(), state.document.article().date(),
                aux.contains(Modality.FUTURE));
        state.events.add(new Event(id, date.day(), eventType, mode, contexts, actors, recipients, location, type.quadCode(),
                type.score(), cameo.code(), cameo.goldstein(), aux, evidence, rule, provenance, date.precision()));
        DecisionReason reason = aux.contains(Modality.NEGATION) ? DecisionReason.NEGATED
                : aux.contains(Modality.HYPOTHETICAL) ? DecisionReason.HYPOTHETICAL
                : aux.contains(Modality.FUTURE) ? DecisionReason.FUTURE : DecisionReason.EMITTED;
        state.decide(graph, match, reason, eventType + " " + cameo.code() + ": " + names(actors) + " ("
                + candidate.actor().source() + ") -> " + (recipients.isEmpty() ? "nobody" : names(recipients) + " ("
                + candidate.recipient().source() + ")") + (rule.equals(pattern.id()) ? "" : "; coded " + rule)
                + narrowed.map(aim -> "; CAMEO " + aim.code() + " for \"" + aim.aim() + "\" (" + EventAims.BUNDLED_FILE + ")").orElse(""), id);
    }

    /** Which paths filled the roles; recipients taken over from an absorbed complement have no source of their own. */
    private static EventDerivation derivation(Candidate candidate, List<EventParty> recipients, TriggerPosition position,
            TriggerRelations relations) {
        String recipientSource = recipients.isEmpty() ? null
                : candidate.recipient().parties().isEmpty() ? "absorbed complement" : candidate.recipient().source();
        return new EventDerivation(candidate.match().pattern().kind(), candidate.actor().source(), recipientSource, position, relations);
    }

    /** A meeting in one party's country that another party is foreign to is a visit (PLOVER: visitor is the source). */
    private static boolean isVisit(List<EventParty> actors, List<EventParty> recipients, String placeCountry) {
        List<EventParty> all = new ArrayList<>(actors);
        all.addAll(recipients);
        boolean host = all.stream().anyMatch(party -> placeCountry.equals(party.code()));
        boolean guest = all.stream().anyMatch(party -> party.code() != null && !placeCountry.equals(party.code()));
        return host && guest;
    }

    private static Span triggerSpan(String text, SentenceGraph graph, TriggerMatch match) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (int word : match.words()) {
            start = Math.min(start, graph.token(word).start());
            end = Math.max(end, graph.token(word).end());
        }
        return new Span(start, end, text.substring(start, end));
    }

    private static Quote quoteAt(List<Quote> quotes, int offset) {
        for (Quote quote : quotes) {
            if (offset >= quote.start() && offset < quote.end()) {
                return quote;
            }
        }
        return null;
    }

    static String names(List<EventParty> parties) {
        List<String> names = new ArrayList<>();
        for (EventParty party : parties) {
            // a party no words name (a domestic event's own country) is shown by its code
            String words = party.mention() != null ? party.mention().text() : party.name() != null ? party.name() : "(none named)";
            names.add(words + "=" + (party.code() == null ? "?" : party.code())
                    + (party.sector() == null ? "" : "/" + party.sector()));
        }
        return String.join(" + ", names);
    }
}
