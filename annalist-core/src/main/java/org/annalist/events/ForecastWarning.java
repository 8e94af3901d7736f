package org.annalist.events;

import java.util.List;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.TriggerKind;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Token;

/**
 * A warning that forecasts rather than threatens. "Warned" reports a threat when what it reports is
 * something a party will do ("warned that Israel would strike", "warned that anyone who attacks
 * officers would be dealt with", "warned them that they would be expelled"), but a forecast when the
 * reported clause is about a thing: "warned that its funds would run out within weeks", "warned that
 * the decree cannot become a licence to repress", "warned that the arrival of foreign police risks
 * dividing the region". Such a clause's subject is a noun that names no party (no entity, no
 * pronoun, no "whoever", no people (domestic-participant: "its members", "officials"; "its troops"), and not a threatened act like "measures":
 * threatened-act-noun in word-lists.tsv); then the warning is no event, and the act its clause mentions stays part
 * of it (absorbed), since it too is only forecast. The verbs are {@code forecast-warning-verb} in
 * word-lists.tsv.
 */
final class ForecastWarning {

    /** The dependents through which a noun names whose it is. */
    private static final List<String> OWNER_RELATIONS = List.of("nmod:poss", "amod", "compound", "nmod:of", "nmod:from");

    private ForecastWarning() {
    }

    /** Whether the match is a warning verb whose reported clause has a subject that names no party. */
    static boolean isForecast(SentenceGraph graph, TriggerMatch match, PartyFinder parties, WordLists words) {
        if (!match.pattern().event().equals("THREATEN") || match.pattern().kind() != TriggerKind.VERB) {
            return false;
        }
        Token head = graph.token(match.head());
        if (!words.containsEither(ListName.FORECAST_WARNING_VERB, head.lemma(), head.text())) {
            return false;
        }
        List<Integer> clauses = graph.dependentsByRelation(match.head(), "ccomp");
        if (clauses.size() != 1) {
            return false;
        }
        List<Integer> subjects = graph.dependentsByRelation(clauses.get(0), "nsubj", "nsubj:pass");
        return !subjects.isEmpty() && subjects.stream().noneMatch(subject -> namesParty(graph, subject, parties, words));
    }

    /** A subject that stands for a party: a pronoun, a generic referent, or a word naming an entity. */
    private static boolean namesParty(SentenceGraph graph, int token, PartyFinder parties, WordLists words) {
        Token word = graph.token(token);
        String text = word.text().toLowerCase(java.util.Locale.ROOT);
        if (word.isPronoun() || !word.isNoun() || words.containsEither(ListName.GENERIC_REFERENT, word.lemma(), text)
                || words.containsEither(ListName.THREATENED_ACT_NOUN, word.lemma(), text)) {
            // "warned that tougher measures would follow": the threatened act itself
            return true;
        }
        if (word.partOfSpeech().startsWith("NNP")) {
            // "the North", a name the actor stage left without an entity
            return true;
        }
        if (words.containsEither(ListName.DOMESTIC_PARTICIPANT, word.lemma(), text)
                || !graph.dependentsByRelation(token, "nmod:poss").isEmpty()
                && words.value(ListName.CONTEXT_CUE, word.lemma()).filter("military"::equals).isPresent()) {
            // "its members", "officials", "his troops": people, not things ("its funds would run out")
            return true;
        }
        for (int member : RoleFillers.withConjuncts(graph, token)) {
            if (parties.namesEntity(graph, member)) {
                return true;
            }
            for (int owner : graph.dependentsByRelation(member, OWNER_RELATIONS.toArray(String[]::new))) {
                // "Iran's programme", "Iranian troops"; not a place the thing is in ("its food stocks in Darfur")
                if (parties.namesEntity(graph, owner)) {
                    return true;
                }
            }
        }
        return false;
    }
}
