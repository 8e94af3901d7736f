package org.annalist.input;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream line by line as raw bytes, so that one line with invalid UTF-8 or an oversized
 * line is rejected on its own while the lines around it are still read.
 */
final class ByteLineReader implements Closeable {

    /** One line: its bytes, or {@code null} bytes with the length when it exceeded the limit. */
    record Line(int number, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long maxLineBytes;
    private int lineNumber;
    private boolean finished;

    ByteLineReader(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line without its terminator, or {@code null} at the end of the stream. */
    Line next() throws IOException {
        if (finished) {
            return null;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
        long length = 0;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (length < maxLineBytes) {
                buffer.write(b);
            }
            length++;
        }
        if (b == -1) {
            finished = true;
            if (length == 0) {
                return null;
            }
        }
        lineNumber++;
        if (length > maxLineBytes) {
            return new Line(lineNumber, null, length);
        }
        byte[] bytes = buffer.toByteArray();
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, end - 1);
        }
        return new Line(lineNumber, bytes, length);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
