package org.annalist.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.CountryDictionary;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.dictionary.SectorDictionary;
import org.annalist.dictionary.SectorPhrase;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;

/**
 * Gives a person whose title carries no sector of its own the sector the context gives, once the
 * whole article is read (bodies named by common nouns are coded only then):
 *
 * <ul>
 *   <li><b>Staff take their body's sector</b>: "said Sani Garba, the cooperative's chairman" after
 *       the farmers' cooperative (AGR), "its secretary general" of a fishing confederation (BUS),
 *       "Union secretary general X" of a teachers' union (LAB). "chairman", "secretary general" and
 *       "director" say what the person does for the body, not which sector the body is in. Only
 *       when the title's words name that body (its word is in the body's name) or point at it
 *       with "its"/"their": a bare word that merely found the last organisation named ("Union
 *       secretary general" after "the government") says nothing about that organisation's sector.
 *       A media outlet's staff are journalists (JRN), as the gold conventions code them.
 *   <li><b>A spokesperson with no body named speaks for a government</b>: "spokeswoman Bimala
 *       Sharma said" after the ministry's note, "deputy spokesperson Ellen Carter told reporters in
 *       Washington". The gold conventions code spokespeople GOV, and wire copy names the body when
 *       a spokesperson speaks for anyone else ("army spokesman", "M23 spokesman", "a spokesman for
 *       the rebels"), which then gives the sector. Only for a person coded with a country (not an
 *       NGO or armed group) whose title is a spokesperson word and nothing but seniority words.
 * </ul>
 */
final class PersonSectors {

    /** Words that may stand beside a spokesperson word without naming whom they speak for. */
    private static final Set<String> SENIORITY = Set.of("deputy", "chief", "senior", "acting", "principal", "official", "main", "his", "her");

    private final ReferenceWords referenceWords;
    private final CountryDictionary countries;
    private final SectorDictionary sectors;

    PersonSectors(ActorDictionaries dictionaries) {
        this.referenceWords = dictionaries.referenceWords();
        this.countries = dictionaries.countries();
        this.sectors = dictionaries.sectors();
    }

    /**
     * Whether the title's employer words name the employer found for them: a possessive "its" or
     * "their", or a word that is part of the employer's name ("the cooperative's" and "farmers'
     * cooperative").
     */
    static boolean namesEmployer(AnnotatedDocument document, PersonDescription.EmployerReference reference, EntityDraft employer) {
        if (reference == null || employer == null) {
            return false;
        }
        Sentence sentence = document.sentences().get(reference.sentence());
        String word = sentence.token(reference.endToken() - 1).text().toLowerCase(Locale.ROOT).replace("\u2019", "'");
        if (word.equals("'s") || word.equals("'") && reference.endToken() - 2 >= reference.firstToken()) {
            word = sentence.token(reference.endToken() - 2).text().toLowerCase(Locale.ROOT);
        }
        return Set.of("its", "their").contains(word) || NameWords.of(employer.name).contains(word)
                || NameWords.of(employer.name).contains(sentence.token(reference.endToken() - 1).lemma().toLowerCase(Locale.ROOT));
    }

    void mark(List<EntityDraft> drafts) {
        for (EntityDraft draft : drafts) {
            if (!"PERSON".equals(draft.type) || draft.sector != null) {
                continue;
            }
            EntityDraft employer = draft.namedEmployer;
            if (employer != null && employer.sector != null) {
                // a media outlet's staff are journalists: the outlet is MED, its people JRN
                String sector = employer.sector.equals("MED") ? "JRN" : employer.sector;
                draft.sector(sector, "staff of " + employer.name + ": its sector " + employer.sector + (sector.equals("JRN") ? ", journalists JRN" : ""));
            } else if (employer == null && isBareSpokesperson(draft.title) && draft.code != null
                    && countries.nameOf(draft.code).isPresent()) {
                draft.sector("GOV", "a spokesperson who names no body speaks for a government: GOV");
            }
        }
    }

    /** "spokesman", "deputy spokesperson", "chief spokeswoman": a mouthpiece word and nothing that names a body. */
    private boolean isBareSpokesperson(String title) {
        if (title == null) {
            return false;
        }
        boolean spokesperson = false;
        for (String word : NameWords.of(title.replace(",", " "))) {
            // "ministry" and "office" are mouthpieces too, but they are body words: they name whom the person speaks for
            boolean bodyWord = sectors.index().lookup(word).map(phrase -> phrase.kind() == SectorPhrase.Kind.ORGANISATION).orElse(false);
            boolean mouthpiece = referenceWords.is(ReferenceWords.Kind.MOUTHPIECE, word) && !bodyWord;
            if (!mouthpiece && !SENIORITY.contains(word)) {
                return false;
            }
            spokesperson |= mouthpiece;
        }
        return spokesperson;
    }
}
