package org.annalist.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The JVM's CPU time per kind of native thread (the garbage collector, the JIT compilers, the
 * rest), read from Linux's {@code /proc/self/task}. The JVM's own beans see only
 * Java threads, so they cannot say how much of the process CPU beyond the workers is collection
 * and how much compilation; this can. On a system without {@code /proc} the census is empty.
 */
final class ThreadCpuCensus {

    /** Clock ticks per second of {@code /proc}'s CPU counters ({@code USER_HZ}, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Map<String, Long> ticksByThread;

    private ThreadCpuCensus(Map<String, Long> ticksByThread) {
        this.ticksByThread = ticksByThread;
    }

    /** The CPU ticks each live thread of this process has used so far, keyed by thread id and name. */
    static ThreadCpuCensus take() {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"), StandardCharsets.UTF_8);
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close);
                    String[] fields = stat.substring(close + 2).split(" ");
                    // fields[0] is the state (stat field 3); utime and stime are stat fields 14 and 15
                    ticks.put(task.getFileName() + "\t" + name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while the census was taken: its time is not counted
                }
            });
        } catch (IOException | RuntimeException noProc) {
            return new ThreadCpuCensus(Map.of());
        }
        return new ThreadCpuCensus(ticks);
    }

    /**
     * Milliseconds of CPU per kind of thread between {@code before} and this census, in a fixed
     * order (GC, JIT, other); empty without {@code /proc}. The benchmark's workers are left out:
     * their pools end with each pass (their time is measured through the JVM's thread bean).
     */
    Map<String, Double> millisecondsSince(ThreadCpuCensus before) {
        Map<String, Double> byKind = new LinkedHashMap<>();
        if (ticksByThread.isEmpty()) {
            return byKind;
        }
        for (String kind : new String[] {"GC", "JIT", "other"}) {
            byKind.put(kind, 0.0);
        }
        ticksByThread.forEach((thread, ticks) -> {
            String kind = kind(thread.substring(thread.indexOf('\t') + 1));
            if (kind.equals("workers")) {
                return;
            }
            long used = ticks - before.ticksByThread.getOrDefault(thread, 0L);
            byKind.merge(kind, used * 1000 / TICKS_PER_SECOND, Double::sum);
        });
        return byKind;
    }

    /**
     * The kind of a JVM thread by its native name: HotSpot's collector threads ("GC Thread#0",
     * "G1 Young RemSet Sampling", "G1 Conc#0", "G1 Refine#0") and the VM thread, which runs the
     * stop-the-world collections of the serial collector; its compiler threads ("C2 CompilerThre");
     * the benchmark's pool threads ("pool-3-thread-1").
     */
    static String kind(String threadName) {
        if (threadName.startsWith("pool-")) {
            return "workers";
        }
        if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ") || threadName.equals("VM Thread")) {
            return "GC";
        }
        if (threadName.startsWith("C1 Compiler") || threadName.startsWith("C2 Compiler")) {
            return "JIT";
        }
        return "other";
    }
}
