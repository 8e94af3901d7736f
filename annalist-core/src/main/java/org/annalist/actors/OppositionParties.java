package org.annalist.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Codes a party the text calls the opposition, and its people, OPP rather than PTY, once the whole
 * article is read. The gold conventions (wire9 README: "opposition parties and their leaders
 * OPP", wire3, wire6, wire8) and PLOVER's sectors keep the two apart: PTY is a party as such (a
 * ruling party, a party in a coalition), OPP the opposition to the government. What makes a party
 * the opposition is what the article says, not a list: a dictionary row cannot know who governs
 * this year.
 *
 * <ul>
 *   <li><b>A party called the opposition</b>: "the opposition African Democratic Congress" (the
 *       word inside the name phrase), "dissolved the opposition People's Party" (before it, with
 *       at most three capitalised words between), "Pakistan Tehreek-e-Insaf (PTI), the country's main opposition party" (an
 *       apposition right after it). Only a party or a proper-named body with no sector or a
 *       legislature's body word ("Congress" in a party's name); a ministry is never recoded.
 *   <li><b>Its people</b>: a person whose title gives no sector or only a party's (PTY: "party
 *       spokesman", "party leader") and whose party is such a body: the body their title names
 *       ("PTI spokesman", "CCC spokesperson", "its chairman"), else, for a title with the word
 *       "party", the last party named before them.
 * </ul>
 *
 * Opposition members of parliament are left to their title (LEG): the gold sets disagree on them.
 */
final class OppositionParties {

    private static final String OPPOSITION = "OPP";
    /** Sectors a body may carry that calling it the opposition overrides: a party, or a name read through "Congress". */
    private static final Set<String> PARTY_SECTORS = Set.of("PTY", "LEG");
    private static final Pattern BEFORE = Pattern.compile("\\b[Oo]pposition\\s+(?:\\p{Lu}[\\p{L}'\u2019]*\\s+){0,3}$");
    private static final Pattern AFTER = Pattern.compile("^\\s*(?:\\([^()]{1,20}\\))?\\s*,\\s*(?:the|a|an)\\s+[^,.;]{0,40}?\\bopposition\\b",
            Pattern.CASE_INSENSITIVE);

    void mark(String text, List<EntityDraft> drafts) {
        List<EntityDraft> bodies = new ArrayList<>();
        for (EntityDraft draft : drafts) {
            if ("PERSON".equals(draft.type)) {
                continue;
            }
            bodies.add(draft);
            if (!OPPOSITION.equals(draft.sector) && mayBeParty(draft) && calledOpposition(text, draft)) {
                draft.sector = OPPOSITION;
                draft.sectorBy = "the text calls it the opposition: OPP";
            }
        }
        for (EntityDraft draft : drafts) {
            if (!"PERSON".equals(draft.type) || draft.title == null || !(draft.sector == null || draft.sector.equals("PTY"))) {
                continue;
            }
            EntityDraft party = partyOf(draft, bodies);
            if (party != null && OPPOSITION.equals(party.sector)) {
                draft.sector = OPPOSITION;
                draft.sectorBy = "a person of " + party.name + ", which the text calls the opposition: OPP";
            }
        }
    }

    /**
     * Whether the text calls the body the opposition, as {@link #mark} will find once the article is
     * read: for a reference met while reading ("The opposition Armenia Alliance … the party said"),
     * before the body carries its OPP sector.
     */
    static boolean isCalledTheOpposition(String text, EntityDraft body) {
        return !"PERSON".equals(body.type) && (OPPOSITION.equals(body.sector) || mayBeParty(body) && calledOpposition(text, body));
    }

    /** A party, or a proper-named body with no sector or one read as a legislature ("African Democratic Congress"). */
    private static boolean mayBeParty(EntityDraft body) {
        if ("PTY".equals(body.sector)) {
            return true;
        }
        return (body.sector == null || PARTY_SECTORS.contains(body.sector)) && body.name.chars().filter(Character::isUpperCase).count() >= 2;
    }

    private static boolean calledOpposition(String text, EntityDraft body) {
        for (Mention mention : body.mentions) {
            if (mention.text().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").startsWith("opposition ")) {
                return true;
            }
            if ("PTY".equals(body.sector) || body.sector == null) {
                String before = text.substring(Math.max(0, mention.start() - 30), mention.start());
                String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 70));
                if (BEFORE.matcher(before).find() || AFTER.matcher(after).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The party a person's title names: the body it found ("its chairman"), a body named in the
     * title ("PTI spokesman"), else for a title with the word "party" the last party named before
     * the person.
     */
    private static EntityDraft partyOf(EntityDraft person, List<EntityDraft> bodies) {
        if (person.namedEmployer != null) {
            return person.namedEmployer;
        }
        for (EntityDraft body : bodies) {
            for (Mention mention : body.mentions) {
                if (mention.text().length() >= 2 && containsWords(person.title, mention.text())) {
                    return body;
                }
            }
        }
        if (!NameWords.of(person.title).contains("party")) {
            return null;
        }
        int first = person.firstOffset();
        EntityDraft last = null;
        int lastStart = -1;
        for (EntityDraft body : bodies) {
            if (!("PTY".equals(body.sector) || OPPOSITION.equals(body.sector))) {
                continue;
            }
            for (Mention mention : body.mentions) {
                if (mention.start() < first && mention.start() > lastStart) {
                    last = body;
                    lastStart = mention.start();
                }
            }
        }
        return last;
    }

    /** Whether the title holds the name as whole words, in the name's own case ("PTI spokesman" holds "PTI"). */
    private static boolean containsWords(String title, String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(title).find()
                && Character.isUpperCase(name.charAt(0));
    }
}
