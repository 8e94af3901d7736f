package org.annalist.actors;

import java.util.Collection;
import org.annalist.language.Sentence;

/** A definite body word ("the commission") that refers back to the one named body holding its words. */
final class NamedBodyReference {

    private NamedBodyReference() {}

    /**
     * "the commission said" after "the Election Commission of Pakistan", "The Joint Chiefs
     * said" after "South Korea's Joint Chiefs of Staff": a definite body word without a
     * country of its own is the one earlier organisation whose name holds (or is) its words. Two
     * such organisations (a Ministry of Justice and a Ministry of Interior) leave it alone. A
     * lowercase body counts when its name ends in the words ("their association", then "the
     * association").
     */
    static EntityDraft referent(Collection<EntityDraft> drafts, Sentence sentence, int firstToken, String phraseWords) {
        if (!sentence.token(firstToken).text().equalsIgnoreCase("the")) {
            return null;
        }
        String words = " " + String.join(" ", NameWords.of(phraseWords)) + " ";
        EntityDraft found = null;
        for (EntityDraft draft : drafts) {
            String name = " " + String.join(" ", NameWords.of(draft.name)) + " ";
            // "the association" after "their association": a sectorless common-noun body an owner made definite
            boolean proper = !draft.name.isEmpty() && Character.isUpperCase(draft.name.codePointAt(0)) || draft.sector == null && name.endsWith(words);
            boolean described = draft.mentions.stream().anyMatch(mention -> mention.kind() == MentionKind.NOMINAL
                    && (" " + String.join(" ", NameWords.of(mention.text())) + " ").contains(words));
            if (!"ORGANIZATION".equals(draft.type) || !proper || draft.mentions.isEmpty() || !(name.contains(words) || described)) {
                continue;
            }
            if (found != null && found != draft) {
                return null;
            }
            found = draft;
        }
        return found;
    }
}
