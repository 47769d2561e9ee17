package org.opencac.evaluation.bench;

/**
 * The service jar's JIT setting a measured process runs with ({@code OPENCAC_JIT}; see the api module's
 * {@code JitMode}): {@link #DEFAULT} leaves it unset (a batch of a few thousand notes and every command but the
 * service then compile with C1 only, the service with both compilers); {@link #TIERED} and {@link #C1} force
 * one choice, so the report can show what the other would have given.
 *
 * @param name  how the report names it
 * @param value the variable's value, or null to leave it unset
 */
public record JitSetting(String name, String value) {
    public static final String VARIABLE = "OPENCAC_JIT";
    public static final JitSetting DEFAULT = new JitSetting("default", null);
    public static final JitSetting TIERED = new JitSetting("tiered", "tiered");
    public static final JitSetting C1 = new JitSetting("c1", "c1");

    /** Sets (or, for the default, removes) the variable in a child process's environment. */
    public void applyTo(java.util.Map<String, String> environment) {
        if (value == null) {
            environment.remove(VARIABLE);
        } else {
            environment.put(VARIABLE, value);
        }
    }

    /** As a user would type it: "OPENCAC_JIT unset" or "OPENCAC_JIT=tiered". */
    public String commandLine() {
        return value == null ? VARIABLE + " unset" : VARIABLE + "=" + value;
    }
}
