package org.annalist.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annalist.article.Article;

/**
 * Reads GUM CoNLL-U files (the Georgetown University Multilayer corpus) into articles with gold
 * coreference mentions, so that the actors stage can be scored on text it has never seen.
 *
 * <p>The article text is rebuilt from the tokens as a reader would see it: tokens joined with a
 * space unless {@code SpaceAfter=No}, multi-word tokens ("Trump's") written once, sentences joined
 * by a space and {@code # newpar} starting a new paragraph ("\n\n"). Every rebuilt sentence is
 * checked against its {@code # text =} line, so an offset can never silently drift.
 *
 * <p>Mentions come from the {@code Entity=} bracket notation of the MISC column:
 * {@code (3-organization-...} opens a mention of entity 3 at this token, {@code 3)} closes the most
 * recent open mention of entity 3, and {@code (5-...)} is a one-token mention. Brackets nest and
 * may overlap across entities.
 */
public final class GumReader {

    /** Reads every {@code *.conllu} file of a folder, in file-name order. */
    public List<GumDocument> readFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<GumDocument> documents = new ArrayList<>();
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".conllu")).sorted().toList()) {
                documents.addAll(read(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the documents of one CoNLL-U text; {@code origin} names it in errors and article origins. */
    public List<GumDocument> read(String conllu, String origin) {
        List<GumDocument> documents = new ArrayList<>();
        DocumentBuilder document = null;
        SentenceBuilder sentence = null;
        String[] lines = conllu.split("\r?\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1];
            String where = origin + ":" + number;
            if (line.startsWith("# newdoc id")) {
                if (document != null) {
                    documents.add(document.build());
                }
                document = new DocumentBuilder(value(line), origin);
            } else if (line.startsWith("#")) {
                if (document == null) {
                    continue;
                }
                if (line.startsWith("# newpar") && !line.startsWith("# newpar_")) {
                    document.newParagraph = true;
                } else if (line.startsWith("# meta::dateCreated")) {
                    document.date = LocalDate.parse(value(line));
                } else if (line.startsWith("# meta::title")) {
                    document.title = value(line);
                } else if (line.startsWith("# text =")) {
                    sentence = new SentenceBuilder(value(line), where);
                }
            } else if (line.isBlank()) {
                if (sentence != null) {
                    document.add(sentence);
                    sentence = null;
                }
            } else {
                if (document == null || sentence == null) {
                    throw new IllegalArgumentException(where + ": token line outside a document or before its '# text =' line");
                }
                sentence.addRow(line.split("\t", -1), where);
            }
        }
        if (sentence != null) {
            document.add(sentence);
        }
        if (document != null) {
            documents.add(document.build());
        }
        return documents;
    }

    private static String value(String commentLine) {
        return commentLine.substring(commentLine.indexOf('=') + 1).trim();
    }

    /** One syntactic word with its place in the text; {@code head} is a document-wide word index, -1 for the root. */
    private record Word(int start, int end, String tag, int head, String misc) {}

    /** The rows of one sentence until its words can be placed in the text. */
    private static final class SentenceBuilder {
        private final String text;
        private final String where;
        private final List<String[]> words = new ArrayList<>();
        private final Map<Integer, String[]> multiWordTokens = new HashMap<>();

        SentenceBuilder(String text, String where) {
            this.text = text;
            this.where = where;
        }

        void addRow(String[] columns, String where) {
            if (columns.length != 10) {
                throw new IllegalArgumentException(where + ": expected 10 tab-separated columns, found " + columns.length);
            }
            String id = columns[0];
            if (id.contains(".")) {
                return; // an empty node of the enhanced graph: not in the text
            }
            int dash = id.indexOf('-');
            if (dash > 0) {
                multiWordTokens.put(Integer.parseInt(id.substring(0, dash)), columns);
            } else {
                words.add(columns);
            }
        }
    }

    private static final class DocumentBuilder {
        private final String id;
        private final String origin;
        private final StringBuilder text = new StringBuilder();
        private final List<Word> words = new ArrayList<>();
        private final Map<String, Deque<OpenMention>> open = new HashMap<>();
        private final List<GoldMention> mentions = new ArrayList<>();
        boolean newParagraph;
        LocalDate date;
        String title;

        DocumentBuilder(String id, String origin) {
            this.id = id;
            this.origin = origin;
        }

        void add(SentenceBuilder sentence) {
            if (!text.isEmpty()) {
                text.append(newParagraph ? "\n\n" : " ");
            }
            newParagraph = false;
            int sentenceStart = text.length();
            int firstWord = words.size();
            int index = 0;
            while (index < sentence.words.size()) {
                String[] columns = sentence.words.get(index);
                String[] range = sentence.multiWordTokens.get(Integer.parseInt(columns[0]));
                int last;
                if (range != null) {
                    last = Integer.parseInt(range[0].substring(range[0].indexOf('-') + 1)) - 1;
                    placeMultiWordToken(sentence.words.subList(index, last + 1), range[1], firstWord);
                } else {
                    last = index;
                    placeWord(columns, text.length(), text.length() + columns[1].length(), firstWord);
                    text.append(columns[1]);
                }
                String misc = (range != null ? range : sentence.words.get(last))[9];
                if (last < sentence.words.size() - 1 && !hasFlag(misc, "SpaceAfter=No")) {
                    text.append(' ');
                }
                index = last + 1;
            }
            String rebuilt = text.substring(sentenceStart);
            if (!rebuilt.equals(sentence.text)) {
                throw new IllegalArgumentException(sentence.where + ": tokens give \"" + rebuilt + "\" but '# text =' says \"" + sentence.text + "\"");
            }
            for (int word = firstWord; word < words.size(); word++) {
                readEntities(word);
            }
        }

        /** Places the words of "Trump's" inside its surface form when they spell it, else each on the whole form. */
        private void placeMultiWordToken(List<String[]> parts, String surface, int firstWord) {
            int start = text.length();
            boolean spells = String.join("", parts.stream().map(p -> p[1]).toList()).equals(surface);
            int offset = start;
            for (String[] part : parts) {
                if (spells) {
                    placeWord(part, offset, offset + part[1].length(), firstWord);
                    offset += part[1].length();
                } else {
                    placeWord(part, start, start + surface.length(), firstWord);
                }
            }
            text.append(surface);
        }

        private void placeWord(String[] columns, int start, int end, int firstWord) {
            int head = Integer.parseInt(columns[6]);
            words.add(new Word(start, end, columns[4], head == 0 ? -1 : firstWord + head - 1, columns[9]));
        }

        private static boolean hasFlag(String misc, String flag) {
            for (String item : misc.split("\\|")) {
                if (item.equals(flag)) {
                    return true;
                }
            }
            return false;
        }

        private void readEntities(int word) {
            String brackets = null;
            for (String item : words.get(word).misc().split("\\|")) {
                if (item.startsWith("Entity=")) {
                    brackets = item.substring("Entity=".length());
                }
            }
            if (brackets == null) {
                return;
            }
            int at = 0;
            while (at < brackets.length()) {
                if (brackets.charAt(at) == '(') {
                    int stop = at + 1;
                    while (stop < brackets.length() && brackets.charAt(stop) != '(' && brackets.charAt(stop) != ')') {
                        stop++;
                    }
                    String[] fields = brackets.substring(at + 1, stop).split("-");
                    if (fields.length < 2) {
                        throw new IllegalArgumentException(origin + ": document " + id + ": bad entity bracket \"" + brackets + "\"");
                    }
                    OpenMention mention = new OpenMention(fields[0], fields[1], word);
                    if (stop < brackets.length() && brackets.charAt(stop) == ')') {
                        close(mention, word);
                        stop++;
                    } else {
                        open.computeIfAbsent(fields[0], k -> new ArrayDeque<>()).push(mention);
                    }
                    at = stop;
                } else {
                    int stop = brackets.indexOf(')', at);
                    if (stop < 0) {
                        throw new IllegalArgumentException(origin + ": document " + id + ": bad entity bracket \"" + brackets + "\"");
                    }
                    String entity = brackets.substring(at, stop);
                    Deque<OpenMention> stack = open.get(entity);
                    if (stack == null || stack.isEmpty()) {
                        throw new IllegalArgumentException(origin + ": document " + id + ": entity " + entity + " closed but never opened");
                    }
                    close(stack.pop(), word);
                    at = stop + 1;
                }
            }
        }

        private void close(OpenMention mention, int lastWord) {
            Word head = words.get(headOf(mention.firstWord(), lastWord));
            int start = words.get(mention.firstWord()).start();
            int end = words.get(lastWord).end();
            mentions.add(new GoldMention(mention.entity(), mention.type(), start, end, text.substring(start, end),
                    head.start(), head.end(), head.tag()));
        }

        /** The first word of the span whose dependency head lies outside it; the last word if none does. */
        private int headOf(int first, int last) {
            for (int word = first; word <= last; word++) {
                int head = words.get(word).head();
                if (head < first || head > last) {
                    return word;
                }
            }
            return last;
        }

        GumDocument build() {
            if (open.values().stream().anyMatch(stack -> !stack.isEmpty())) {
                throw new IllegalArgumentException(origin + ": document " + id + " ends with unclosed entity mentions");
            }
            Article article = new Article(id, date, "Wikinews", null, title, null, text.toString(), origin);
            List<GoldMention> sorted = new ArrayList<>(mentions);
            sorted.sort(Comparator.comparingInt(GoldMention::start).thenComparing(Comparator.comparingInt(GoldMention::end).reversed()));
            return new GumDocument(article, sorted);
        }
    }

    private record OpenMention(String entity, String type, int firstWord) {}
}
