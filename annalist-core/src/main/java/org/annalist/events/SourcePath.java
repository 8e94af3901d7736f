package org.annalist.events;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A role source ({@link EventDerivation}: "earlier event v3 (same word)", "the attacked place's
 * country (Kyiv)") as the path the learnt models read: lower case, without the event ids some
 * fallbacks name, and one path for the fallbacks that name the place or the victims they found, so
 * that what a path teaches carries over to articles with other events and other places.
 */
public final class SourcePath {

    private static final Pattern EVENT_ID = Pattern.compile("\\bv\\d+\\b");

    /** The paths that name the place or the victims they found ("the attacked place's country (kyiv)"). */
    private static final Pattern NAMED_PLACE_OR_VICTIM = Pattern.compile("^(the attacked place's country|victims of the other country) \\(.*\\)$");

    private SourcePath() {}

    /** The path of a source; "unknown" when none is recorded. */
    public static String of(String source) {
        if (source == null || source.isBlank()) {
            return "unknown";
        }
        String path = EVENT_ID.matcher(source.toLowerCase(Locale.ROOT)).replaceAll("").replace("()", "").replaceAll("\\s+", " ").strip();
        return NAMED_PLACE_OR_VICTIM.matcher(path).replaceAll("$1 (…)");
    }
}
