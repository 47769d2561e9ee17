package org.opencac.evaluation.bench;

import java.util.List;

/**
 * The JVM options a measured process is launched with, by name. {@link #DEFAULT} is plain {@code java -jar};
 * {@link #SHORT_RUN} stops the JIT at its first tier (C1): a run of a few thousand notes, or a start-up, spends
 * more CPU compiling with C2 than C2's faster code wins back, so a short run is both faster and cheaper with it,
 * while a service under sustained load is faster with the default once warm (see docs/benchmarks.md).
 *
 * @param name    how the report names them
 * @param options the options, in order, before {@code -jar}
 */
public record JvmOptions(String name, List<String> options) {
    public static final JvmOptions DEFAULT = new JvmOptions("default", List.of());
    public static final JvmOptions SHORT_RUN = new JvmOptions("short run", List.of("-XX:TieredStopAtLevel=1"));

    public JvmOptions {
        options = List.copyOf(options);
    }

    /** The options as typed on a command line, or "(none)". */
    public String commandLine() {
        return options.isEmpty() ? "(none)" : String.join(" ", options);
    }
}
