package org.annalist.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.annalist.article.Rejection;
import org.annalist.article.RejectionReason;

/**
 * Lazily reads every article named on the command line: files, directories (recursively, in
 * name order) and {@code -} for standard input. JSON Lines files are streamed, so a corpus of
 * any size is read in constant memory. Every problem becomes a {@link ReadResult.Rejected} with
 * a one-line reason; nothing is skipped silently except hidden files in directories.
 */
public final class ArticleInputs implements Iterator<ReadResult>, Closeable {

    /** The name used for standard input in ids and messages. */
    public static final String STDIN = "-";

    private final Deque<Path> pendingPaths = new ArrayDeque<>();
    private final Deque<ReadResult> ready = new ArrayDeque<>();
    private final InputLimits limits;
    private final InputFormat forcedFormat;
    private final InputStream stdin;
    private final PlainTextArticleParser textParser = new PlainTextArticleParser();
    private final HtmlArticleParser htmlParser = new HtmlArticleParser();
    private final JsonLineArticleParser jsonParser;
    private final FeedArticleParser feedParser = new FeedArticleParser();
    private final WarcArticleReader warcReader = new WarcArticleReader();
    private ByteLineReader openJsonLines;
    private String openJsonLinesName;
    private String openJsonLinesStem;
    private NamedStream pendingStream;

    /** A stream opened by someone else, read before any path. */
    private record NamedStream(String name, InputStream in) {}

    /**
     * @param paths files, directories or "-" for stdin
     * @param forcedFormat the format of every input, or {@code null} to go by file extension
     *     (stdin defaults to plain text)
     */
    public ArticleInputs(List<String> paths, InputFormat forcedFormat, InputLimits limits, InputStream stdin, ObjectMapper mapper) {
        for (String path : paths) {
            pendingPaths.add(Path.of(path));
        }
        this.forcedFormat = forcedFormat;
        this.limits = limits;
        this.stdin = stdin;
        this.jsonParser = new JsonLineArticleParser(mapper);
    }

    /**
     * Reads one stream that the caller opened, exactly as a file of that format would be read:
     * the same limits, ids and rejections. Distributed jobs use it for the files their engine
     * opens on any file system. The stream is closed when read.
     *
     * @param name the file's path or URI, used in origins and messages; its last segment
     *     without extension gives the article id (text) or the id prefix (JSON Lines)
     */
    public static ArticleInputs ofStream(String name, InputFormat format, InputStream in, InputLimits limits, ObjectMapper mapper) {
        ArticleInputs inputs = new ArticleInputs(List.of(), Objects.requireNonNull(format, "format"), limits, InputStream.nullInputStream(), mapper);
        inputs.pendingStream = new NamedStream(name, in);
        return inputs;
    }

    @Override
    public boolean hasNext() {
        try {
            while (ready.isEmpty()) {
                if (openJsonLines != null) {
                    readNextJsonLine();
                } else if (pendingStream != null) {
                    NamedStream stream = pendingStream;
                    pendingStream = null;
                    openStream(stream.name(), stem(stream.name().substring(stream.name().lastIndexOf('/') + 1)), forcedFormat, stream.in(), true);
                } else if (!pendingPaths.isEmpty()) {
                    open(pendingPaths.removeFirst());
                } else {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.removeFirst();
    }

    private void open(Path path) throws IOException {
        String name = path.toString();
        if (name.equals(STDIN)) {
            InputFormat format = forcedFormat == null ? InputFormat.TEXT : forcedFormat;
            openStream("stdin", "stdin", format, stdin, false);
            return;
        }
        if (Files.isDirectory(path)) {
            try (Stream<Path> children = Files.list(path)) {
                List<Path> sorted = children
                        .filter(child -> !child.getFileName().toString().startsWith("."))
                        .sorted()
                        .toList();
                for (int i = sorted.size() - 1; i >= 0; i--) {
                    pendingPaths.addFirst(sorted.get(i));
                }
            } catch (IOException e) {
                reject(name, RejectionReason.UNREADABLE, e.getMessage());
            }
            return;
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            reject(name, RejectionReason.UNREADABLE, Files.exists(path) ? "not a readable file" : "no such file");
            return;
        }
        String fileName = path.getFileName().toString();
        Optional<InputFormat> format = forcedFormat != null ? Optional.of(forcedFormat) : InputFormat.forFileName(fileName);
        if (format.isEmpty()) {
            reject(name, RejectionReason.UNSUPPORTED_FORMAT, "expected .txt, .jsonl, .html, .rss/.atom/.xml or .warc/.warc.gz");
            return;
        }
        openStream(name, stem(fileName), format.get(), new BufferedInputStream(Files.newInputStream(path)), true);
    }

    private void openStream(String name, String stem, InputFormat format, InputStream in, boolean closeAfter) throws IOException {
        if (format == InputFormat.JSONL) {
            openJsonLines = new ByteLineReader(closeAfter ? in : nonClosing(in), limits.maxFileBytes());
            openJsonLinesName = name;
            openJsonLinesStem = stem;
            return;
        }
        if (format == InputFormat.WARC) {
            readWarc(name, stem, in, closeAfter);
            return;
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                reject(name, RejectionReason.TOO_LARGE, "more than " + limits.maxFileBytes() + " bytes (the limit; see --max-bytes)");
                return;
            }
        } finally {
            if (closeAfter) {
                in.close();
            }
        }
        try {
            String content = TextDecoder.decode(bytes);
            if (format == InputFormat.FEED) {
                List<org.annalist.article.Article> items = feedParser.parse(stem, name, content);
                if (items.isEmpty()) {
                    reject(name, RejectionReason.NO_TEXT, "no item of the feed has text");
                }
                items.forEach(item -> accept(item.origin(), item));
                return;
            }
            var article = format == InputFormat.HTML
                    ? htmlParser.parse(stem, name, content)
                    : textParser.parse(stem, name, content);
            accept(name, article);
        } catch (InvalidInputException e) {
            reject(name, e.reason(), e.getMessage());
        }
    }

    /** Reads a WARC archive record by record; each record (not the file) is held to the size limit. */
    private void readWarc(String name, String stem, InputStream in, boolean closeAfter) throws IOException {
        try {
            InputStream raw = in.markSupported() ? in : new BufferedInputStream(in);
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            InputStream records = new BufferedInputStream(gzip ? new java.util.zip.GZIPInputStream(raw, 1 << 16) : raw, 1 << 16);
            for (ReadResult result : warcReader.read(stem, name, records, limits.maxFileBytes())) {
                if (result instanceof ReadResult.Read read) {
                    accept(read.article().origin(), read.article());
                } else {
                    ready.add(result);
                }
            }
        } catch (IOException e) {
            reject(name, RejectionReason.INVALID_FIELD, "unreadable WARC: " + e.getMessage());
        } finally {
            if (closeAfter) {
                in.close();
            }
        }
    }

    private void readNextJsonLine() throws IOException {
        ByteLineReader.Line line = openJsonLines.next();
        if (line == null) {
            openJsonLines.close();
            openJsonLines = null;
            return;
        }
        String where = openJsonLinesName + ":" + line.number();
        if (line.tooLong()) {
            reject(where, RejectionReason.TOO_LARGE, line.length() + " bytes in one line (the limit is " + limits.maxFileBytes() + ")");
            return;
        }
        try {
            String content = TextDecoder.decode(line.bytes());
            accept(where, jsonParser.parse(openJsonLinesStem + "-" + line.number(), where, content));
        } catch (InvalidInputException e) {
            if (e.reason() == RejectionReason.EMPTY && line.bytes().length == 0) {
                return; // blank lines between records are allowed
            }
            reject(where, e.reason(), e.getMessage());
        }
    }

    private void accept(String name, org.annalist.article.Article article) {
        if (article.text().length() > limits.maxArticleChars()) {
            reject(name, RejectionReason.TOO_LARGE, article.text().length() + " characters of text (the limit is " + limits.maxArticleChars() + ")");
            return;
        }
        ready.add(new ReadResult.Read(article));
    }

    private void reject(String name, RejectionReason reason, String detail) {
        ready.add(new ReadResult.Rejected(new Rejection(name, reason, detail)));
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // standard input belongs to the process, not to this reader
            }
        };
    }

    @Override
    public void close() throws IOException {
        if (pendingStream != null) {
            pendingStream.in().close();
            pendingStream = null;
        }
        if (openJsonLines != null) {
            openJsonLines.close();
            openJsonLines = null;
        }
    }
}
