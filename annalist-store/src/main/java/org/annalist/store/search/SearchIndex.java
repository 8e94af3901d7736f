package org.annalist.store.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index beside a store. One document per article (title and text) and one per
 * quote (its words and speaker), linked by article id, so a search finds both and an article
 * is replaced by deleting everything with its id. English stemming, so "drills" finds "drill".
 * Opened for writing by ingest (one writer at a time) and for reading by search.
 */
public final class SearchIndex implements AutoCloseable {

    static final String KIND = "kind";
    static final String ARTICLE_ID = "article_id";
    static final String QUOTE_ID = "quote_id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String SOURCE = "source";
    static final String DATE = "date";
    static final String SPEAKER = "speaker";

    private static final FieldType HIGHLIGHTED_TEXT = highlightedText();

    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;

    private SearchIndex(Directory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    /** Opens the index for writing, creating it when missing. */
    public static SearchIndex openForWriting(Path folder) throws IOException {
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        return new SearchIndex(directory, new IndexWriter(directory, config));
    }

    /** Opens the index for searching only. */
    public static SearchIndex openForReading(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("no search index at " + folder + " (run annalist ingest first)");
        }
        return new SearchIndex(FSDirectory.open(folder), null);
    }

    /** Adds or replaces the article and its quotes; visible to search after {@link #commit}. */
    public void put(IndexedArticle article) throws IOException {
        List<Document> documents = new ArrayList<>();
        Document articleDocument = new Document();
        articleDocument.add(new StringField(KIND, "article", Field.Store.YES));
        articleDocument.add(new StringField(ARTICLE_ID, article.articleId(), Field.Store.YES));
        if (article.title() != null) {
            articleDocument.add(new Field(TITLE, article.title(), HIGHLIGHTED_TEXT));
        }
        articleDocument.add(new Field(TEXT, article.text(), HIGHLIGHTED_TEXT));
        storeIfPresent(articleDocument, SOURCE, article.source());
        storeIfPresent(articleDocument, DATE, article.date() == null ? null : article.date().toString());
        documents.add(articleDocument);
        for (IndexedArticle.IndexedQuote quote : article.quotes()) {
            Document quoteDocument = new Document();
            quoteDocument.add(new StringField(KIND, "quote", Field.Store.YES));
            quoteDocument.add(new StringField(ARTICLE_ID, article.articleId(), Field.Store.YES));
            quoteDocument.add(new StoredField(QUOTE_ID, quote.quoteId()));
            quoteDocument.add(new Field(TEXT, quote.text(), HIGHLIGHTED_TEXT));
            storeIfPresent(quoteDocument, SPEAKER, quote.speaker());
            storeIfPresent(quoteDocument, SOURCE, article.source());
            storeIfPresent(quoteDocument, DATE, article.date() == null ? null : article.date().toString());
            documents.add(quoteDocument);
        }
        writer.deleteDocuments(new Term(ARTICLE_ID, article.articleId()));
        writer.addDocuments(documents);
    }

    public void commit() throws IOException {
        writer.commit();
    }

    /**
     * Finds articles and quotes. The query uses Lucene's classic syntax ("exact phrase",
     * OR, -word, title:word); words without an operator must all occur.
     */
    public List<SearchHit> search(String queryText, int limit) throws IOException {
        Query query;
        try {
            QueryParser parser = new QueryParser(TEXT, analyzer);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            query = parser.parse(queryText);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot read the query: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        try (DirectoryReader reader = writer != null ? DirectoryReader.open(writer) : DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs top = searcher.search(query, limit);
            SentenceHighlighter highlighter = new SentenceHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new SentenceListFormatter("«", "»"))
                    .withHighlightPhrasesStrictly(true));
            Map<String, Object[]> highlights = highlighter.sentences(new String[] {TEXT}, query,
                    docIds(top), new int[] {3});
            Object[] texts = highlights.get(TEXT);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc scoreDoc = top.scoreDocs[i];
                Document document = searcher.storedFields().document(scoreDoc.doc);
                @SuppressWarnings("unchecked")
                List<String> sentences = texts[i] == null ? List.of() : (List<String>) texts[i];
                hits.add(new SearchHit(document.get(KIND), document.get(ARTICLE_ID), document.get(QUOTE_ID),
                        document.get(TITLE), document.get(SOURCE), document.get(DATE), document.get(SPEAKER),
                        scoreDoc.score, sentences));
            }
            return hits;
        }
    }

    /** Number of articles in the committed index. */
    public int articleCount() throws IOException {
        try (DirectoryReader reader = writer != null ? DirectoryReader.open(writer) : DirectoryReader.open(directory)) {
            return new IndexSearcher(reader).count(new org.apache.lucene.search.TermQuery(new Term(KIND, "article")));
        }
    }

    /** Opens up the highlighter's per-passage results, which the public API only gives joined. */
    private static final class SentenceHighlighter extends UnifiedHighlighter {
        SentenceHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Map<String, Object[]> sentences(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }
    }

    private static int[] docIds(TopDocs top) {
        int[] ids = new int[top.scoreDocs.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = top.scoreDocs[i].doc;
        }
        return ids;
    }

    private static void storeIfPresent(Document document, String field, String value) {
        if (value != null) {
            document.add(new StoredField(field, value));
        }
    }

    private static FieldType highlightedText() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
        directory.close();
    }
}
