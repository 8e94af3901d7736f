package org.annalist.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets a write request through only with {@code Authorization: Bearer <token>}: none gives 401,
 * another token 403. Compared in constant time so the token cannot be guessed byte by byte.
 */
final class TokenGuard {

    private final byte[] token;

    TokenGuard(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    void check(Context context) {
        String header = context.header("Authorization");
        if (header == null || header.isBlank()) {
            context.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "this request changes the store: send the server's token as 'Authorization: Bearer TOKEN'");
        }
        String given = header.startsWith("Bearer ") ? header.substring("Bearer ".length()).strip() : "";
        if (!MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(403, "the token is not the one this server was started with");
        }
    }
}
