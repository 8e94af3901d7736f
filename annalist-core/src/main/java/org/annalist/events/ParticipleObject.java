package org.annalist.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * The party a pronoun object of a closing participle clause stands for: "Sudan cut relations
 * with the United Arab Emirates, accusing it of supplying the drones", "police arrested 41
 * activists, accusing them of planning unrest". The pronoun refers to the party the clause it
 * closes acted on, which the coder has just coded as that clause's event; its recipients are the
 * pronoun's. Empty unless the trigger is a present participle hanging from a verb ({@code dep} or
 * {@code advcl}), its object is "it", "them", "him" or "her" ("detained a Tajik citizen, accusing him of
 * spying": the person just acted on, whom the actors stage may have joined to someone else), and an event was coded at that verb with a
 * recipient.
 */
final class ParticipleObject {

    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "them", "him", "her");

    private ParticipleObject() {}

    static PartyFinder.Filling of(SentenceGraph graph, TriggerMatch match, List<Event> events) {
        int participle = match.head();
        Dependency up = graph.basicHead(participle);
        if (!graph.token(participle).partOfSpeech().equals("VBG") || up == null || up.governor() < 0
                || !(up.relation().equals("dep") || up.relation().startsWith("advcl")) || !graph.token(up.governor()).isVerb()) {
            return PartyFinder.Filling.none();
        }
        boolean pronounObject = graph.basicDependents(participle).stream()
                .anyMatch(arc -> arc.relation().equals("obj")
                        && OBJECT_PRONOUNS.contains(graph.token(arc.dependent()).text().toLowerCase(Locale.ROOT)));
        if (!pronounObject) {
            return PartyFinder.Filling.none();
        }
        Token governor = graph.token(up.governor());
        for (int index = events.size() - 1; index >= 0; index--) {
            Event earlier = events.get(index);
            if (earlier.evidence().sentenceIndex() != graph.sentence().index()) {
                break;
            }
            Span trigger = earlier.evidence().trigger();
            if (trigger.start() <= governor.start() && governor.start() < trigger.end() && !earlier.recipients().isEmpty()) {
                return new PartyFinder.Filling(earlier.recipients(), "the object of the clause it closes (" + earlier.id() + ")");
            }
        }
        return PartyFinder.Filling.none();
    }
}
