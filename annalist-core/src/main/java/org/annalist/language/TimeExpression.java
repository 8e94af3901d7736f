package org.annalist.language;

/**
 * A time expression normalised against the article date ("on Monday" in an article of
 * 2024-11-19 has value "2024-11-18").
 *
 * @param sentenceIndex the sentence it is in
 * @param start character offset in the article text
 * @param end character offset after it
 * @param text the expression as written
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value: "2024-11-18", "2024-W47", "PRESENT_REF", "P1D"…; may be null
 */
public record TimeExpression(int sentenceIndex, int start, int end, String text, String type, String value) {

    /** The value as a calendar day, when it names exactly one. */
    public java.util.Optional<java.time.LocalDate> day() {
        if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(java.time.LocalDate.parse(value));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }
}
