package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.RoleSource;
import org.annalist.events.patterns.TriggerKind;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * Where a pattern's role sources point in the parse: the subject, object, possessor, modifier,
 * governing verb's subject, prepositional phrase or complement subject of a trigger, with the
 * parse shapes news copy gives them (passives, purpose clauses, light verbs over noun events,
 * relative clauses on a noun). Split out of {@link PartyFinder} because every recipient and actor
 * rule asks the same question ("which tokens does this source name?") and should get the same
 * answer; this class only finds tokens and never decides which entity they stand for.
 */
final class RoleFillers {

    /** Named-entity tags of times: a phrase with a preposition that names one ("on Monday") names no party. */
    static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    private final WordLists words;

    RoleFillers(WordLists words) {
        this.words = words;
    }

    /** The tokens a source points at. */
    List<Integer> fillers(SentenceGraph graph, TriggerMatch match, RoleSource source) {
        int head = match.head();
        boolean verb = match.pattern().kind() == TriggerKind.VERB;
        List<Integer> found = new ArrayList<>();
        switch (source.kind()) {
            case SUBJECT -> {
                List<Integer> summoner = verb ? SummonerSubject.of(graph, head, words) : List.of();
                found.addAll(!summoner.isEmpty() ? summoner : verb ? subjectsOf(graph, head) : governorSubjects(graph, head, match.pattern().event()));
                if (verb && found.isEmpty()) {
                    found.addAll(ParticipleSubject.of(graph, head, words));
                }
                if (verb && found.isEmpty()) {
                    // "had begun shelling the town": the aspect verb's subject does the gerund
                    found.addAll(SubjectPassing.ofGerundComplement(graph, head, words));
                }
                if (verb && found.isEmpty()) {
                    // "fired tear gas at farmers blocking the highway": the noun the participle describes
                    found.addAll(DescribedNounSubject.of(graph, head, words));
                }
            }
            case OBJECT -> {
                if (graph.isPassive(head)) {
                    found.addAll(graph.dependentsByRelation(head, "nsubj:pass"));
                } else if (verb && UnmarkedPassive.applies(graph, head)) {
                    found.addAll(UnmarkedPassive.patients(graph, head));
                }
                found.addAll(graph.dependentsByRelation(head, "obj"));
                if (verb) {
                    found.addAll(graph.displacedObjects(head));
                    found.addAll(graph.namedObjects(head));
                }
            }
            case INDIRECT_OBJECT -> found.addAll(graph.dependentsByRelation(head, "iobj"));
            case POSSESSOR -> found.addAll(graph.dependentsByRelation(head, "nmod:poss"));
            case MODIFIER -> {
                for (Dependency arc : graph.dependents(head)) {
                    if (arc.baseRelation().equals("amod") || arc.baseRelation().equals("compound")) {
                        found.add(arc.dependent());
                    }
                }
            }
            case GOVERNOR -> found.addAll(governorSubjects(graph, head, match.pattern().event()));
            case PREPOSITION -> {
                found.addAll(graph.prepositionDependents(head, source.preposition()));
                for (int object : match.objects()) {
                    found.addAll(graph.prepositionDependents(object, source.preposition()));
                }
                if (found.isEmpty()) {
                    for (int object : match.objects()) {
                        // "imposed duties of up to 39% on European brandy": the phrase hangs on the amount inside the object
                        found.addAll(ObjectPhrasePreposition.inside(graph, object, source.preposition()));
                    }
                }
                if (!verb) {
                    for (int verbToken : clauseVerbsOfNoun(graph, head)) {
                        found.addAll(graph.prepositionDependents(verbToken, source.preposition()));
                    }
                    for (Dependency arc : graph.heads(head)) {
                        // "two days of drills around Taiwan", "a barrage of missiles at Kyiv": the
                        // phrase hangs on the quantity that holds the noun
                        if (arc.governor() >= 0 && arc.relation().equals("nmod:of") && graph.isQuantity(arc.governor())) {
                            found.addAll(graph.prepositionDependents(arc.governor(), source.preposition()));
                        }
                    }
                }
            }
            case COMPLEMENT -> {
                List<Integer> own = subjectsOf(graph, head);
                for (Dependency arc : graph.dependents(head)) {
                    if (arc.relation().equals("xcomp") || arc.relation().equals("ccomp")) {
                        subjectsOf(graph, arc.dependent()).stream().filter(subject -> !own.contains(subject)).forEach(found::add);
                    }
                }
                int reported = verb && match.pattern().complementCondition() == org.annalist.events.patterns.ComplementCondition.CLAUSE
                        ? SentenceGraph.reportedClause(graph, head) : -1;
                if (reported >= 0) {
                    subjectsOf(graph, reported).stream().filter(subject -> !own.contains(subject)).forEach(found::add);
                }
            }
            case SPEAKER -> found.addAll(reporterSubjects(graph, head));
            case NONE -> { }
        }
        found.removeIf(token -> match.words().contains(token) || source.kind() != RoleSource.Kind.SUBJECT && ConjunctReadAsSubject.isSubjectOfNextVerb(graph, token));
        if (source.kind() == RoleSource.Kind.PREPOSITION) {
            // "fired tear gas on Monday", "met at night": a time is never a party
            found.removeIf(token -> TIME_TAGS.contains(graph.token(token).namedEntityTag()));
        }
        return found.stream().distinct().toList();
    }

    /**
     * The subjects of the verb of saying that reports the clause of the token: the verb the clause
     * hangs from by ccomp or parataxis ("warned that anyone who … would be dealt with"), or a verb
     * of saying hanging from the clause ("…, the minister said"), climbing at most four clauses.
     */
    private List<Integer> reporterSubjects(SentenceGraph graph, int token) {
        int node = token;
        for (int depth = 0; depth < 4; depth++) {
            for (Dependency arc : graph.basicDependents(node)) {
                Token verb = graph.token(arc.dependent());
                if ((arc.relation().equals("parataxis") || arc.relation().equals("dep")) && arc.dependent() > token
                        && words.containsEither(ListName.SPEECH_VERB, verb.lemma(), verb.text())) {
                    return subjectsOf(graph, arc.dependent());
                }
            }
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0) {
                return List.of();
            }
            Token governor = graph.token(up.governor());
            if ((up.relation().equals("ccomp") || up.relation().equals("parataxis"))
                    && words.containsEither(ListName.SPEECH_VERB, governor.lemma(), governor.text())) {
                return subjectsOf(graph, up.governor());
            }
            node = up.governor();
        }
        return List.of();
    }

    /** The subject of a verb: nsubj (incl. controlled nsubj:xsubj), or the by-agent when passive. */
    static List<Integer> subjectsOf(SentenceGraph graph, int verb) {
        List<Integer> quoted = QuotedConjunct.subjectOf(graph, verb);
        if (!quoted.isEmpty()) {
            // "said the closure was “a provocation by people who take orders” and warned …": the speaker
            return quoted;
        }
        if (graph.isPassive(verb)) {
            return graph.dependentsByRelation(verb, "obl:agent", "obl:by");
        }
        if (UnmarkedPassive.applies(graph, verb)) {
            // "The Afghan freed by Washington" read with "Afghan" as an active subject
            return UnmarkedPassive.agents(graph, verb);
        }
        List<Integer> subjects = new ArrayList<>();
        for (Dependency arc : graph.dependents(verb)) {
            if (arc.relation().equals("nsubj") || arc.relation().equals("nsubj:xsubj")
                    && MisreadAuxiliary.canName(graph.token(arc.dependent()))) {
                subjects.add(arc.dependent());
            }
        }
        if (subjects.isEmpty()) {
            DetachedSubject.of(graph, verb).ifPresent(subjects::add);
        }
        if (subjects.isEmpty()) {
            subjects.addAll(MisreadAuxiliary.subjectsOf(graph, verb));
        }
        if (subjects.isEmpty()) {
            // "spoke with Sudan's army chief, and the two agreed …" with "the two" joined to "chief"
            ConjunctReadAsSubject.of(graph, verb).ifPresent(subjects::add);
        }
        if (subjects.isEmpty()) {
            subjects.addAll(StrandedMainVerb.subjectOf(graph, verb));
        }
        if (subjects.isEmpty()) {
            subjects.addAll(MisattachedConjunct.subjectOf(graph, verb));
        }
        if (subjects.isEmpty()) {
            subjects.addAll(PredicativeController.subjectsOf(graph, verb));
        }
        if (subjects.isEmpty()) {
            // "An Israeli drone struck a car" with "drone" read as the root verb
            subjects.addAll(DetachedMainVerb.of(graph, verb));
        }
        if (subjects.stream().allMatch(subject -> graph.token(subject).isVerb())) {
            // "Norway and Cuba, which had served as guarantors, called on …" hung inside the relative clause
            List<Integer> relative = RelativeClauseSubject.subjectOf(graph, verb);
            if (!relative.isEmpty()) {
                subjects.clear();
                subjects.addAll(relative);
            }
        }

        Optional<Integer> parenthetical = ParentheticalSubject.of(graph, verb, subjects);
        if (parenthetical.isPresent()) {
            // "The African Union, which suspended Madagascar, backed …" with "backed" hung on "Union"
            subjects.clear();
            subjects.add(parenthetical.get());
        }
        if (subjects.isEmpty() && isPurposeClause(graph, verb)) {
            // "police opened fire to disperse the demonstrators": a purpose infinitive without a
            // subject of its own is done by the subject of the clause it serves
            Dependency up = graph.basicHead(verb);
            for (Dependency arc : graph.dependents(up.governor())) {
                if (arc.relation().equals("nsubj")) {
                    subjects.add(arc.dependent());
                }
            }
        }
        return subjects;
    }

    /** An infinitive adverbial clause ("... to disperse them") attached to an active verb. */
    private static boolean isPurposeClause(SentenceGraph graph, int verb) {
        Dependency up = graph.basicHead(verb);
        if (up == null || up.governor() < 0 || !up.relation().startsWith("advcl") || !graph.token(verb).partOfSpeech().equals("VB")
                || !graph.token(up.governor()).isVerb() || graph.isPassive(up.governor())) {
            return false;
        }
        for (Dependency arc : graph.basicDependents(verb)) {
            if (arc.relation().equals("mark") && graph.token(arc.dependent()).text().equalsIgnoreCase("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a noun trigger: the subject of the light verb whose object it is ("Iran held talks"),
     * or of any verb it attaches to through a participation preposition ("said during the meeting"),
     * or, when the noun is the predicate of "be in" ("Doha had been in touch with both capitals",
     * "Iran is in talks with the agency"), the subject of that predicate: the parser hangs the subject
     * and the copula on the noun itself.
     */
    private List<Integer> governorSubjects(SentenceGraph graph, int noun, String event) {
        List<Integer> subjects = new ArrayList<>();
        if (isPrepositionalPredicate(graph, noun)) {
            subjects.addAll(graph.dependentsByRelation(noun, "nsubj"));
        }
        for (int verb : governingVerbs(graph, noun, words, event)) {
            subjects.addAll(subjectsOf(graph, verb));
        }
        return subjects;
    }

    /** "been in touch": a participation-predicate noun with a copula and the preposition "in" of its own. */
    private boolean isPrepositionalPredicate(SentenceGraph graph, int noun) {
        Token token = graph.token(noun);
        if (!words.containsEither(ListName.PARTICIPATION_PREDICATE, token.lemma(), token.text())) {
            return false;
        }
        boolean copula = false;
        boolean in = false;
        for (Dependency arc : graph.basicDependents(noun)) {
            copula |= arc.relation().equals("cop");
            in |= arc.relation().equals("case") && graph.token(arc.dependent()).text().equalsIgnoreCase("in");
        }
        return copula && in;
    }

    /** The verbs through which a noun event's participants are named, for a noun event of any type. */
    static List<Integer> governingVerbs(SentenceGraph graph, int noun, WordLists words) {
        return governingVerbs(graph, noun, words, null);
    }

    /**
     * The verbs through which a noun event of the PLOVER type {@code event} (null: any) has its
     * participants named: a light verb only when its word-lists.tsv row serves that type ("called a
     * strike", not "called the attack …") and when no predicate follows the noun.
     */
    static List<Integer> governingVerbs(SentenceGraph graph, int noun, WordLists words, String event) {
        List<Integer> verbs = new ArrayList<>();
        for (Dependency arc : graph.heads(noun)) {
            if (arc.governor() < 0) {
                continue;
            }
            Token governor = graph.token(arc.governor());
            if ((arc.relation().equals("nmod:of") || arc.relation().equals("nmod:in")) && graph.isQuantity(arc.governor())
                    && arc.governor() != noun) {
                // "launched one of its largest attacks", "approved a package of sanctions",
                // "announced $60 million in funding": the verb governs the noun through the quantity
                for (int verb : governingVerbs(graph, arc.governor(), words, event)) {
                    if (!verbs.contains(verb)) {
                        verbs.add(verb);
                    }
                }
                continue;
            }
            String relation = arc.relation();
            if ((relation.equals("obl:for") || relation.equals("obl:to"))
                    && words.containsEither(ListName.COMMITMENT_FRAME, governor.lemma(), governor.text())
                    && words.containsEither(ListName.OFFERED_NOUN, graph.token(noun).lemma(), graph.token(noun).text())) {
                // "Kabul was ready for talks", "we remain open to talks": the offer's subject holds the talks,
                // named on the frame or, when the frame is the open complement of "remain"/"stand", on that verb
                if (!verbs.contains(arc.governor())) {
                    verbs.add(arc.governor());
                }
                Dependency frameHead = graph.basicHead(arc.governor());
                if (frameHead != null && frameHead.governor() >= 0 && frameHead.relation().equals("xcomp")
                        && !verbs.contains(frameHead.governor())) {
                    verbs.add(frameHead.governor());
                }
                continue;
            }
            if (!governor.isVerb()) {
                continue;
            }
            boolean light = (relation.equals("obj") || relation.startsWith("nsubj:pass"))
                    && words.lightVerbServes(governor.lemma(), governor.text(), event)
                    && !hasPredicate(graph, arc.governor(), noun);
            boolean participation = relation.startsWith("obl:")
                    && words.contains(ListName.PARTICIPATION_PREPOSITION, relation.substring(4));
            if ((light || participation) && !verbs.contains(arc.governor())) {
                verbs.add(arc.governor());
            }
        }
        return verbs;
    }

    /**
     * Whether the verb's object is followed by a predicate that characterises it: "called the protests
     * illegal", "called the attack “a crime”", "made the drills public". The parser gives the predicate
     * as an open complement of the verb, as a {@code dep} of the noun, or as an adjective hung back on
     * the last noun before it ("called the protests in Tbilisi illegal" with "illegal" modifying
     * "Tbilisi"); either way the verb judges the noun event rather than doing it. The search stops at
     * the first comma, semicolon or verb after the noun.
     */
    private static boolean hasPredicate(SentenceGraph graph, int verb, int noun) {
        for (Dependency arc : graph.basicDependents(verb)) {
            Token predicate = graph.token(arc.dependent());
            if (arc.relation().equals("xcomp") && arc.dependent() > noun && (predicate.partOfSpeech().startsWith("JJ") || predicate.isNoun())) {
                return true;
            }
        }
        for (Dependency arc : graph.basicDependents(noun)) {
            Token predicate = graph.token(arc.dependent());
            if (arc.relation().equals("dep") && arc.dependent() > noun && (predicate.partOfSpeech().startsWith("JJ") || predicate.isNoun())) {
                return true;
            }
        }
        for (int index = noun + 1; index < graph.size(); index++) {
            Token token = graph.token(index);
            if (token.isVerb() || token.text().equals(",") || token.text().equals(";")) {
                return false;
            }
            Dependency up = graph.basicHead(index);
            if (token.partOfSpeech().startsWith("JJ") && up != null && up.governor() >= 0 && up.governor() < index
                    && (up.relation().equals("amod") || up.relation().equals("dep"))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of relative or participle clauses on the noun ("drills that took place between ..."). */
    private static List<Integer> clauseVerbsOfNoun(SentenceGraph graph, int noun) {
        List<Integer> verbs = new ArrayList<>();
        for (Dependency arc : graph.dependents(noun)) {
            if (arc.baseRelation().equals("acl")) {
                verbs.add(arc.dependent());
                for (Dependency inner : graph.dependents(arc.dependent())) {
                    if (inner.relation().equals("xcomp") || inner.baseRelation().equals("conj")) {
                        verbs.add(inner.dependent());
                    }
                }
            }
        }
        for (Dependency arc : graph.heads(noun)) {
            if (arc.relation().equals("obj") && arc.governor() >= 0) {
                Token governor = graph.token(arc.governor());
                if (governor.isVerb()) {
                    verbs.add(arc.governor());
                }
            }
        }
        return verbs;
    }

    /** The token and its conjoined nouns and pronouns: "Iran and Azerbaijan" for "Iran". */
    static List<Integer> withConjuncts(SentenceGraph graph, int token) {
        List<Integer> members = new ArrayList<>();
        members.add(token);
        for (Dependency arc : graph.dependents(token)) {
            if (arc.baseRelation().equals("conj") && graph.token(arc.dependent()).isNoun() || arc.baseRelation().equals("conj")
                    && graph.token(arc.dependent()).isPronoun()) {
                members.add(arc.dependent());
            }
        }
        return members;
    }
}
