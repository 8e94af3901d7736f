package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ThreadCpuCensusTest {

    @Test
    void countsHotSpotCollectorThreadsAndTheVmThreadAsGarbageCollection() {
        assertThat(ThreadCpuCensus.kind("GC Thread#1")).isEqualTo("GC");
        assertThat(ThreadCpuCensus.kind("G1 Conc#0")).isEqualTo("GC");
        assertThat(ThreadCpuCensus.kind("G1 Refine#0")).isEqualTo("GC");
        assertThat(ThreadCpuCensus.kind("VM Thread")).isEqualTo("GC");
    }

    @Test
    void separatesCompilerThreadsWorkersAndTheRest() {
        assertThat(ThreadCpuCensus.kind("C2 CompilerThre")).isEqualTo("JIT");
        assertThat(ThreadCpuCensus.kind("C1 CompilerThre")).isEqualTo("JIT");
        assertThat(ThreadCpuCensus.kind("pool-3-thread-1")).isEqualTo("workers");
        assertThat(ThreadCpuCensus.kind("main")).isEqualTo("other");
    }

    @Test
    void reportsCollectionCompilationAndOtherThreadsOnLinux() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux's /proc");
        ThreadCpuCensus before = ThreadCpuCensus.take();
        System.gc();
        assertThat(ThreadCpuCensus.take().millisecondsSince(before)).containsOnlyKeys("GC", "JIT", "other");
    }
}
