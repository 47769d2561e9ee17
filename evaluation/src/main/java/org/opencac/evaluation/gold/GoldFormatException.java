package org.opencac.evaluation.gold;

import java.nio.file.Path;

/** A gold file is invalid; the message names the file and the 1-based line (0 for the whole file). */
public final class GoldFormatException extends RuntimeException {
    private final Path file;
    private final int line;

    public GoldFormatException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }
}
