package org.annalist.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One news article as read from its input, before any analysis.
 *
 * <p>{@code text} is the article body that all character offsets in the output refer to;
 * bylines, the date line and markup are removed by the reader, never by later stages.
 *
 * @param id stable identifier: the id given by the input, else the file name without extension
 * @param date publication date, or {@code null} when the input gives none
 * @param source outlet name (e.g. "PressTV"), or {@code null}
 * @param author author or byline initials (e.g. "AMK"), or {@code null}
 * @param title headline, or {@code null}
 * @param url address of the original page, or {@code null}
 * @param text the article body
 * @param origin where it was read from, for error messages (a path, "path:line" or "stdin")
 */
public record Article(
        String id,
        LocalDate date,
        String source,
        String author,
        String title,
        String url,
        String text,
        String origin) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
    }

    /** SHA-256 of the text, hex: identifies the exact words every offset refers to. */
    public String textHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", impossible);
        }
    }
}
