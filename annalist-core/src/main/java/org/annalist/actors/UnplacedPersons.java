package org.annalist.actors;

import java.util.List;
import java.util.Optional;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.NationalOffices;
import org.annalist.dictionary.Place;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;

/**
 * Codes, once the whole article is read, the persons whose own words gave them no country:
 * from an office in their title that only one state has ("the assistant secretary of state for
 * African affairs" in a story from Addis Ababa, actors/national-offices.tsv); else, for a local
 * office-holder, from the place their sentence opens with ("In Marib, the governor, X,") or else
 * names ("… in Russia's Saratov region, the regional governor X said", {@link LocalOfficePlace}); else from where they come from ("Daniel Whitaker, 47, of Tampa, Florida", {@link PersonOrigin});
 * else from the relative they belong to ("His wife, Karen,", {@link Kinship});
 * else from where they speak ({@link SpeakingPlace}); else from the institution of their title the
 * text named last ("the Philippine coast guard said … coast guard spokesman X", {@link TitledInstitution});
 * else, for a spokesperson, from the state the
 * text has just reported acting ({@link SpokespersonCountry}); else, for a government office-holder or
 * spokesperson, from the one state they report doing something ("He said Somalia would not
 * accept …", {@link ReportedOwnState}); else from the capital the story
 * is filed from ("CAIRO (AP) — … Irrigation Minister Hani Sewilam said", "SEOUL (Reuters) - …
 * Choi Min-seo, a professor …"): a correspondent there quotes local officials and residents; else
 * from the article's main country, a guess for its own people. Staff of a body whose code is
 * unknown (an NGO no dictionary lists) are better left uncoded than misplaced. An official of an
 * international body with a title and no sector is GOV.
 *
 * <p>Why the dateline before the most mentioned country: a story from Seoul about a row with Japan
 * names Japan most, and gave its Korean lawyers and professors Japan's code. Why after the
 * spokesperson: a Reuters story from Abuja, the ECOWAS seat, quotes Niger's government spokesman
 * right after "Niger's military government rejected the call" (the capital rule alone was tried in
 * the fourth session and reverted for him). Cities that are not capitals (Dubai, The Hague, Geneva)
 * host foreign and international people and are not used. What it still gets wrong: foreigners in
 * a mediating capital ("DOHA (AP) — … Mark Ellison, a 63-year-old engineer from Ohio") whose
 * origin the text gives in words this stage does not read.
 */
final class UnplacedPersons {

    private final SpeakingPlace speakingPlace;
    private final SpokespersonCountry spokespersons;
    private final ReportedOwnState ownStates;
    private final TitledInstitution titledInstitutions;
    private final PersonOrigin origins;
    private final DatelinePlace datelines;
    private final Kinship kinship;
    private final LocalOfficePlace localOfficePlaces = new LocalOfficePlace();
    private final ReferenceWords referenceWords;
    private final NationalOffices nationalOffices;

    UnplacedPersons(SpeakingPlace speakingPlace, ActorDictionaries dictionaries, DatelinePlace datelines) {
        this.datelines = datelines;
        this.speakingPlace = speakingPlace;
        this.spokespersons = new SpokespersonCountry(dictionaries);
        this.ownStates = new ReportedOwnState(dictionaries.referenceWords());
        this.titledInstitutions = new TitledInstitution(dictionaries.sectors());
        this.origins = new PersonOrigin(dictionaries);
        this.kinship = new Kinship(dictionaries.referenceWords());
        this.referenceWords = dictionaries.referenceWords();
        this.nationalOffices = dictionaries.nationalOffices();
    }

    /**
     * Where a person just named comes from or speaks, while the article is read (so that a later
     * "the Filipino officer" finds the officer placed in Manila): their home written after the
     * name first ("a reporter from Ohio, landed in Doha" is American, not Qatari), then the
     * capital they speak in.
     */
    Optional<SpeakingPlace.Found> whileReading(AnnotatedDocument document, Mention mention) {
        return origins.of(document, List.of(mention)).or(() -> speakingPlace.of(document, List.of(mention)));
    }

    /** The country a demonym in the description a self-named person is mentioned by gives ("a Honduran woman who gave her name only as Karla"). */
    Optional<SpeakingPlace.Found> describedAs(AnnotatedDocument document, Sentence sentence, ActorPhrase description) {
        return origins.ofDescription(document.text(), sentence, description);
    }

    /** Whether a title holds a word of a local office (reference-words.tsv, kind local-office: "governor", "mayor"). */
    private boolean localOffice(String title) {
        if (title == null) {
            return false;
        }
        for (String word : title.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}-]+")) {
            if (referenceWords.is(ReferenceWords.Kind.LOCAL_OFFICE, word)) {
                return true;
            }
        }
        return false;
    }

    /** Codes the persons among the drafts that have no country yet; other drafts are left as they are. */
    void place(AnnotatedDocument document, List<EntityDraft> drafts, MainCountry mainCountry) {
        Optional<Place> dateline = datelines.of(document, drafts);
        for (EntityDraft draft : drafts) {
            if (!"PERSON".equals(draft.type)) {
                continue;
            }
            if (draft.code == null) {
                nationalOffices.in(draft.title).ifPresent(office -> draft.code(office.country(), "title: " + office.source()
                        + " \"" + office.phrase() + "\", an office only " + office.country() + " has"));
            }
            if (draft.code == null && localOffice(draft.title)) {
                speakingPlace.localOffice(document, draft.mentions).ifPresent(found -> draft.code(found.code(), found.codedBy()));
            }
            if (draft.code == null && localOffice(draft.title)) {
                localOfficePlaces.of(draft, drafts).ifPresent(found -> draft.code(found.code(), found.codedBy()));
            }
            if (draft.code == null) {
                origins.of(document, draft.mentions).ifPresent(found -> draft.code(found.code(), found.codedBy()));
            }
            if (draft.code == null) {
                kinship.personCountry(document, draft, drafts).ifPresent(found -> draft.code(found.code(), found.codedBy()));
            }
            if (draft.code == null) {
                speakingPlace.of(document, draft.mentions).ifPresent(found -> draft.code(found.code(), found.codedBy()));
            }
            if (draft.code == null) {
                titledInstitutions.of(document, draft, drafts).ifPresent(found -> draft.code(found.code(), found.codedBy()));
            }
            if (draft.code == null && !draft.employedByUncodedBody) {
                spokespersons.of(document, draft, drafts).ifPresent(found -> draft.code(found.code(), found.codedBy()));
            }
            if (draft.code == null && !draft.employedByUncodedBody && !localOffice(draft.title)) {
                ownStates.of(document, draft, drafts, spokespersons.isSpokesperson(draft.title)).ifPresent(found -> draft.code(found.code(), found.codedBy()));
            }
            // only a state's office-holder is placed by the capital opening the paragraph before (the state's reply goes on),
            // not a lawyer or resident quoted next, who may be the other side's voice (ParagraphPlaceTest)
            if (draft.code == null && !draft.employedByUncodedBody && draft.sector != null && ActorCodes.STATE_SECTORS.contains(draft.sector)) {
                speakingPlace.previousParagraphOpener(document, draft.mentions).ifPresent(found -> draft.code(found.code(), found.codedBy()));
            }
            if (draft.code == null && dateline.isPresent() && dateline.get().kind() == Place.Kind.CAPITAL
                    && !draft.employedByUncodedBody) {
                Place capital = dateline.get();
                draft.code(capital.country(), "the dateline, " + capital.name() + " (places/gazetteer.tsv capital of " + capital.country()
                        + "), for a person the text gives no country");
            }
            if (draft.code == null && mainCountry != null && !draft.employedByUncodedBody) {
                draft.code(mainCountry.code(), "the article's main country, " + mainCountry.name()
                        + " (most mentioned with its places), for a person it gives no country");
            }
            if (draft.sector == null && draft.code != null && ActorCodes.INTERGOVERNMENTAL.contains(draft.code) && draft.title != null) {
                draft.sector("GOV", "official of an international body: GOV");
            }
        }
    }
}
