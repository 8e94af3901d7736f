package org.annalist.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Token;

/**
 * An order a state gives its own army, police or officials ("the defence minister said he had
 * ordered the army to respond forcefully", "the president ordered the army to send
 * reinforcements"): a command inside one side, not a demand between parties, so no gold set codes
 * it as a REQUEST (X → X). What the order sets in motion is coded where the text reports it.
 * Verbs of command are data: {@code command-verb} in word-lists.tsv. An order to another party
 * ("ordered the French ambassador to leave") stays a demand.
 */
final class OwnSideOrder {

    private OwnSideOrder() {
    }

    /** Whether the trigger is a verb of command and every recipient is of the actor's own codes. */
    static boolean isOwnSide(Token trigger, Set<String> actorCodes, List<EventParty> recipients, WordLists words) {
        return !recipients.isEmpty()
                && words.containsEither(ListName.COMMAND_VERB, trigger.lemma().toLowerCase(Locale.ROOT), trigger.text())
                && recipients.stream().allMatch(party -> party.code() == null || actorCodes.contains(party.code()));
    }
}
