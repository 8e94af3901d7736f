package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * The party an uncoded "it" or "they" stands for when its own sentence names no reporter: the
 * subject of an earlier sentence's main clause. Agency copy keeps one actor through a paragraph
 * and refers to it by pronoun ("Lebanon's army said Israeli drones struck a village. It said it
 * had deployed additional units along the border"; "Britain, France and Germany criticised the
 * decision. In a joint statement, they urged Iran to …"), and the actors stage leaves those
 * pronouns uncoded, so the events lose their actor. Within a sentence the reporting verb's
 * subject ({@link PartyFinder}) decides; this class only looks back.
 *
 * <p>Conservative on purpose: only a pronoun that is its sentence's main subject ("They urged …",
 * "It said it had …"; not "the troops did not attack the rebels as they pulled back", where the
 * pronoun may be a noun of its own sentence), only the main clause's subject of the last two sentences, "it" only
 * for one singular non-person entity (a country, a body, a group), "they" only for a plural or
 * conjoined subject; a sentence whose main subject is a noun that names no coded entity and that
 * its own sentence's events resolve to no coded party either ("The attack killed 12 people.")
 * ends the search, since the pronoun may be that noun. A sentence-initial "its"/"their" owning the
 * main subject ("Its civil defence force sent rescuers") is read the same way ({@link #ofOwner}).
 */
final class PronounAntecedent {

    private static final int SENTENCES_BACK = 2;

    /** Where an uncoded subject noun names its country or body: "Lebanon's army", "Iranian officials". */
    private static final Set<String> LOOK_THROUGH = Set.of("nmod:poss", "amod", "compound");

    /** Owner pronouns and the subject pronoun of the same referent. */
    private static final Map<String, String> OWNERS = Map.of("its", "it", "their", "they");

    private final List<Sentence> sentences;
    private final ActorAnalysis actors;

    PronounAntecedent(List<Sentence> sentences, ActorAnalysis actors) {
        this.sentences = List.copyOf(sentences);
        this.actors = actors;
    }

    /**
     * The parties of the earlier main-clause subject the pronoun refers to, each with the
     * pronoun's span; empty when the pronoun is not "it"/"they" or no such subject agrees with it.
     * An earlier subject that names no coded entity itself ("The two leaders") is resolved as a
     * subject by {@code subjectParties}, the same way its own sentence's events resolved it.
     */
    List<EventParty> of(SentenceGraph own, int pronounIndex, BiFunction<SentenceGraph, Integer, List<EventParty>> subjectParties) {
        Token pronoun = own.token(pronounIndex);
        String form = pronoun.text().toLowerCase(Locale.ROOT);
        if (!form.equals("it") && !form.equals("they") || !isMainSubject(own, pronounIndex)) {
            return List.of();
        }
        return earlier(own, form, pronoun, subjectParties);
    }

    /**
     * "Singapore announced it would contribute S$2 million. Its civil defence force sent a team of
     * rescuers": an uncoded main subject owned by a sentence-initial "its" or "their" belongs to the
     * earlier subject the owner pronoun refers to, under the same conditions as {@link #of}.
     */
    List<EventParty> ofOwner(SentenceGraph own, int subject, BiFunction<SentenceGraph, Integer, List<EventParty>> subjectParties) {
        if (!isMainSubject(own, subject)) {
            return List.of();
        }
        for (Dependency arc : own.basicDependents(subject)) {
            Token owner = own.token(arc.dependent());
            String form = owner.text().toLowerCase(Locale.ROOT);
            if (arc.relation().equals("nmod:poss") && arc.dependent() == firstWord(own) && OWNERS.containsKey(form)) {
                return earlier(own, OWNERS.get(form), owner, subjectParties);
            }
        }
        return List.of();
    }

    private static int firstWord(SentenceGraph graph) {
        for (int token = 0; token < graph.size(); token++) {
            if (Character.isLetterOrDigit(graph.token(token).text().charAt(0))) {
                return token;
            }
        }
        return -1;
    }

    private List<EventParty> earlier(SentenceGraph own, String form, Token pronoun,
            BiFunction<SentenceGraph, Integer, List<EventParty>> subjectParties) {
        int sentenceIndex = own.sentence().index();
        boolean plural = form.equals("they");
        for (int back = 1; back <= SENTENCES_BACK && sentenceIndex - back >= 0; back++) {
            Sentence previous = sentences.get(sentenceIndex - back);
            SentenceGraph graph = new SentenceGraph(previous);
            Optional<Integer> subject = mainSubject(graph);
            if (subject.isEmpty()) {
                continue; // a quotation or a fragment: look further back
            }
            Token word = graph.token(subject.get());
            if (word.isPronoun()) {
                if (word.text().equalsIgnoreCase(form)) {
                    continue; // "It said … It added …": the same referent, further back
                }
                return List.of();
            }
            Span span = new Span(pronoun.start(), pronoun.end(), pronoun.text());
            List<Entity> entities = codedEntities(graph, subject.get());
            if (entities.isEmpty()) {
                return resolvedSubject(graph, subject.get(), plural, span, subjectParties);
            }
            boolean subjectPlural = word.partOfSpeech().endsWith("S") || entities.size() > 1;
            if (subjectPlural != plural && !isNamedOrganisation(word, entities)
                    || (!plural && "PERSON".equals(entities.get(0).type()))) {
                return List.of();
            }
            return entities.stream()
                    .map(entity -> new EventParty(entity.id(), entity.name(), entity.code(), entity.sector(), span))
                    .toList();
        }
        return List.of();
    }

    /**
     * One organisation whose proper name the subject word is part of ("Prisoners Defenders",
     * "the Houthis"): copy refers to it as "it" or "they" whatever the number of the name's last word.
     */
    private static boolean isNamedOrganisation(Token word, List<Entity> entities) {
        return entities.size() == 1 && "ORGANIZATION".equals(entities.get(0).type()) && Character.isUpperCase(word.text().charAt(0))
                && entities.get(0).name().contains(word.text());
    }

    /**
     * "The two leaders also discussed Myanmar. In the joint statement they urged …": the earlier
     * subject as its own events resolve it, when the number agrees (a plural noun for "they", a
     * singular one with one coded party for "it") and no party is a person.
     */
    private List<EventParty> resolvedSubject(SentenceGraph graph, int subject, boolean plural, Span span,
            BiFunction<SentenceGraph, Integer, List<EventParty>> subjectParties) {
        Token word = graph.token(subject);
        boolean nounPlural = word.partOfSpeech().endsWith("S");
        if (!word.isNoun() || nounPlural != plural) {
            return List.of();
        }
        List<EventParty> parties = subjectParties.apply(graph, subject).stream()
                .filter(party -> party.code() != null)
                .toList();
        if (parties.isEmpty() || !plural && parties.size() != 1
                || parties.stream().anyMatch(party -> actors.byId(party.entity()).map(e -> "PERSON".equals(e.type())).orElse(false))) {
            return List.of();
        }
        return parties.stream()
                .map(party -> new EventParty(party.entity(), party.name(), party.code(), party.sector(), span))
                .toList();
    }

    /**
     * Whether the pronoun is the subject of the sentence's root ("They urged …"), or of a clause
     * that a root with a pronoun subject reports ("It said it had deployed …").
     */
    private static boolean isMainSubject(SentenceGraph graph, int pronoun) {
        Dependency subjectArc = graph.basicHead(pronoun);
        if (subjectArc == null || subjectArc.governor() < 0 || !subjectArc.relation().startsWith("nsubj")) {
            return false;
        }
        Dependency clause = graph.basicHead(subjectArc.governor());
        if (clause == null || clause.governor() < 0) {
            return true;
        }
        Dependency reporter = graph.basicHead(clause.governor());
        return clause.relation().equals("ccomp") && reporter != null && reporter.governor() < 0
                && mainSubject(graph).map(subject -> graph.token(subject).isPronoun()).orElse(false);
    }

    /** The nominal subject of the sentence's root, if it has one. */
    private static Optional<Integer> mainSubject(SentenceGraph graph) {
        for (int token = 0; token < graph.size(); token++) {
            Dependency head = graph.basicHead(token);
            if (head != null && head.governor() < 0) {
                return graph.basicDependents(token).stream()
                        .filter(arc -> arc.relation().startsWith("nsubj"))
                        .map(Dependency::dependent)
                        .findFirst();
            }
        }
        return Optional.empty();
    }

    /** The coded entities the subject names: itself and its conjuncts, or through its owner or modifier. */
    private List<Entity> codedEntities(SentenceGraph graph, int subject) {
        List<Entity> entities = new ArrayList<>();
        List<Integer> members = new ArrayList<>(List.of(subject));
        for (Dependency arc : graph.basicDependents(subject)) {
            if (arc.relation().equals("conj")) {
                members.add(arc.dependent());
            }
        }
        for (int member : members) {
            Optional<Entity> entity = coded(graph.token(member));
            if (entity.isEmpty()) {
                for (Dependency arc : graph.dependents(member)) {
                    if (LOOK_THROUGH.contains(arc.relation())) {
                        entity = coded(graph.token(arc.dependent()));
                        if (entity.isPresent()) {
                            break;
                        }
                    }
                }
            }
            entity.filter(found -> entities.stream().noneMatch(other -> other.id().equals(found.id()))).ifPresent(entities::add);
        }
        return entities;
    }

    private Optional<Entity> coded(Token token) {
        return actors.entityAt(token.start()).filter(entity -> entity.code() != null);
    }
}
