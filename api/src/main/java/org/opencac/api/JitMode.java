package org.opencac.api;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Which of HotSpot's JIT compilers compile the engine (setting {@code jit}, variable {@code OPENCAC_JIT}).
 * HotSpot compiles hot code first with C1 (quickly, into fair code) and then again with C2 (slowly, into fast
 * code). The engine's hot code is large: over a pass of the 1,769 MTSamples notes C2 spends more CPU compiling
 * (about 16 s) than the coding thread spends coding, and a second coding thread competes with it for the cores.
 * C2's code is faster only once it is compiled, so it pays back on a long run (a service under sustained load, a
 * batch of many thousands of notes) and loses on a short one (a start-up, a command, a batch of a few thousand).
 * <ul>
 *   <li>{@link #AUTO} (default): C1 only for every command but {@code serve}, and for a {@code batch} that
 *       has fewer than {@value #TIERED_FROM_NOTES_PER_THREAD} notes a thread, whatever its thread count; both
 *       compilers for the service and for a longer batch. A core left free does not make C2 pay on a short
 *       batch: while C2 works through its queue the coding thread runs C1's profiling code (slower than C1's
 *       plain code), so one thread over the 1,769 MTSamples notes needed about 9% more CPU a note with both
 *       compilers (median 3.76 against 3.43 ms, 7 alternated runs each) and the process 70% more;</li>
 *   <li>{@link #C1}: C1 only, always;</li>
 *   <li>{@link #TIERED}: both compilers, always (the JVM's default).</li>
 * </ul>
 */
public enum JitMode {
    AUTO, C1, TIERED;

    /**
     * From this many notes a thread, a batch uses both compilers. Measured on the 1,769 MTSamples notes (about
     * 3 KB each) with 2 threads on 2 cores: C1 only 272 notes/s, both compilers 198 (C2 compiling for 6-8 s of
     * the cores' time); C2's code is faster once compiled (about 4.4 against 5.4 ms of CPU a note), which pays
     * back those seconds only after several thousand notes a thread.
     */
    public static final int TIERED_FROM_NOTES_PER_THREAD = 3_000;

    /** The setting's value: {@code auto}, {@code c1} or {@code tiered}, in any case. */
    public static JitMode parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("setting jit (OPENCAC_JIT) must be auto, c1 or tiered, got '" + value
                    + "'", e);
        }
    }

    /**
     * Whether {@code command} should run with C1 only.
     *
     * @param command        the subcommand ({@code serve}, {@code batch}, {@code eval}, ...)
     * @param batchThreads   for {@code batch}: its worker threads
     * @param cores          the cores this JVM may use
     * @param notesPerThread for {@code batch}: its notes per worker thread, counted only when needed (it may stop
     *                       counting at {@link #TIERED_FROM_NOTES_PER_THREAD})
     */
    public boolean c1Only(String command, int batchThreads, int cores, LongSupplier notesPerThread) {
        return switch (this) {
            case C1 -> true;
            case TIERED -> false;
            case AUTO -> switch (command) {
                case "serve" -> false;
                case "batch" -> notesPerThread.getAsLong() < TIERED_FROM_NOTES_PER_THREAD;
                default -> true;
            };
        };
    }
}
