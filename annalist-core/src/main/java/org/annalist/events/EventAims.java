package org.annalist.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.annalist.dictionary.TsvTable;
import org.annalist.events.ontology.EventOntology;
import org.annalist.language.Dependency;

/**
 * What a demand, appeal or accusation is about, as its CAMEO sub-code ({@code events/event-aims.tsv}):
 * "urged Kigali to release the detainees" is an appeal for release of persons (0253), "demanded a
 * ceasefire" a demand for de-escalation (1056), "accused Baku of shelling border villages" an
 * accusation of aggression (1123); and the means of a consultation ("spoke by phone": 041). A user of
 * CAMEO data counts these apart; the general code of the verb ("urged" 020, "accused" 112, "spoke"
 * 040) says none of it.
 *
 * <p>A row narrows an event only from a code above its own in CAMEO's hierarchy: a root's
 * unspecified code ("100", "020") or the row code's parent ("112" for 1123). Rows are written in the
 * demand family for requests; an appeal (02) takes the same aim in its own family (1053 → 0253).
 */
final class EventAims {

    static final String BUNDLED_FILE = "events/event-aims.tsv";
    private static final Set<String> COLUMNS = Set.of("aim", "cameo");

    /** Relations from an event's head to the clause saying what is asked or alleged ("urged X to release"; "accused X of shelling"). */
    private static final Set<String> COMPLEMENT_RELATIONS = Set.of("xcomp", "ccomp", "advcl");

    /**
     * Relations from an event's head to what it is about as a noun ("called for talks", "accused X of
     * war crimes"), or to the means a consultation used ("spoke by phone", "talked over a video link").
     */
    private static final Set<String> AIM_NOUN_RELATIONS = Set.of("obj", "obl:for", "nmod:for", "obl:of", "nmod:of", "nsubj:pass",
            "obl:by", "obl:over", "obl:via");

    /** Relations by which the parser hangs what an accusation alleges on the accused ("accused Baku of shelling"). */
    private static final Set<String> ATTACHED_RELATIONS = Set.of("acl:of", "nmod:of", "acl");

    /** How many clauses deep an aim is sought ("urged them to press Israel to halt its attacks"). */
    private static final int LONGEST_CHAIN = 2;

    private final Map<String, List<String>> codesByAim;

    private EventAims(Map<String, List<String>> codesByAim) {
        this.codesByAim = Map.copyOf(codesByAim);
    }

    /** The bundled file; every code is checked against the ontology. */
    static EventAims bundled(EventOntology ontology) {
        Map<String, List<String>> codes = new HashMap<>();
        for (TsvTable.Row row : TsvTable.bundled(BUNDLED_FILE, COLUMNS).rows()) {
            String code = row.get("cameo");
            if (ontology.cameo(code).isEmpty() || (code.startsWith("10") && ontology.cameo(appealTwin(code)).isEmpty())) {
                throw row.error("\"" + code + "\" is not a CAMEO code (a demand also needs its appeal counterpart, 02x)");
            }
            String aim = row.get("aim").toLowerCase(Locale.ROOT).strip();
            List<String> forAim = codes.computeIfAbsent(aim, key -> new ArrayList<>());
            if (forAim.contains(code)) {
                throw row.error("the aim \"" + aim + "\" is listed twice with " + code);
            }
            forAim.add(code);
        }
        codes.replaceAll((aim, list) -> List.copyOf(list));
        return new EventAims(codes);
    }

    /** A narrower code and the aim that gave it ("release"), for the event's explanation. */
    record Narrowing(String code, String aim) {}

    /** The sub-code for an event coded {@code code} at {@code match}, if an aim in the table narrows it. */
    Optional<Narrowing> narrow(SentenceGraph graph, TriggerMatch match, String code) {
        return aim(graph, match.head(), code);
    }

    /** Nearest first: the complement clause, then the head's own aim nouns, then the head noun's own modifier ("drone strike"). */
    private Optional<Narrowing> aim(SentenceGraph graph, int head, String code) {
        return complementAim(graph, head, code, LONGEST_CHAIN)
                .or(() -> firstAim(graph.dependents(head), arc -> AIM_NOUN_RELATIONS.contains(arc.relation()),
                        arc -> nounAim(graph, arc.dependent(), code)))
                // "accused Azerbaijan of shelling villages": the parser may hang the "of" phrase on the accused
                .or(() -> firstAim(graph.dependents(head), arc -> arc.relation().equals("obj"),
                        arc -> attachedAim(graph, arc.dependent(), code)))
                .or(() -> graph.token(head).isNoun() ? nounAim(graph, head, code) : Optional.empty());
    }

    private Optional<Narrowing> attachedAim(SentenceGraph graph, int object, String code) {
        return firstAim(graph.dependents(object), arc -> ATTACHED_RELATIONS.contains(arc.relation()),
                arc -> graph.token(arc.dependent()).isVerb() ? clauseAim(graph, arc.dependent(), code, 1) : nounAim(graph, arc.dependent(), code));
    }

    /** The aim of the first complement clause of {@code verb} that names one. */
    private Optional<Narrowing> complementAim(SentenceGraph graph, int verb, String code, int depth) {
        return firstAim(graph.basicDependents(verb),
                arc -> COMPLEMENT_RELATIONS.contains(arc.baseRelation()) && graph.token(arc.dependent()).isVerb(),
                arc -> clauseAim(graph, arc.dependent(), code, depth));
    }

    /** The clause's verb with its object ("lift sanction"), the verb alone, its object or oblique, then its own complement. */
    private Optional<Narrowing> clauseAim(SentenceGraph graph, int verb, String code, int depth) {
        String lemma = lemma(graph, verb);
        List<Dependency> dependents = graph.basicDependents(verb);
        return firstAim(dependents, arc -> arc.relation().equals("obj") || arc.relation().equals("compound:prt"),
                        arc -> lookUp(lemma + " " + lemma(graph, arc.dependent()), code))
                .or(() -> lookUp(lemma, code))
                .or(() -> firstAim(dependents, arc -> arc.relation().equals("obj") || arc.baseRelation().equals("obl"),
                        arc -> nounAim(graph, arc.dependent(), code)))
                .or(() -> depth > 1 ? complementAim(graph, verb, code, depth - 1) : Optional.empty());
    }

    /** A noun with its modifier first ("war crime", "human right"), then alone, then a gerund read as its modifier. */
    private Optional<Narrowing> nounAim(SentenceGraph graph, int noun, String code) {
        String lemma = lemma(graph, noun);
        List<Dependency> dependents = graph.basicDependents(noun);
        return firstAim(dependents, arc -> arc.relation().equals("compound") || arc.relation().equals("amod"),
                        arc -> lookUp(lemma(graph, arc.dependent()) + " " + lemma, code))
                .or(() -> lookUp(lemma, code))
                // "of shelling border villages" parsed with the gerund as the villages' modifier
                .or(() -> firstAim(dependents,
                        arc -> arc.relation().equals("amod") && graph.token(arc.dependent()).partOfSpeech().equals("VBG"),
                        arc -> lookUp(lemma(graph, arc.dependent()), code)));
    }

    /** The first aim found through the arcs that qualify, in order. */
    private static Optional<Narrowing> firstAim(List<Dependency> arcs, Predicate<Dependency> qualifies,
            Function<Dependency, Optional<Narrowing>> aimOf) {
        for (Dependency arc : arcs) {
            if (qualifies.test(arc)) {
                Optional<Narrowing> aim = aimOf.apply(arc);
                if (aim.isPresent()) {
                    return aim;
                }
            }
        }
        return Optional.empty();
    }

    /** The first code listed for the aim that narrows {@code code}, in the family of {@code code}. */
    private Optional<Narrowing> lookUp(String aim, String code) {
        for (String listed : codesByAim.getOrDefault(aim, List.of())) {
            String inFamily = code.startsWith("02") && listed.startsWith("10") ? appealTwin(listed) : listed;
            if (narrows(code, inFamily)) {
                return Optional.of(new Narrowing(inFamily, aim));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code general} stands above {@code specific}: its root's unspecified code ("100") or an ancestor ("112" of "1123"). */
    static boolean narrows(String general, String specific) {
        if (general.equals(specific)) {
            return false;
        }
        boolean rootUnspecified = general.length() == 3 && general.endsWith("0") && specific.startsWith(general.substring(0, 2));
        return rootUnspecified || (specific.length() > general.length() && specific.startsWith(general));
    }

    private static String lemma(SentenceGraph graph, int token) {
        return graph.token(token).lemma().toLowerCase(Locale.ROOT);
    }

    /** The appeal code with the demand's sub-code: 1053 → 0253, 106 → 026. */
    static String appealTwin(String demand) {
        return "02" + demand.substring(2);
    }
}
