package org.annalist.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns every failure into the one error body, {@code {"error": {"status": 413, "message": "..."}}},
 * whatever raised it: our own {@link ApiException}, Javalin's responses (unknown route, body too
 * large), or an unexpected exception (500, whose message names the exception but no stack trace).
 */
final class ErrorResponses {

    private static final String WRITTEN = "annalist.error-written";

    private ErrorResponses() {}

    static void install(Javalin app) {
        app.exception(ApiException.class, (exception, context) -> write(context, exception.status(), exception.getMessage()));
        app.exception(HttpResponseException.class, (exception, context) -> write(context, exception.getStatus(),
                exception.getStatus() == 413 ? "the request body is larger than the server accepts" : exception.getMessage()));
        app.exception(Exception.class, (exception, context) -> write(context, 500,
                "internal error: " + exception.getClass().getSimpleName() + (exception.getMessage() == null ? "" : ": " + exception.getMessage())));
        for (int status = 400; status < 600; status++) {
            int code = status;
            app.error(status, "*", context -> {
                if (context.attribute(WRITTEN) == null) {
                    write(context, code, defaultMessage(code, context));
                }
            });
        }
    }

    static void write(Context context, int status, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", status);
        error.put("message", message == null || message.isBlank() ? defaultMessage(status, context) : message);
        context.attribute(WRITTEN, true);
        context.status(status).json(Map.of("error", error));
    }

    private static String defaultMessage(int status, Context context) {
        return switch (status) {
            case 404 -> "no such resource: " + context.method() + " " + context.path();
            case 405 -> "method not allowed: " + context.method() + " " + context.path();
            case 413 -> "the request body is larger than the server accepts";
            default -> "request failed with status " + status;
        };
    }
}
