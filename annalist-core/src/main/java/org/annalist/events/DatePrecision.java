package org.annalist.events;

import java.util.Locale;

/**
 * How exactly an event's date is known: to the day ("on Monday", or the article date when the sentence names
 * no time), or only to the week, month or year its own clause names ("agreed in July", "last year"), in which
 * case the date is the first day of that period.
 */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR;

    /** The name in the JSON output: "day", "week", "month", "year". */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
