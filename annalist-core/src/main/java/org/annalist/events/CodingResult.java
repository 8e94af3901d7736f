package org.annalist.events;

import java.util.List;

/** The event coder's output for one article: the events and every decision behind them. */
public record CodingResult(List<Event> events, List<Decision> decisions) {

    public CodingResult {
        events = List.copyOf(events);
        decisions = List.copyOf(decisions);
    }
}
