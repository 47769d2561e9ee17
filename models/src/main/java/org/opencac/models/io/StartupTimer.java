package org.opencac.models.io;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times one part of start-up and logs it (logger {@code opencac.startup}, INFO): wall time and the CPU time of
 * the thread that did it, so the start-up breakdown can be read from any launch, loaded machine or not.
 */
public final class StartupTimer {
    private static final Logger LOG = LoggerFactory.getLogger("opencac.startup");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StartupTimer() {
    }

    /** Runs {@code part} and logs how long it took; returns its result. */
    public static <T> T time(String name, Supplier<T> part) {
        long wall0 = System.nanoTime();
        long cpu0 = cpuNanos();
        T result = part.get();
        long cpu = cpuNanos() - cpu0;
        LOG.info("start-up: {} in {} ms ({} ms CPU on {})", name, (System.nanoTime() - wall0) / 1_000_000,
                cpu / 1_000_000, Thread.currentThread().getName());
        return result;
    }

    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? Math.max(0, THREADS.getCurrentThreadCpuTime()) : 0;
    }
}
