package org.annalist.actors;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.dictionary.SectorDictionary;

/**
 * Gives the head of a body that is not the state's the body's sector, once the article is read:
 * "said Bertrand Lefèvre, president of the FNSEA" (a farmers' union, LAB), "Its president, Marlon
 * Vargas," after the indigenous confederation (CVL). sectors.tsv codes "president" GOV because
 * most presidents in news head a state; a head-of-body word of reference-words.tsv ("president",
 * "chairman") says only that the person heads the body their title names, so the body's sector
 * is theirs. The gold conventions agree (actors-quotes: the FNSEA's president LAB; wire9:
 * "CONAIE and its president CVL"; wire10: a union local's president LAB).
 *
 * <p>Only when the title's other words carry no sector of their own ("vice president" is still a
 * head word; "party president" lets {@link OppositionParties} and the title decide), and only for
 * a body whose sector is not one of the state's (GOV, MIL, LEG, JUD, COP, SPY) or a media outlet's:
 * a commission's or a court's president keeps GOV or JUD.
 */
final class HeadsOfBodies {

    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY", "MED");

    private final ReferenceWords referenceWords;
    private final SectorDictionary sectors;

    HeadsOfBodies(ActorDictionaries dictionaries) {
        this.referenceWords = dictionaries.referenceWords();
        this.sectors = dictionaries.sectors();
    }

    void mark(List<EntityDraft> drafts) {
        for (EntityDraft draft : drafts) {
            if (!"PERSON".equals(draft.type) || !"GOV".equals(draft.sector) || draft.title == null || !headsOnly(draft.title)) {
                continue;
            }
            EntityDraft body = bodyOf(draft, drafts);
            if (body != null && body.sector != null && !STATE_SECTORS.contains(body.sector)) {
                draft.sector = body.sector;
                draft.sectorBy = "head of " + body.name + ": its sector " + body.sector;
            }
        }
    }

    /** A head-of-body word, and no other word that gives a sector ("president", "vice president", "president of the FNSEA"). */
    private boolean headsOnly(String title) {
        boolean head = false;
        for (String word : NameWords.of(title.replace(",", " "))) {
            if (referenceWords.is(ReferenceWords.Kind.HEAD_OF_BODY, word)) {
                head = true;
            } else if (sectors.index().lookup(word).map(phrase -> phrase.sector() != null).orElse(false)) {
                return false;
            }
        }
        return head;
    }

    /** The body the title names: the one its words found ("Its president"), else one named inside it ("president of the FNSEA"). */
    private static EntityDraft bodyOf(EntityDraft person, List<EntityDraft> drafts) {
        if (person.namedEmployer != null) {
            return person.namedEmployer;
        }
        for (EntityDraft body : drafts) {
            if ("PERSON".equals(body.type)) {
                continue;
            }
            for (Mention mention : body.mentions) {
                if (mention.text().length() >= 2 && Character.isUpperCase(mention.text().charAt(0))
                        && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(mention.text()) + "(?![\\p{L}\\p{N}])").matcher(person.title).find()) {
                    return body;
                }
            }
        }
        return null;
    }
}
