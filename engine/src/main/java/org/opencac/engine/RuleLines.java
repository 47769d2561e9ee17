package org.opencac.engine;

/** Checking a value read from one line of a rule file: a bad value fails at load, naming the file and the line. */
public final class RuleLines {
    private RuleLines() {
    }

    /** Fails with "{@code source}: bad value in "{@code line}"" unless {@code ok}. */
    public static void require(boolean ok, String source, String line) {
        if (!ok) {
            throw new IllegalArgumentException(source + ": bad value in \"" + line + "\"");
        }
    }
}
