package org.opencac.engine;

/** Reading one line of a rule file: a bad row or value fails at load, naming the file and the line. */
public final class RuleLines {
    private RuleLines() {
    }

    /**
     * One row of a "kind, tab, words[, tab, value]" rule file, split at every tab (empty columns kept); the file's
     * header is read before, by {@link DataFiles#afterHeader}. A row with no words fails with "{@code source}: bad
     * row "{@code line}"".
     */
    public static String[] kindRow(String line, String source) {
        String[] f = line.split("\t", -1);
        if (f.length < 2 || f[1].isBlank()) {
            throw new IllegalArgumentException(source + ": bad row \"" + line + "\"");
        }
        return f;
    }

    /** Fails with "{@code source}: bad value in "{@code line}"" unless {@code ok}. */
    public static void require(boolean ok, String source, String line) {
        if (!ok) {
            throw new IllegalArgumentException(source + ": bad value in \"" + line + "\"");
        }
    }
}
