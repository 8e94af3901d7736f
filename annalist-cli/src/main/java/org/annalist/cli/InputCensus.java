package org.annalist.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.input.InputFormat;

/** Counts the items a run will read, for the progress bar's total; 0 when it cannot tell. */
final class InputCensus {

    private InputCensus() {}

    static long count(List<String> paths, InputFormat forcedFormat) {
        long total = 0;
        for (String name : paths) {
            if (name.equals("-")) {
                return 0;
            }
            Path path = Path.of(name);
            try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    InputFormat format = forcedFormat != null ? forcedFormat
                            : InputFormat.forFileName(file.getFileName().toString()).orElse(InputFormat.TEXT);
                    total += format == InputFormat.JSONL ? lines(file) : 1;
                }
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }
        return total;
    }

    private static long lines(Path file) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        boolean pending = false;
        try (InputStream in = Files.newInputStream(file)) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                        pending = false;
                    } else {
                        pending = true;
                    }
                }
            }
        }
        return lines + (pending ? 1 : 0);
    }
}
