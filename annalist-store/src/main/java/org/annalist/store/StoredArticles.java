package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.annalist.store.search.IndexedArticle;

/** Reads stored articles back, for re-indexing. */
final class StoredArticles {

    private final Connection connection;

    StoredArticles(Connection connection) {
        this.connection = connection;
    }

    IndexedArticle forIndex(String articleId) {
        try (PreparedStatement article = connection.prepareStatement(
                "SELECT title, source, publication_date, text FROM articles WHERE article_id = ?");
             PreparedStatement quotes = connection.prepareStatement(
                     "SELECT quote_id, text, speaker_name FROM quotes WHERE article_id = ? ORDER BY start_offset")) {
            article.setString(1, articleId);
            quotes.setString(1, articleId);
            List<IndexedArticle.IndexedQuote> quoteList = new ArrayList<>();
            try (ResultSet rows = quotes.executeQuery()) {
                while (rows.next()) {
                    quoteList.add(new IndexedArticle.IndexedQuote(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
            try (ResultSet rows = article.executeQuery()) {
                if (!rows.next()) {
                    throw new StoreException("article " + articleId + " is not stored");
                }
                java.sql.Date date = rows.getDate(3);
                return new IndexedArticle(articleId, rows.getString(1), rows.getString(2),
                        date == null ? null : date.toLocalDate(), rows.getString(4), quoteList);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + articleId + ": " + e.getMessage(), e);
        }
    }
}
