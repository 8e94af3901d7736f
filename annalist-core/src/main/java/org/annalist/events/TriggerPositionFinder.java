package org.annalist.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.TimeExpression;
import org.annalist.language.Token;

/**
 * Reads a trigger's {@link TriggerPosition} off the basic dependency tree: the innermost clause
 * kind on the way up from the trigger to the sentence root (or to the verb of saying that reports
 * it) and the time a time expression attached to it names. Sequence
 * words ("since", "after", "following") are the {@code sequence-preposition} list of
 * events/word-lists.tsv, condition words its {@code condition-marker} list.
 */
final class TriggerPositionFinder {

    /** How far up the tree the walk looks: deeper than any clause nesting news prose uses. */
    private static final int MAXIMUM_DEPTH = 12;

    /** A time this many days or more before the article date is of an earlier period. */
    private static final int EARLIER_DAYS = 14;

    private final WordLists words;

    TriggerPositionFinder(WordLists words) {
        this.words = words;
    }

    TriggerPosition position(SentenceGraph graph, TriggerMatch match, List<TimeExpression> times, LocalDate articleDate) {
        int head = match.head();
        return new TriggerPosition(clause(graph, head), time(graph, head, times, articleDate));
    }

    /** The innermost telling clause kind between the trigger and the root or its verb of saying. */
    String clause(SentenceGraph graph, int head) {
        boolean prepositional = false;
        int node = head;
        for (int depth = 0; depth < MAXIMUM_DEPTH; depth++) {
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0) {
                break;
            }
            Token governor = graph.token(up.governor());
            Token self = graph.token(node);
            String relation = up.relation();
            if (relation.equals("acl:relcl")) {
                return "relative";
            }
            if (relation.equals("acl")) {
                return self.partOfSpeech().equals("VBN") || self.partOfSpeech().equals("VBG") ? "participle" : "noun complement";
            }
            if (relation.equals("advcl")) {
                String mark = markOf(graph, node);
                if (mark != null && (words.contains(ListName.SEQUENCE_PREPOSITION, mark) || mark.equals("until"))) {
                    return "temporal";
                }
                if (mark != null && words.contains(ListName.CONDITION_MARKER, mark) && !mark.equals("whether")) {
                    return "conditional";
                }
                if ("to".equals(mark) || mark == null && self.partOfSpeech().equals("VB")) {
                    return "purpose";
                }
                return "adverbial";
            }
            if (relation.equals("obl") || relation.equals("nmod") || relation.startsWith("obl:") || relation.startsWith("nmod:")
                    && !relation.equals("nmod:poss")) {
                String preposition = caseOf(graph, node);
                if (preposition != null && words.contains(ListName.SEQUENCE_PREPOSITION, preposition)) {
                    return "temporal";
                }
                prepositional |= node == head && preposition != null;
            }
            if (relation.equals("parataxis") || relation.equals("ccomp") && isSpeechVerb(governor)) {
                break;
            }
            if (relation.equals("ccomp") || relation.equals("xcomp")) {
                return isSpeechVerb(governor) ? (prepositional ? "prepositional" : "main") : "complement";
            }
            node = up.governor();
        }
        return prepositional ? "prepositional" : "main";
    }

    /**
     * The period a time expression on the trigger names. A time is on the trigger when the walk up
     * from it reaches the trigger, or the verb a noun trigger is the subject or object of ("held
     * talks on Monday"), without leaving its clause.
     */
    static String time(SentenceGraph graph, int head, List<TimeExpression> times, LocalDate articleDate) {
        if (articleDate == null) {
            return "none";
        }
        int anchor = head;
        Dependency up = graph.basicHead(head);
        if (up != null && up.governor() >= 0 && (up.relation().equals("obj") || up.relation().startsWith("nsubj"))) {
            anchor = up.governor();
        }
        String found = "none";
        for (TimeExpression time : times) {
            int token = headTokenOf(graph, time);
            if (token < 0 || !attached(graph, token, head, anchor)) {
                continue;
            }
            String period = period(time.value(), articleDate);
            if (period.equals("earlier")) {
                return period;
            }
            if (!period.equals("none")) {
                found = period;
            }
        }
        return found;
    }

    /** "earlier", "current" or "later" for a DATE value against the article date; "none" for what it cannot read. */
    static String period(String value, LocalDate articleDate) {
        if (value == null) {
            return "none";
        }
        if (value.equals("PAST_REF")) {
            return "earlier";
        }
        if (value.equals("PRESENT_REF")) {
            return "current";
        }
        LocalDate first;
        LocalDate last;
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                first = LocalDate.parse(value);
                last = first;
            } else if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(value);
                first = month.atDay(1);
                last = month.atEndOfMonth();
            } else if (value.matches("\\d{4}")) {
                int year = Integer.parseInt(value);
                first = LocalDate.of(year, 1, 1);
                last = LocalDate.of(year, 12, 31);
            } else {
                return "none";
            }
        } catch (RuntimeException unreadable) {
            return "none";
        }
        if (last.isBefore(articleDate.minusDays(EARLIER_DAYS))) {
            return "earlier";
        }
        return first.isAfter(articleDate) ? "later" : "current";
    }

    /** The token of the time expression whose head lies outside it; -1 when no token falls inside. */
    private static int headTokenOf(SentenceGraph graph, TimeExpression time) {
        for (int index = 0; index < graph.size(); index++) {
            Token token = graph.token(index);
            if (token.start() < time.start() || token.end() > time.end()) {
                continue;
            }
            Dependency up = graph.basicHead(index);
            if (up == null || up.governor() < 0) {
                return index;
            }
            Token governor = graph.token(up.governor());
            if (governor.start() < time.start() || governor.end() > time.end()) {
                return index;
            }
        }
        return -1;
    }

    private static boolean attached(SentenceGraph graph, int token, int head, int anchor) {
        int node = token;
        for (int depth = 0; depth < MAXIMUM_DEPTH; depth++) {
            if (node == head || node == anchor) {
                return true;
            }
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0) {
                return false;
            }
            String relation = up.relation();
            if (relation.startsWith("acl") || relation.equals("advcl") || relation.equals("ccomp") || relation.equals("xcomp")
                    || relation.equals("parataxis") || relation.startsWith("conj")) {
                return false;
            }
            node = up.governor();
        }
        return false;
    }

    private boolean isSpeechVerb(Token token) {
        return words.containsEither(ListName.SPEECH_VERB, token.lemma(), token.text());
    }

    private static String markOf(SentenceGraph graph, int node) {
        for (Dependency arc : graph.basicDependents(node)) {
            if (arc.relation().equals("mark")) {
                return graph.token(arc.dependent()).lemma().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static String caseOf(SentenceGraph graph, int node) {
        for (Dependency arc : graph.basicDependents(node)) {
            if (arc.relation().equals("case")) {
                return graph.token(arc.dependent()).lemma().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
