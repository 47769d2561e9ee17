package org.opencac.models.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * Reading a tab-separated data file with a header row: blank lines and lines starting with "#" are passed over,
 * the first other line is the header, and every later one is a row, handed over with its line number so that an
 * error names the file and the line.
 */
public final class TsvRows {
    private TsvRows() {
    }

    /** One row: its columns (split at every tab, empty ones kept) and its line number in the file. */
    @FunctionalInterface
    public interface Row {
        void accept(String[] cols, int lineNo);
    }

    /**
     * Reads {@code in} (UTF-8) to its end, giving every row to {@code row}.
     *
     * @param header   whether the header's columns are the ones expected
     * @param expected the header expected, as the error names it (e.g. "abbreviation&lt;TAB&gt;expansion")
     * @throws IllegalArgumentException if the header is not the one expected
     * @throws UncheckedIOException     if the file cannot be read
     */
    public static void read(InputStream in, String sourceName, Predicate<String[]> header, String expected, Row row) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            boolean first = true;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (first) {
                    first = false;
                    if (!header.test(cols)) {
                        throw new IllegalArgumentException(sourceName + " line " + lineNo
                                + ": header '" + expected + "' expected");
                    }
                    continue;
                }
                row.accept(cols, lineNo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName, e);
        }
    }
}
