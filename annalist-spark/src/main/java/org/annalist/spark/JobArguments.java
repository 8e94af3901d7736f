package org.annalist.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line, checked before Spark starts:
 * {@code --input URI --input-format jsonl|text|parquet --output DIR [--threads-per-executor N]
 * [--timeout SECONDS] [--partitions N] [--actors FILE]...}.
 *
 * @param input where the articles are: a file, folder or glob on any Hadoop file system
 * @param format how they are stored
 * @param output the folder the tables are written to (events/, quotes/, entities/, rejects/)
 * @param partitions how many partitions the articles are spread over before coding, or 0 for
 *     three per core of the cluster (a few per core balances long and short articles)
 * @param coding how each executor codes
 */
record JobArguments(String input, ArticleReaders.Format format, String output, int partitions, CodingSettings coding) {

    static final String USAGE = "usage: CodeArticlesJob --input URI --input-format jsonl|text|parquet --output DIR "
            + "[--threads-per-executor N] [--timeout SECONDS] [--partitions N] [--actors FILE]...";

    static JobArguments parse(String... arguments) {
        String input = null;
        String format = null;
        String output = null;
        int threads = 1;
        int timeout = CodingSettings.defaults().timeoutSeconds();
        int partitions = 0;
        List<String> actorFiles = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            String name = arguments[i];
            if (i + 1 >= arguments.length) {
                throw new IllegalArgumentException(name + " needs a value; " + USAGE);
            }
            String value = arguments[++i];
            switch (name) {
                case "--input" -> input = value;
                case "--input-format" -> format = value;
                case "--output" -> output = value;
                case "--threads-per-executor" -> threads = number(name, value);
                case "--timeout" -> timeout = number(name, value);
                case "--partitions" -> partitions = number(name, value);
                case "--actors" -> actorFiles.add(value);
                default -> throw new IllegalArgumentException("unknown option " + name + "; " + USAGE);
            }
        }
        if (input == null || format == null || output == null) {
            throw new IllegalArgumentException("--input, --input-format and --output are required; " + USAGE);
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must not be negative");
        }
        return new JobArguments(input, ArticleReaders.Format.parse(format), output, partitions,
                new CodingSettings(CodingSettings.defaults().maxSentenceTokens(), actorFiles, threads, timeout));
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a whole number, not " + value);
        }
    }
}
