package org.annalist.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;

/**
 * The reciprocal rule: "the countries", "the two sides" or "both nations" — a plural noun from
 * the reciprocal-noun list that names no entity — refers to the two parties the reader has just
 * read about, as a reader resolves it. When the clause's subject is of one of the article's two
 * main countries (a story between two), they are its two sides, the subject's own included. Else the first two of three or more codes named earlier in the
 * same sentence, other than those of the clause's own subject ("Israel and Hamas traded
 * accusations, while Egypt and Qatar pressed both sides"; "Turkey's minister spoke with his Somali
 * and Ethiopian counterparts and urged both governments"), else the two named in the previous sentence or two ("Rubio met Jaishankar. The two sides agreed";
 * but the story's two sides when that pair is one of them beside an outsider),
 * counting persons, organisations and countries but not places. Only when the nearby text does
 * not name exactly two does it fall back to the article's two main country actors: the two
 * codes with the most mentions over all coded entities (a general's mentions count for his
 * country); ties go to the earlier first mention. With fewer than two country codes in the
 * article the rule does not apply; when the second is mentioned less than a quarter as often as the
 * first, the story is about one country and "both sides" are that country's own.
 */
final class ReciprocalReference {

    /** Codes of bodies that are not countries, never taken as one of the "two countries". */
    private static final Set<String> NOT_COUNTRIES = Set.of("IGO", "NGO", "IMG", "UNO", "NATO", "EUR", "MNC", "UAF");

    /** Sentences before the noun's own that may still name the pair it refers to. */
    private static final int SENTENCES_BACK = 2;

    private final List<Entity> pair;
    private final String dominant;
    private final List<Entity> actorsNamed;

    /** Whether a party code names a country (ISO 3166 alpha-3), not an international or non-state body. */
    static boolean isCountryCode(String code) {
        return code != null && code.matches("[A-Z]{3}") && !NOT_COUNTRIES.contains(code);
    }

    private final Map<String, Integer> mentionCounts;

    private ReciprocalReference(List<Entity> pair, String dominant, List<Entity> actorsNamed, Map<String, Integer> mentionCounts) {
        this.pair = pair;
        this.dominant = dominant;
        this.actorsNamed = actorsNamed;
        this.mentionCounts = Map.copyOf(mentionCounts);
    }

    /** How often the article mentions each country code (its country, bodies and people), for {@link ResponseRecipient}. */
    Map<String, Integer> mentionCounts() {
        return mentionCounts;
    }

    static ReciprocalReference of(ActorAnalysis actors) {
        Map<String, Integer> mentions = new LinkedHashMap<>();
        Map<String, Entity> representative = new HashMap<>();
        for (Entity entity : actors.entities()) {
            String code = entity.code();
            if (!isCountryCode(code) || PressRecipient.MEDIA_SECTOR.equals(entity.sector())) {
                // a news outlet ("told Reuters", "the Associated Press reported") carries its home
                // country's code but is not a party of the story
                continue;
            }
            mentions.merge(code, entity.mentions().size(), Integer::sum);
            Entity current = representative.get(code);
            if (current == null || isBetterRepresentative(entity, current)) {
                representative.put(code, entity);
            }
        }
        List<String> codes = new ArrayList<>(mentions.keySet());
        codes.sort((a, b) -> Integer.compare(mentions.get(b), mentions.get(a)));
        String dominant = codes.isEmpty() || codes.size() > 1 && mentions.get(codes.get(0)).equals(mentions.get(codes.get(1)))
                ? null : codes.get(0);
        List<Entity> actorsNamed = actors.entities().stream()
                .filter(entity -> isCountryCode(entity.code()) && !"LOCATION".equals(entity.type()))
                .toList();
        if (codes.size() < 2) {
            return new ReciprocalReference(List.of(), dominant, actorsNamed, mentions);
        }
        return new ReciprocalReference(List.of(representative.get(codes.get(0)), representative.get(codes.get(1))), dominant,
                actorsNamed, mentions);
    }

    /** A country entity stands for its code better than a person of it; then the most mentioned. */
    private static boolean isBetterRepresentative(Entity candidate, Entity current) {
        boolean candidateCountry = "COUNTRY".equals(candidate.type());
        boolean currentCountry = "COUNTRY".equals(current.type());
        if (candidateCountry != currentCountry) {
            return candidateCountry;
        }
        return candidate.mentions().size() > current.mentions().size();
    }

    /** The country code with strictly the most mentions in the article, or null (none, or a tie). */
    String dominantCountry() {
        return dominant;
    }

    /** The two main country entities of the article, or empty when the article has fewer than two. */
    List<Entity> pair() {
        return pair;
    }

    /** Every mention of a country entity (not a place) with this code, in entity order. */
    List<Mention> mentionsOf(String code) {
        List<Mention> mentions = new ArrayList<>();
        for (Entity entity : actorsNamed) {
            if (entity.code().equals(code)) {
                mentions.addAll(entity.mentions());
            }
        }
        return mentions;
    }

    /**
     * The two entities a reciprocal noun at {@code offset} of sentence {@code sentenceIndex} refers
     * to: the first two codes of its own sentence other than those of the clause's subject
     * ({@code subjectCodes}) when three or more are named before it there (the subject's are
     * usually among them: "Qatar and Saudi Arabia urged both sides"); else
     * the previous sentence, or the two before, when they name exactly two codes; else
     * {@link #pair()}. A pair the sentence names outright as a conjoined subject before the noun
     * ({@code namedPair}: "Congolese troops and M23 rebels clashed, a week after the two sides
     * signed a ceasefire") comes before all of these but the story's two sides seen from one of them.
     */
    List<Entity> pairBefore(int sentenceIndex, int offset, Set<String> subjectCodes, List<Entity> namedPair) {
        if (!twoSides().isEmpty() && pair.stream().anyMatch(entity -> subjectCodes.contains(entity.code()))) {
            // the clause's subject is of one of the story's two sides ("Mexico's main business lobby
            // urged both governments", "a Kurdish oil lobby criticised both governments" in a story of
            // Baghdad and Ankara): its "both" are the two sides, its own included, whatever the
            // sentence before happened to name
            return pair;
        }
        if (namedPair.size() == 2) {
            // the two the sentence itself has just set against or beside each other, even two of
            // one country (an army and a rebel group)
            return namedPair;
        }
        List<Entity> sameSentence = namedBetween(sentenceIndex, sentenceIndex, offset);
        if (sameSentence.size() > 2) {
            // the clause's own subject is among them, last ("Israel and Hamas traded accusations, while
            // Egypt and Qatar pressed both sides") or first ("Turkey's foreign minister spoke with his
            // Somali and Ethiopian counterparts and urged both governments"): the two others
            List<Entity> others = sameSentence.stream().filter(entity -> !subjectCodes.contains(entity.code())).toList();
            return others.size() >= 2 ? others.subList(0, 2) : sameSentence.subList(0, 2);
        }
        for (int first = sentenceIndex - 1; first >= Math.max(0, sentenceIndex - SENTENCES_BACK); first--) {
            // nor, across sentences, is the referring clause's own subject one of the pair it refers to:
            // "Qatar and Turkey offered to host talks. A Qatari official said Doha had been in touch with
            // both capitals" means the two sides of the dispute, not Qatar and Turkey
            List<Entity> named = namedBetween(first, sentenceIndex - 1, Integer.MAX_VALUE).stream()
                    .filter(entity -> !subjectCodes.contains(entity.code())).toList();
            if (named.size() == 2) {
                return crossesTheStorysSides(named) ? twoSides() : named;
            }
            if (named.size() > 2) {
                break;
            }
        }
        if (pair.size() == 2 && !isTwoSided()) {
            // a story about one country ("the governor urged both sides" in a Libyan standoff, Tunis
            // named once as a venue): both sides are that country's own
            return List.of(pair.get(0));
        }
        return pair;
    }

    /**
     * Whether a pair named in the sentences before shares one country, not both, with the story's
     * two sides ("Egypt's president spoke with Sudan's army chief" in a story of Egypt and Ethiopia):
     * "both countries" a little later still means the story's two sides, one of the pair having
     * stepped in beside them.
     */
    private boolean crossesTheStorysSides(List<Entity> named) {
        List<Entity> sides = twoSides();
        if (sides.isEmpty()) {
            return false;
        }
        long shared = named.stream().filter(entity -> sides.stream().anyMatch(side -> side.code().equals(entity.code()))).count();
        return shared == 1;
    }

    /**
     * The article's two main countries when the story is between them, else empty: each has a fair
     * share of mentions, and the second more than any third country (three countries named once
     * each are no pair).
     */
    List<Entity> twoSides() {
        if (pair.size() != 2 || !isTwoSided()) {
            return List.of();
        }
        int second = mentionCounts.getOrDefault(pair.get(1).code(), 0);
        boolean clear = mentionCounts.entrySet().stream()
                .filter(entry -> !entry.getKey().equals(pair.get(0).code()) && !entry.getKey().equals(pair.get(1).code()))
                .allMatch(entry -> entry.getValue() < second);
        return clear ? pair : List.of();
    }

    /** Whether the story is between its two main countries, not about the first alone ({@link #ONE_COUNTRY_SHARE}). */
    private boolean isTwoSided() {
        return mentionCounts.getOrDefault(pair.get(1).code(), 0) * ONE_COUNTRY_SHARE >= mentionCounts.getOrDefault(pair.get(0).code(), 0);
    }

    /**
     * The second main country must be mentioned at least 1/ONE_COUNTRY_SHARE as often as the first
     * for the story to be between two countries (as {@link ResponseRecipient#FAIR_SHARE}); otherwise a
     * reciprocal noun's pair is the first country's two sides.
     */
    private static final int ONE_COUNTRY_SHARE = ResponseRecipient.FAIR_SHARE;

    /** One entity per distinct code, in order of first mention, mentioned from sentence {@code first} up to {@code offset}. */
    private List<Entity> namedBetween(int first, int last, int offset) {
        Map<String, Integer> firstMention = new HashMap<>();
        Map<String, Entity> byCode = new HashMap<>();
        for (Entity entity : actorsNamed) {
            for (Mention mention : entity.mentions()) {
                if (mention.sentenceIndex() >= first && mention.sentenceIndex() <= last && mention.start() < offset
                        && mention.start() < firstMention.getOrDefault(entity.code(), Integer.MAX_VALUE)) {
                    firstMention.put(entity.code(), mention.start());
                    byCode.put(entity.code(), entity);
                }
            }
        }
        List<String> codes = new ArrayList<>(firstMention.keySet());
        codes.sort((a, b) -> Integer.compare(firstMention.get(a), firstMention.get(b)));
        List<Entity> named = new ArrayList<>();
        for (String code : codes) {
            named.add(byCode.get(code));
        }
        return named;
    }
}
