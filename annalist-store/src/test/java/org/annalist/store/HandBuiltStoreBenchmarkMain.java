package org.annalist.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.pipeline.CodedArticle;

/**
 * Runs {@link StoreBenchmark} on hand-built coded articles (meetings between twelve pairs of
 * countries), for measuring the store before the event coder is on main; {@code annalist
 * bench-store} runs the same benchmark on articles coded by the full pipeline.
 * Arguments: EVENTS QUERIES FOLDER.
 */
public final class HandBuiltStoreBenchmarkMain {

    public static void main(String[] args) throws Exception {
        String[] codes = {"IRN", "AZE", "RUS", "TUR", "ARM", "GEO"};
        List<CodedArticle> seeds = new ArrayList<>();
        int n = 0;
        for (int a = 0; a < codes.length; a++) {
            for (int b = a + 1; b < codes.length; b++) {
                seeds.add(CodedArticles.meeting("seed" + n, "Seed", LocalDate.of(2022, 1, 1), "Ali Rezaei " + n, "Farid Aliyev " + n,
                        "The talks on joint military drills and border trade number " + n + " were useful", codes[a], codes[b]));
                n++;
            }
        }
        new StoreBenchmark(System.out).run(seeds, Integer.parseInt(args[0]), Integer.parseInt(args[1]), Path.of(args[2]).resolve("bench.duckdb"));
    }
}
