package org.annalist.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.annalist.article.RejectionReason;

/** Turns raw bytes into text, refusing binary data and invalid UTF-8 instead of guessing. */
final class TextDecoder {

    private TextDecoder() {}

    static String decode(byte[] bytes) throws InvalidInputException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InvalidInputException(RejectionReason.BINARY, "NUL byte at offset " + i);
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidInputException(RejectionReason.INVALID_ENCODING,
                    "bad byte sequence at offset " + in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new InvalidInputException(RejectionReason.INVALID_ENCODING, "truncated character at end");
        }
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InvalidInputException(RejectionReason.EMPTY, "");
        }
        return text;
    }

}
