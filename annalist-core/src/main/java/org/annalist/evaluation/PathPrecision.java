package org.annalist.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.annalist.events.Event;
import org.annalist.events.EventDerivation;

/**
 * One role-filling path's record on a gold set: how many coded events had their actor (or recipient) filled by the
 * path, how many of them matched a gold event, and of the unmatched how many missed a gold event only by this role
 * (type and the other role right) and, for recipients, how many would have matched with no recipient at all.
 *
 * <p>Why: the coder fills each role by a chain of paths (the pattern's role sources, then fallbacks such as the
 * event a response answers or the article's home country), and each fallback is asked only when the earlier ones
 * found nothing. A path that is right less often than what it displaces (the next path, or no recipient) costs
 * events; this row is how to see which. "Role only" is an upper bound on what another path could have gained: the
 * gold event it would have matched is one the coder missed, same type and same other role.
 *
 * @param role "actor" or "recipient"
 * @param path the path as the event's derivation names it, event ids replaced by "vN"
 * @param produced events whose role this path filled
 * @param matched of those, the events matched to a gold event (the loose matching of the events F1)
 * @param roleOnly unmatched events that would match a missed gold event if only this role's codes were the gold's
 * @param emptyWouldMatch unmatched events that would match a missed gold event with no recipient (recipients only)
 */
public record PathPrecision(String role, String path, int produced, int matched, int roleOnly, int emptyWouldMatch) {

    /** The path of events whose recipient is empty. */
    public static final String NO_RECIPIENT = "(no recipient)";

    /** The path of events that carry no derivation (built by hand). */
    public static final String NO_DERIVATION = "(no derivation)";

    private static final Pattern EVENT_ID = Pattern.compile("\\bv\\d+\\b");

    /** The paths that name the place or the victims they found: one path whatever was named. */
    private static final Pattern NAMED_PLACE_OR_VICTIM = Pattern.compile("^(the attacked place's country|victims of the other country) \\(.*\\)$");

    public int falsePositives() {
        return produced - matched;
    }

    public double precision() {
        return Counts.ratio(matched, produced);
    }

    /** This row plus another of the same role and path. */
    public PathPrecision plus(PathPrecision other) {
        return new PathPrecision(role, path, produced + other.produced, matched + other.matched, roleOnly + other.roleOnly,
                emptyWouldMatch + other.emptyWouldMatch);
    }

    /** "recipient  responds to vN                     60   22  0.367   38   12    9". */
    public String line() {
        return String.format(Locale.ROOT, "%-9s %-58s %5d %5d  %.3f %5d %5d %5s", role, path, produced, matched, precision(),
                falsePositives(), roleOnly, role.equals("recipient") && !path.equals(NO_RECIPIENT) ? Integer.toString(emptyWouldMatch) : "-");
    }

    /** Heading for {@link #line()}. */
    public static String heading() {
        return String.format(Locale.ROOT, "%-9s %-58s %5s %5s  %5s %5s %5s %5s", "role", "path", "made", "match", "prec", "fp",
                "only", "empty");
    }

    /** The key a tally is kept under: role, a tab, the path. */
    static String key(String role, String path) {
        return role + "\t" + path;
    }

    /** The actor path of an event, event ids generalised. */
    static String actorPath(Event event) {
        EventDerivation derivation = event.provenance() == null ? null : event.provenance().derivation();
        return derivation == null || derivation.actorSource() == null ? NO_DERIVATION : generalise(derivation.actorSource());
    }

    /** The recipient path of an event, event ids generalised; {@link #NO_RECIPIENT} when it has none. */
    static String recipientPath(Event event) {
        if (event.recipients().isEmpty()) {
            return NO_RECIPIENT;
        }
        EventDerivation derivation = event.provenance() == null ? null : event.provenance().derivation();
        return derivation == null || derivation.recipientSource() == null ? NO_DERIVATION : generalise(derivation.recipientSource());
    }

    /** "responds to v12" and "earlier event v3 (same word)" are one path each, whatever the event. */
    static String generalise(String source) {
        return NAMED_PLACE_OR_VICTIM.matcher(EVENT_ID.matcher(source).replaceAll("vN")).replaceAll("$1 (…)");
    }

    /** The rows of a per-path tally ({@link EventScorer#byPath()}): actors first, then recipients, most false positives first. */
    public static List<PathPrecision> byFalsePositives(Map<String, PathPrecision> byPath) {
        return byPath.values().stream()
                .sorted(Comparator.comparing(PathPrecision::role)
                        .thenComparing(Comparator.comparingInt(PathPrecision::falsePositives).reversed())
                        .thenComparing(Comparator.comparingInt(PathPrecision::produced).reversed())
                        .thenComparing(PathPrecision::path))
                .toList();
    }
}
