/**
 * Performance benchmarks, run on demand by {@code bench/run-benchmarks.sh}, never by the unit tests.
 *
 * <p>{@link org.opencac.evaluation.bench.RunBenchmarks} runs, in order: {@link PipelineBenchmark} (JMH,
 * in-process pipeline throughput by note size and thread count), {@link StageProfile} (time per
 * pipeline stage, with sampled hot methods), and {@link LoadTest} (the service jar as a child process
 * with a 512 MB heap: cold start, closed-loop HTTP load, peak heap). {@link BenchmarkReport} writes the
 * results and the targets side by side to {@code docs/benchmarks.md}.
 *
 * <p>Inputs are built by {@link BenchNotes} from the dev corpus by whole sentences, so every note is
 * realistic clinical text of a fixed size. Trap: the load-test client shares the machine with the
 * service, so on a small machine its latencies include CPU contention with the client.
 */
package org.opencac.evaluation.bench;
