package org.annalist.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.annalist.article.Article;

/**
 * The idempotency key of an article: SHA-256 over its id, date, outlet, author, title, url and
 * text. An article whose key is already stored is skipped; one whose id is stored with another
 * key has changed and replaces its old codings. The origin (path) is left out on purpose, so
 * moving a corpus to another folder does not re-code it.
 */
public final class ContentHash {

    private ContentHash() {}

    public static String of(Article article) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object field : new Object[] {article.id(), article.date(), article.source(), article.author(),
                    article.title(), article.url(), article.text()}) {
                digest.update((field == null ? "\u0000null" : field.toString()).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", impossible);
        }
    }
}
