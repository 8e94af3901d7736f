package org.annalist.input;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.annalist.article.RejectionReason;

/** Parses the publication dates news inputs carry: ISO dates, ISO date-times and RFC 1123. */
final class PublicationDates {

    private static final List<Function<String, LocalDate>> PARSERS = List.of(
            LocalDate::parse,
            value -> OffsetDateTime.parse(value).toLocalDate(),
            value -> ZonedDateTime.parse(value).toLocalDate(),
            value -> ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate(),
            value -> LocalDate.parse(value.substring(0, Math.min(10, value.length()))));

    private PublicationDates() {}

    /** The date, or {@code null} for a null value; an unparseable value is an input error. */
    static LocalDate parse(String value) throws InvalidInputException {
        if (value == null) {
            return null;
        }
        for (Function<String, LocalDate> parser : PARSERS) {
            try {
                return parser.apply(value.strip());
            } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
                // try the next form
            }
        }
        throw new InvalidInputException(RejectionReason.INVALID_FIELD, "unparseable date \"" + value + "\"");
    }

    /** Like {@link #parse} but gives {@code null} for an unparseable value (HTML meta tags vary). */
    static LocalDate parseLeniently(String value) {
        try {
            return parse(value);
        } catch (InvalidInputException e) {
            return null;
        }
    }
}
