package org.annalist.actors;

import java.util.List;
import java.util.Optional;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;

/**
 * A body no dictionary codes whose apposition says where it is based: "Prisoners Defenders, a
 * Madrid-based rights group, said … Cuba". A rights group based in another country than the one
 * the story is about reports on it from abroad, as Human Rights Watch (New York) and the
 * Committee to Protect Journalists do: it is an international non-governmental organisation
 * (NGO), as the gold sets code those. Any other body, or a rights group based in the story's own
 * country ("a Nairobi-based rights group" in a Kenyan story), is of the country it is based in.
 */
final class BasedBodies {

    /** The sector of rights groups (sectors.tsv "rights group"). */
    private static final String RIGHTS = "HRI";

    private BasedBodies() {}

    /** Where the apposition of the name headed by {@code head} says the body is based ("X, a Madrid-based group,"). */
    static Optional<SpeakingPlace.Found> basedInApposition(ActorDictionaries dictionaries, String text, Sentence sentence, int head) {
        for (Dependency arc : sentence.dependentArcs(head)) {
            if (arc.relation().equals("appos") && arc.dependent() > head) {
                int start = PhraseFinder.nounPhraseStart(sentence, arc.dependent());
                return BasedIn.country(dictionaries, text, sentence, start, arc.dependent() + 1);
            }
        }
        return Optional.empty();
    }

    /** Codes, once the article is read, the uncoded bodies whose apposition said where they are based. */
    static void code(List<EntityDraft> drafts, MainCountry mainCountry) {
        for (EntityDraft draft : drafts) {
            if (draft.code != null || draft.basedCode == null) {
                continue;
            }
            if (RIGHTS.equals(draft.sector) && mainCountry != null && !mainCountry.code().equals(draft.basedCode)) {
                draft.code("NGO", "a rights group " + draft.basedBy + ", in a story about " + mainCountry.name() + ": international");
            } else {
                draft.code(draft.basedCode, draft.basedBy);
            }
        }
    }
}
