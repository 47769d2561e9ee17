package org.opencac.evaluation;

/**
 * Provenance of an evaluation run, so two runs can be compared.
 *
 * @param timestamp          ISO-8601 instant the run finished
 * @param codeSetVersion     the code-set release(s) the coder reported, comma-separated
 * @param goldFile           the gold file or folder name
 * @param noteCount          notes evaluated, including failed ones
 * @param errorCount         notes whose coding threw
 * @param threads            worker threads used
 * @param wallTimeMillis     coding wall time
 * @param bootstrapResamples resamples behind each confidence interval
 * @param bootstrapSeed      the seed that makes the intervals repeatable
 */
public record RunMetadata(String timestamp, String codeSetVersion, String goldFile, int noteCount, int errorCount,
                          int threads, long wallTimeMillis, int bootstrapResamples, long bootstrapSeed) {
}
