package org.annalist.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads query parameters with the CLI's names, refusing malformed values with 400 and a message naming the parameter. */
final class RequestParameters {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;

    private final Context context;

    RequestParameters(Context context) {
        this.context = context;
    }

    /** The value, or null when absent or blank. */
    String text(String name) {
        String value = context.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    String required(String name) {
        String value = text(name);
        if (value == null) {
            throw ApiException.badRequest("the query parameter '" + name + "' is required");
        }
        return value;
    }

    LocalDate date(String name) {
        String value = text(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'" + name + "' must be a date YYYY-MM-DD, was '" + value + "'");
        }
    }

    int limit() {
        return integer("limit", DEFAULT_LIMIT, 0, MAX_LIMIT);
    }

    int offset() {
        return integer("offset", 0, 0, Integer.MAX_VALUE);
    }

    /** A number from {@code min} to {@code max}, or null when absent. */
    Double decimal(String name, double min, double max) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' must be a number, was '" + value + "'");
        }
        if (!(number >= min && number <= max)) {
            throw ApiException.badRequest("'" + name + "' must be between " + min + " and " + max + ", was " + value);
        }
        return number;
    }

    Long longValue(String name) {
        String value = text(name);
        try {
            return value == null ? null : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' must be a whole number, was '" + value + "'");
        }
    }

    int integer(String name, int fallback, int min, int max) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw ApiException.badRequest("'" + name + "' must be between " + min + " and " + max + ", was " + number);
            }
            return number;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' must be a whole number, was '" + value + "'");
        }
    }

    /** A dyad: {@code dyad=IRN,AZE} or {@code dyad=IRN&dyad=AZE}; null when absent. */
    List<String> dyad() {
        List<String> codes = new ArrayList<>();
        for (String value : context.queryParams("dyad")) {
            for (String code : value.split(",")) {
                if (!code.isBlank()) {
                    codes.add(code.strip());
                }
            }
        }
        if (codes.isEmpty()) {
            return null;
        }
        if (codes.size() != 2) {
            throw ApiException.badRequest("'dyad' is two codes, as dyad=IRN,AZE; got " + codes);
        }
        return codes;
    }

    long pathLong(String name) {
        String value = context.pathParam(name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no " + name.replace("_id", "") + " with id '" + value + "'");
        }
    }
}
