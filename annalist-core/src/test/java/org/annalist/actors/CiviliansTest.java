package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A named person with no office, rank, title or employer is a civilian; one with a title that gives no sector stays unknown. */
class CiviliansTest {

    @Test
    void personWithNoOfficeIsACivilian() {
        ActorAnalysis analysis = resolve("CAIRO, May 4 (Reuters) - Farmers near Aswan said the canals were dry. "
                + "\"The water has not come for three weeks,\" said Mona Salem, who grows cotton on two acres.");
        Entity salem = named(analysis, "Mona Salem");
        assertThat(salem.sector()).isEqualTo("CVL");
        assertThat(salem.codedBy()).contains("civilian");
    }

    @Test
    void titleWithoutASectorKeepsNoneAndAnOfficeKeepsItsOwn() {
        ActorAnalysis analysis = resolve("\"The charges are baseless,\" said Omar Adel, a lawyer for the detained men. "
                + "Interior Minister Ahmed Farouk said the men would stand trial.");
        assertThat(named(analysis, "Omar Adel").sector()).isNull();
        assertThat(named(analysis, "Ahmed Farouk").sector()).isEqualTo("GOV");
    }

    @Test
    void ordinaryJobsAreCivilianButAWorkerSpeaksAsLabour() {
        // Written for this test.
        ActorAnalysis analysis = resolve("LAGOS, June 2 (Reuters) - Fuel queues stretched for miles on Monday. "
                + "\"We slept in the car,\" said one taxi driver, Chidi Okafor. "
                + "\"Prices doubled overnight,\" said Bola Adeyemi, a market vendor in Yaba. "
                + "\"Nobody asked us,\" said Musa Bello, a worker at the depot.");
        assertThat(named(analysis, "Chidi Okafor").sector()).isEqualTo("CVL");
        assertThat(named(analysis, "Bola Adeyemi").sector()).isEqualTo("CVL");
        assertThat(named(analysis, "Musa Bello").sector()).isEqualTo("LAB");
    }

    @Test
    void tradersAndBoatmenAreCivilians() {
        // Written for this test: a trader or boatman quoted in a border town speaks for no business or body
        ActorAnalysis analysis = resolve("GOMA, March 3 (AP) - Shops stayed shut on Tuesday. "
                + "\"We have lost a week of sales,\" said Jeanne Mapendo, a 41-year-old trader. "
                + "\"Nobody crosses the lake now,\" said Pascal Bahati, a boatman.");
        assertThat(named(analysis, "Jeanne Mapendo").sector()).isEqualTo("CVL");
        assertThat(named(analysis, "Pascal Bahati").sector()).isEqualTo("CVL");
    }

    @Test
    void personNamedWithoutTitleAndLaterCalledByOfficeTakesTheOffice() {
        // Written for this test.
        ActorAnalysis analysis = resolve("ATHENS, April 7 (Reuters) - Kostas Mavros left for Ankara on Monday for two days of talks. "
                + "The Greek minister said the two sides would discuss fishing rights.");
        assertThat(named(analysis, "Kostas Mavros").sector()).isEqualTo("GOV");
    }
}
