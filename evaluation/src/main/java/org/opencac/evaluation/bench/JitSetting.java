package org.opencac.evaluation.bench;

import java.util.List;
import java.util.Map;

/**
 * How the JIT of a measured process is set: the service jar's {@code jit} setting ({@code OPENCAC_JIT}; see the
 * api module's {@code JitMode}) and JVM options. {@link #DEFAULT} is plain {@code java -jar} (a batch of a few
 * thousand notes and every command but the service then compile with C1 only, the service with both
 * compilers); {@link #TIERED} forces both compilers; {@link #C1_FROM_START} is {@code java
 * -XX:TieredStopAtLevel=1 -jar}: C1 only from the JVM's first instruction, so hot code is compiled once into C1's
 * plain code, where the setting's C1 limit (a compiler directive that refuses C2, given once the jar's code runs)
 * leaves much of it in C1's slower profiling code first; {@link #FAST_START} is the service launched with
 * {@code -XX:TieredStopAtLevel=1}, C1 only from the JVM's first instruction (the setting can only limit the JIT
 * once the jar's code runs, after the start-up's first compilations), and with the jar's class archive
 * ({@code -XX:SharedArchiveFile}, made beforehand by the jar's {@code warm-up} command).
 *
 * @param name       how the report names it
 * @param value      {@code OPENCAC_JIT}'s value, or null to leave it unset
 * @param jvmOptions JVM options before {@code -jar}
 */
public record JitSetting(String name, String value, List<String> jvmOptions) {
    public static final String VARIABLE = "OPENCAC_JIT";
    public static final JitSetting DEFAULT = new JitSetting("default", null, List.of());
    public static final JitSetting TIERED = new JitSetting("tiered", "tiered", List.of());
    public static final JitSetting C1_FROM_START = new JitSetting("C1 from start", null,
            List.of("-XX:TieredStopAtLevel=1"));
    /** The class archive the fast start uses, in the service's working directory (its cache directory). */
    public static final String CLASS_ARCHIVE = "opencac.jsa";
    public static final JitSetting FAST_START = new JitSetting("fast start", null,
            List.of("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + CLASS_ARCHIVE));
    /** The settings the batch runs are measured with, in report order. */
    public static final List<JitSetting> BATCH = List.of(DEFAULT, C1_FROM_START, TIERED);

    public JitSetting {
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** Sets (or removes) the variable in a child process's environment. */
    public void applyTo(Map<String, String> environment) {
        if (value == null) {
            environment.remove(VARIABLE);
        } else {
            environment.put(VARIABLE, value);
        }
    }

    /** As a user would type it: "OPENCAC_JIT=tiered", "java -XX:TieredStopAtLevel=1 -jar", or "plain java -jar". */
    public String commandLine() {
        if (value != null) {
            return VARIABLE + "=" + value;
        }
        return jvmOptions.isEmpty() ? "plain java -jar" : "java " + String.join(" ", jvmOptions) + " -jar";
    }
}
