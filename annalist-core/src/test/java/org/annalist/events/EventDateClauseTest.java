package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An event is dated by its own clause: a day there first, else a week, month or year there, never a noun's date. */
class EventDateClauseTest {

    private static List<Event> ofType(String articleDate, String text, String type) {
        return CoderFixture.code(articleDate, text).events().stream().filter(event -> event.event().equals(type)).toList();
    }

    @Test
    void eachClauseKeepsItsOwnWeekday() {
        List<Event> events = CoderFixture.code("2026-07-08",
                "Malaysian coast guard ships detained three Indonesian fishing boats off Sabah on Monday, prompting "
                        + "Jakarta to summon Malaysia's ambassador on Tuesday.").events();
        assertThat(events).filteredOn(event -> event.event().equals("COERCE"))
                .extracting(Event::date).containsOnly(LocalDate.of(2026, 7, 6));
        assertThat(events).filteredOn(event -> event.evidence().trigger().text().startsWith("summon"))
                .extracting(Event::date).containsOnly(LocalDate.of(2026, 7, 7));
    }

    @Test
    void aCoordinatedClauseWithItsOwnSubjectKeepsItsOwnWeekday() {
        List<Event> events = ofType("2026-02-12",
                "Iranian naval forces seized a Panama-flagged tanker in the Gulf on Tuesday, and Qatar summoned "
                        + "Iran's ambassador on Wednesday.", "COERCE");
        assertThat(events).extracting(Event::date).containsOnly(LocalDate.of(2026, 2, 10));
    }

    @Test
    void aMonthOfTheOwnClauseGivesTheMonthNotTheArticleDay() {
        List<Event> events = ofType("2026-08-12",
                "Vietnam and Malaysia agreed in July to a provisional arrangement on fishing around the disputed reef.",
                "AGREE");
        assertThat(events).isNotEmpty();
        assertThat(events).extracting(Event::date).containsOnly(LocalDate.of(2026, 7, 1));
        assertThat(events).extracting(Event::datePrecision).containsOnly(DatePrecision.MONTH);
    }

    @Test
    void aBareMonthOfAPastEventIsTheLastSuchMonth() {
        List<Event> events = ofType("2026-02-11",
                "The Kenyan government rejected a Ugandan proposal in December, officials said.", "REJECT");
        assertThat(events).isNotEmpty();
        assertThat(events).extracting(Event::date).containsOnly(LocalDate.of(2025, 12, 1));
    }

    @Test
    void lastYearGivesTheYear() {
        List<Event> events = ofType("2026-03-03",
                "The former colonel was arrested by Italian police in Rome last year.", "COERCE");
        assertThat(events).isNotEmpty();
        assertThat(events).extracting(Event::date).containsOnly(LocalDate.of(2025, 1, 1));
        assertThat(events).extracting(Event::datePrecision).containsOnly(DatePrecision.YEAR);
    }

    @Test
    void aYearModifyingANounDoesNotDateTheEvent() {
        List<Event> events = ofType("2026-03-04",
                "Iran accused the United States of wrecking the 2015 nuclear deal.", "ACCUSE");
        assertThat(events).isNotEmpty();
        assertThat(events).extracting(Event::date).containsOnly(LocalDate.of(2026, 3, 4));
        assertThat(events).extracting(Event::datePrecision).containsOnly(DatePrecision.DAY);
    }

    @Test
    void aYearAfterSinceBoundsASpanAndDoesNotDateTheEvent() {
        List<Event> events = ofType("2026-09-22",
                "Estonia has expelled several Russian diplomats since 2022.", "SANCTION");
        assertThat(events).isNotEmpty();
        assertThat(events).extracting(Event::datePrecision).containsOnly(DatePrecision.DAY);
    }

    @Test
    void aWeekdayDoesNotDateATriggerInThePresentPerfect() {
        // a Wednesday story: the strike is this Friday, the call is today's news
        List<Event> events = ofType("2026-11-25",
                "Argentina's largest trade union federation has called for a nationwide strike on Friday against the "
                        + "government's pension plan.", "REQUEST");
        assertThat(events).isNotEmpty();
        assertThat(events).extracting(Event::date).containsOnly(LocalDate.of(2026, 11, 25));
    }

    @Test
    void aWeekdayStillDatesTheSimplePast() {
        List<Event> events = ofType("2026-11-25",
                "Thousands of Argentine workers staged a nationwide strike on Friday against the government's pension plan.", "PROTEST");
        assertThat(events).isNotEmpty();
        assertThat(events).extracting(Event::date).containsOnly(LocalDate.of(2026, 11, 20));
    }

    @Test
    void aWeekdayOnlyInAnotherClauseStillDatesTheEvent() {
        List<Event> events = ofType("2026-08-27",
                "Niger's junta expelled the Belgian ambassador on Friday, accusing Brussels of meddling.",
                "ACCUSE");
        assertThat(events).isNotEmpty();
        assertThat(events).extracting(Event::date).containsOnly(LocalDate.of(2026, 8, 21));
    }
}
