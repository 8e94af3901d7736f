package org.annalist.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.input.ArticleInputs;
import org.annalist.input.InputFormat;
import org.annalist.input.InputLimits;
import org.annalist.input.InvalidInputException;
import org.annalist.input.JsonLineArticleParser;
import org.annalist.input.ReadResult;

/**
 * Turns a submission into the readers' results, reusing the readers of {@code annalist ingest}:
 * a JSON body (one article object, or an array of them, with the fields of a JSON Lines record)
 * or uploaded files (.txt, .jsonl, .html and the other formats ingest reads, by extension).
 * A body that is not JSON, or not articles, is the client's mistake (400); an article the
 * readers reject is reported with the others.
 */
final class SubmittedArticles {

    private final ObjectMapper mapper;
    private final JsonLineArticleParser jsonParser;

    SubmittedArticles(ObjectMapper mapper) {
        this.mapper = mapper;
        this.jsonParser = new JsonLineArticleParser(mapper);
    }

    List<ReadResult> fromJson(String body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !(root.isObject() || root.isArray())) {
            throw ApiException.badRequest("the body must be an article object {\"text\": ...} or an array of them");
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(nodes::add);
        } else {
            nodes.add(root);
        }
        if (nodes.isEmpty()) {
            throw ApiException.badRequest("the array holds no articles");
        }
        List<ReadResult> results = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String origin = "api:" + (i + 1);
            try {
                results.add(new ReadResult.Read(jsonParser.parse(fallbackId(node), origin, node.toString())));
            } catch (InvalidInputException e) {
                throw ApiException.badRequest("article " + (i + 1) + ": " + e.reason().name().toLowerCase(java.util.Locale.ROOT)
                        + ": " + e.getMessage());
            }
        }
        return results;
    }

    /** Reads uploaded files with the ingest readers; each file goes through a private temporary folder. */
    List<ReadResult> fromFiles(List<UploadedFile> files, long maxBytes) {
        if (files.isEmpty()) {
            throw ApiException.badRequest("the multipart body has no file part named 'file'");
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("annalist-upload");
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                UploadedFile file = files.get(i);
                String name = safeName(file.filename());
                if (InputFormat.forFileName(name).isEmpty()) {
                    throw new ApiException(415, "cannot read '" + name + "': upload .txt, .jsonl, .html (or a feed or WARC archive)");
                }
                Path target = Files.createDirectories(folder.resolve(String.valueOf(i))).resolve(name);
                try (InputStream content = file.content()) {
                    Files.copy(content, target);
                }
                paths.add(target.toString());
            }
            List<ReadResult> results = new ArrayList<>();
            try (ArticleInputs inputs = new ArticleInputs(paths, null, new InputLimits(maxBytes, InputLimits.DEFAULT.maxArticleChars()),
                    InputStream.nullInputStream(), mapper)) {
                inputs.forEachRemaining(results::add);
            }
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(folder);
        }
    }

    /** A JSON article without an id is named by its text, so submitting it twice stores it once. */
    private static String fallbackId(JsonNode node) {
        JsonNode text = node.get("text");
        String content = text == null ? "" : text.asText();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.strip().getBytes(StandardCharsets.UTF_8));
            return "submitted-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The file name without any folder part, so an upload cannot write outside its folder. */
    static String safeName(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw ApiException.badRequest("the uploaded file has no usable name");
        }
        return name;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
