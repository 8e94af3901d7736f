package org.annalist.confidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.events.Event;
import org.annalist.events.EventDerivation;
import org.annalist.events.EventParty;
import org.annalist.events.SourcePath;
import org.annalist.events.TriggerPosition;
import org.annalist.quotes.Quote;

/**
 * Names the features of one article's events: what the coder knew about how it found each one.
 * Every feature is a {@code group=value} name that holds or not; none names a word or an article,
 * so that a weight learnt on one set of articles applies to another. The one exception, the rule
 * id, is the unit a user reads and edits in patterns.tsv.
 *
 * <p>The groups: {@code rule}, {@code convention} (the coding convention a derived rule applied:
 * intent, refusal, commitment, or none), {@code type} (PLOVER event), {@code trigger} (verb or noun),
 * {@code actor.path} and {@code recipient.path} (the role source or fallback that filled the
 * role, from the event's {@link EventDerivation}, without event ids), {@code actor.mention} and
 * {@code recipient.mention} (name, alias, metonym, demonym, nominal, pronoun; "dictionary" for a
 * party no entity stands for; "elsewhere" when the filler word is not one of the entity's
 * mentions), {@code actor.entity} and {@code recipient.entity} (PERSON, ORGANIZATION, COUNTRY…),
 * {@code actors} (one or several countries), {@code actor.sector} and {@code recipient.sector}
 * (known or unknown), {@code countries} (shared or distinct between the two sides),
 * {@code actor.prominence} and {@code recipient.prominence} (the side's country is the article's most
 * mentioned, second, another, or none), {@code type and recipient} (the PLOVER event alone or with a
 * recipient: whether a recipient is expected depends on the type), {@code aux}
 * (none, negation, future, hypothetical), {@code speech} (narrator, direct quote, indirect
 * quote), {@code paragraph} (first, second or third, fourth or later; only, in a text of one paragraph) and
 * {@code events in sentence} (1, 2, 3 or more), {@code clause} and {@code time}
 * (where the trigger stands: a relative clause, a "since" phrase, a year before the article are how
 * news recalls background; {@link TriggerPosition}), {@code repeat} (an earlier sentence has an
 * event of the same type and actor: a story restating its lead); plus {@link #BIAS}, which every event has.
 */
public final class EventFeatures {

    /** The feature every event has: its weight is the log-odds of an event about which nothing else is known. */
    public static final String BIAS = "bias";

    /**
     * A recipient the reranker replaced ("reranked: party of the same sentence (rules: to)") is judged
     * by the rules' own path: few events are reranked, too few for a weight of their own per path.
     */
    private static final Pattern RERANKED = Pattern.compile("^reranked: .*? \\(rules: (.*)\\)$");

    /** What separates paragraphs in an article's text (docs/output.md). */
    private static final String PARAGRAPH_BREAK = "\n\n";

    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<String, Quote> quotes = new HashMap<>();
    private final Map<Integer, Integer> eventsPerSentence = new HashMap<>();
    private final List<Event> events;
    /** The article's country codes, most mentioned first (ties: first mentioned first). */
    private final List<String> countriesByProminence;
    /** Where each paragraph after the first begins in the article text. */
    private final List<Integer> paragraphStarts = new ArrayList<>();

    /**
     * @param entities the article's entities (for the kind of mention that filled each role)
     * @param quotes the article's quotes (for direct or indirect speech)
     * @param events all of the article's events (for the count per sentence)
     * @param text the article text the events' offsets refer to (for the paragraph an event is in)
     */
    public EventFeatures(List<Entity> entities, List<Quote> quotes, List<Event> events, String text) {
        for (int at = text.indexOf(PARAGRAPH_BREAK); at >= 0; at = text.indexOf(PARAGRAPH_BREAK, at + PARAGRAPH_BREAK.length())) {
            paragraphStarts.add(at + PARAGRAPH_BREAK.length());
        }
        entities.forEach(entity -> this.entities.put(entity.id(), entity));
        quotes.forEach(quote -> this.quotes.put(quote.id(), quote));
        events.forEach(event -> eventsPerSentence.merge(event.evidence().sentenceIndex(), 1, Integer::sum));
        this.events = List.copyOf(events);
        this.countriesByProminence = countriesByProminence(entities);
    }

    /**
     * The article's country codes ranked by how often entities of each are mentioned, so that an
     * event can say whether its parties are the story's main countries or a passing one.
     */
    private static List<String> countriesByProminence(List<Entity> entities) {
        Map<String, Integer> mentions = new HashMap<>();
        Map<String, Integer> firstOffset = new HashMap<>();
        for (Entity entity : entities) {
            if (entity.code() == null || entity.mentions().isEmpty()) {
                continue;
            }
            mentions.merge(entity.code(), entity.mentions().size(), Integer::sum);
            int first = entity.mentions().stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
            firstOffset.merge(entity.code(), first, Math::min);
        }
        List<String> ranked = new ArrayList<>(mentions.keySet());
        ranked.sort((a, b) -> mentions.get(a).equals(mentions.get(b))
                ? Integer.compare(firstOffset.get(a), firstOffset.get(b))
                : Integer.compare(mentions.get(b), mentions.get(a)));
        return List.copyOf(ranked);
    }

    /** The features of one event, each once, in a fixed order. */
    public List<String> of(Event event) {
        Set<String> features = new LinkedHashSet<>();
        features.add(BIAS);
        features.add("rule=" + event.rule());
        features.add("convention=" + convention(event.rule()));
        features.add("type=" + event.event());
        EventDerivation derivation = event.provenance() == null ? null : event.provenance().derivation();
        features.add("trigger=" + (derivation == null || derivation.triggerKind() == null ? "unknown"
                : derivation.triggerKind().name().toLowerCase(Locale.ROOT)));
        TriggerPosition position = derivation == null ? null : derivation.position();
        features.add("clause=" + (position == null ? "unknown" : position.clause()));
        features.add("time=" + (position == null ? "unknown" : position.time()));
        features.add("repeat=" + (repeatsEarlierEvent(event) ? "same type and actor earlier" : "first"));
        features.add("actor.path=" + path(derivation == null ? null : derivation.actorSource()));
        parties("actor", event.actors(), features);
        features.add("actor.prominence=" + prominence(event.actors()));
        long actorCodes = event.actors().stream().map(EventParty::code).filter(Objects::nonNull).distinct().count();
        features.add("actors=" + (actorCodes > 1 ? "several" : "one"));
        if (event.recipients().isEmpty()) {
            features.add("recipient.path=none");
        } else {
            features.add("recipient.path=" + path(derivation == null ? null : derivation.recipientSource()));
            parties("recipient", event.recipients(), features);
            features.add("recipient.prominence=" + prominence(event.recipients()));
            boolean shared = event.recipients().stream().map(EventParty::code).filter(Objects::nonNull)
                    .anyMatch(code -> event.actors().stream().anyMatch(actor -> code.equals(actor.code())));
            features.add("countries=" + (shared ? "shared" : "distinct"));
        }
        features.add("type and recipient=" + event.event() + (event.recipients().isEmpty() ? " alone" : " with recipient"));
        if (event.aux().isEmpty()) {
            features.add("aux=none");
        }
        event.aux().forEach(mark -> features.add("aux=" + mark));
        features.add("speech=" + speech(event));
        features.add("paragraph=" + paragraph(event.evidence().trigger().start()));
        int sentence = event.evidence().sentenceIndex();
        int inSentence = eventsPerSentence.getOrDefault(sentence, 1);
        features.add("events in sentence=" + (inSentence >= 3 ? "3 or more" : String.valueOf(inSentence)));
        return List.copyOf(features);
    }

    /**
     * Whether an earlier sentence of the article has an event of the same type with an actor of
     * the same code: a story restates its lead further down (a quotation repeating the attack,
     * the count of strikes so far), and gold codes the event once.
     */
    private boolean repeatsEarlierEvent(Event event) {
        for (Event earlier : events) {
            if (earlier.evidence().sentenceIndex() >= event.evidence().sentenceIndex()) {
                continue;
            }
            if (earlier.event().equals(event.event()) && earlier.actors().stream().map(EventParty::code).filter(Objects::nonNull)
                    .anyMatch(code -> event.actors().stream().anyMatch(actor -> code.equals(actor.code())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The coding convention that turned the pattern's event into another ("will support" is also an
     * AGREE, rule {@code support.support+intent}; "would not release" is a REJECT, {@code +refusal};
     * "is willing to send" an AGREE, {@code +commitment}), or "none". The rule feature alone learns
     * each derived rule from a handful of events; this one pools them, so the model learns how far
     * the convention itself is to be trusted on a rule it has seldom seen.
     */
    static String convention(String rule) {
        int plus = rule == null ? -1 : rule.lastIndexOf('+');
        return plus < 0 ? "none" : rule.substring(plus + 1);
    }

    /**
     * Where the event stands in the story: the lead paragraph, the next two, or further down. A
     * text of one paragraph (a gold record, a headline) is "only", because it has no lead to
     * stand in. Paragraphs rather than sentences, because a dateline ("KYIV, June 12 (AP) —")
     * may be parsed as a sentence of its own and push the lead to the second.
     */
    private String paragraph(int offset) {
        if (paragraphStarts.isEmpty()) {
            return "only";
        }
        int paragraph = 0;
        while (paragraph < paragraphStarts.size() && paragraphStarts.get(paragraph) <= offset) {
            paragraph++;
        }
        return paragraph == 0 ? "first" : paragraph < 3 ? "second or third" : "fourth or later";
    }

    /**
     * A role source as a path name ({@link SourcePath}: "earlier event v3 (same word)" is "earlier
     * event (same word)", "the attacked place's country (Kyiv)" is "the attacked place's country (…)"),
     * a reranked recipient's the rules' path; "unknown" when none is recorded.
     */
    static String path(String source) {
        if (source == null || source.isBlank()) {
            return "unknown";
        }
        java.util.regex.Matcher reranked = RERANKED.matcher(source);
        if (reranked.matches()) {
            source = reranked.group(1);
        }
        return SourcePath.of(source);
    }

    /**
     * How central the side's best-ranked country is to the story: the most mentioned country, the
     * second, another one, or none (a party without a code).
     */
    private String prominence(List<EventParty> parties) {
        int best = Integer.MAX_VALUE;
        for (EventParty party : parties) {
            int rank = party.code() == null ? -1 : countriesByProminence.indexOf(party.code());
            if (rank >= 0) {
                best = Math.min(best, rank);
            }
        }
        return best == 0 ? "first country" : best == 1 ? "second country" : best == Integer.MAX_VALUE ? "no country" : "other country";
    }

    private void parties(String role, List<EventParty> parties, Set<String> features) {
        List<String> mentions = new ArrayList<>();
        List<String> types = new ArrayList<>();
        boolean sector = false;
        for (EventParty party : parties) {
            Entity entity = party.entity() == null ? null : entities.get(party.entity());
            mentions.add(mentionKind(entity, party));
            types.add(entity == null ? "none" : String.valueOf(entity.type()).toLowerCase(Locale.ROOT));
            sector |= party.sector() != null;
        }
        mentions.stream().sorted().distinct().forEach(kind -> features.add(role + ".mention=" + kind));
        types.stream().sorted().distinct().forEach(type -> features.add(role + ".entity=" + type));
        features.add(role + ".sector=" + (sector ? "known" : "unknown"));
    }

    /** How the filler word refers: the kind of the entity's mention that overlaps it ("dictionary" with no entity, "elsewhere" when none overlaps). */
    public static String mentionKind(Entity entity, EventParty party) {
        if (entity == null) {
            return "dictionary";
        }
        if (party.mention() != null) {
            for (Mention mention : entity.mentions()) {
                if (mention.start() < party.mention().end() && party.mention().start() < mention.end()) {
                    return mention.kind().name().toLowerCase(Locale.ROOT);
                }
            }
        }
        return "elsewhere";
    }

    private String speech(Event event) {
        Quote quote = event.evidence().quote() == null ? null : quotes.get(event.evidence().quote());
        if (quote == null) {
            return "narrator";
        }
        return quote.direct() ? "direct quote" : "indirect quote";
    }
}
