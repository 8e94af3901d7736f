package org.annalist.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.article.Article;
import org.annalist.article.Rejection;
import org.annalist.article.RejectionReason;

/**
 * Reads a WARC 1.0/1.1 file (plain or gzip-compressed, one member per record or one for all)
 * record by record: each {@code response} record whose HTTP payload is {@code text/html} is
 * given to {@link HtmlArticleParser}; other records (requests, metadata, images) are passed
 * over. The article's url is the record's WARC-Target-URI when the page does not name one.
 */
public final class WarcArticleReader {

    private static final Pattern CHARSET = Pattern.compile("charset=[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    private final HtmlArticleParser htmlParser = new HtmlArticleParser();

    /** One record's headers and block. */
    record WarcRecord(String version, Map<String, String> headers, byte[] block) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Every HTML page in the archive, as an article or a rejection, in record order. */
    public List<ReadResult> read(String stem, String origin, InputStream in, long maxRecordBytes) throws IOException {
        List<ReadResult> results = new ArrayList<>();
        int number = 0;
        for (WarcRecord record; (record = next(in, maxRecordBytes)) != null; ) {
            number++;
            if (!"response".equalsIgnoreCase(record.header("WARC-Type"))) {
                continue;
            }
            String where = origin + "#" + number;
            HttpPayload payload = HttpPayload.parse(record.block());
            if (payload == null || payload.contentType() == null || !payload.contentType().toLowerCase(Locale.ROOT).contains("text/html")) {
                continue;
            }
            try {
                String html = new String(payload.body(), charset(payload.contentType()));
                Article article = htmlParser.parse(stem + "-" + number, where, html);
                String uri = record.header("WARC-Target-URI");
                if (article.url() == null && uri != null) {
                    article = new Article(article.id(), article.date(), article.source(), article.author(), article.title(),
                            uri, article.text(), article.origin());
                }
                results.add(new ReadResult.Read(article));
            } catch (InvalidInputException e) {
                results.add(new ReadResult.Rejected(new Rejection(where, e.reason(), e.getMessage())));
            }
        }
        return results;
    }

    /** The next record, or null at the end of the file. */
    static WarcRecord next(InputStream in, long maxRecordBytes) throws IOException {
        String version;
        do {
            version = line(in);
            if (version == null) {
                return null;
            }
        } while (version.isEmpty());
        if (!version.startsWith("WARC/")) {
            throw new IOException("not a WARC record: expected WARC/1.0 or WARC/1.1, found \"" + version + "\"");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header; (header = line(in)) != null && !header.isEmpty(); ) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
            }
        }
        long length;
        try {
            length = Long.parseLong(headers.getOrDefault("content-length", "-1"));
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length < 0) {
            throw new IOException("WARC record without a valid Content-Length");
        }
        if (length > maxRecordBytes) {
            in.skipNBytes(length);
            return new WarcRecord(version, headers, new byte[0]);
        }
        return new WarcRecord(version, headers, in.readNBytes((int) length));
    }

    /** A CRLF- or LF-terminated line in ISO-8859-1 (headers are ASCII), null at end of stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            bytes.write(b);
        }
        if (b == -1 && bytes.size() == 0) {
            return null;
        }
        String line = bytes.toString(StandardCharsets.ISO_8859_1);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static Charset charset(String contentType) {
        Matcher matcher = CHARSET.matcher(contentType);
        if (matcher.find()) {
            try {
                return Charset.forName(matcher.group(1));
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The HTTP response inside a response record: its Content-Type and body. */
    record HttpPayload(String contentType, byte[] body) {
        static HttpPayload parse(byte[] block) {
            int end = -1;
            for (int i = 0; i + 1 < block.length; i++) {
                if (block[i] == '\n' && (block[i + 1] == '\n' || (block[i + 1] == '\r' && i + 2 < block.length && block[i + 2] == '\n'))) {
                    end = i + (block[i + 1] == '\n' ? 2 : 3);
                    break;
                }
            }
            if (end < 0) {
                return null;
            }
            String head = new String(block, 0, end, StandardCharsets.ISO_8859_1);
            if (!head.startsWith("HTTP/")) {
                return null;
            }
            String contentType = null;
            for (String header : head.split("\r?\n")) {
                if (header.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    contentType = header.substring(header.indexOf(':') + 1).strip();
                }
            }
            byte[] body = java.util.Arrays.copyOfRange(block, end, block.length);
            return new HttpPayload(contentType, body);
        }
    }

}
