package org.opencac.evaluation.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark notes of a target size, built deterministically from real note texts by whole sentences:
 * note {@code i} starts at the first sentence of text {@code i} and takes the following sentences, across
 * text boundaries (a blank line between texts, wrapping round to the first text), while they fit; a
 * sentence that would overshoot is skipped. Sizes are in characters.
 */
public final class BenchNotes {
    /** A note counts as full once it reaches this share of the target. */
    static final double FULL = 0.95;

    private BenchNotes() {
    }

    /** The "text" field of every line of a JSON-lines corpus, in file order. */
    public static List<String> readTexts(Path jsonl) {
        ObjectMapper mapper = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(jsonl)) {
                if (!line.isBlank()) {
                    JsonNode text = mapper.readTree(line).get("text");
                    if (text != null && text.isTextual() && !text.asText().isBlank()) {
                        texts.add(text.asText());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus " + jsonl, e);
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("corpus " + jsonl + " has no texts");
        }
        return texts;
    }

    /**
     * Splits a text into sentences: a piece ends after a line break (with any further blank lines) or
     * after '.', '?' or '!' followed by a space (with the space). Joining the pieces gives the text back.
     */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '\n') {
                end = i + 1;
                while (end < text.length() && (text.charAt(end) == '\n' || text.charAt(end) == '\r')) {
                    end++;
                }
            } else if ((c == '.' || c == '?' || c == '!') && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                end = i + 2;
            }
            if (end > 0) {
                out.add(text.substring(start, end));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** {@code count} notes of at most {@code targetChars} (and usually at least 95% of it). */
    public static List<String> build(List<String> texts, int targetChars, int count) {
        if (texts.isEmpty() || targetChars <= 0 || count <= 0) {
            throw new IllegalArgumentException("need texts, a positive size and a positive count");
        }
        List<List<String>> split = texts.stream().map(BenchNotes::sentences).toList();
        List<String> notes = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            notes.add(one(split, n % split.size(), targetChars));
        }
        return notes;
    }

    private static String one(List<List<String>> split, int first, int target) {
        StringBuilder note = new StringBuilder(target);
        int lengthAtCycleStart = -1;
        for (int k = 0; note.length() < FULL * target; k++) {
            if (k % split.size() == 0) {
                if (note.length() == lengthAtCycleStart) {
                    break; // a whole pass over the texts added nothing: no sentence fits any more
                }
                lengthAtCycleStart = note.length();
            }
            String gap = blankLineAfter(note); // texts are separated by a blank line
            for (String s : split.get((first + k) % split.size())) {
                if (note.length() + gap.length() + s.length() <= target) {
                    note.append(gap).append(s);
                    gap = "";
                }
            }
        }
        return note.toString();
    }

    /**
     * An endless supply of distinct notes of about {@code targetChars}: note {@code i} is made of whole
     * sentences of the texts drawn at random with seed {@code i}, so no two notes are alike (the chance
     * that two draws of dozens of sentences coincide is negligible) and a benchmark that codes note after
     * note never codes the same text twice.
     */
    public static final class Generator {
        private final List<String> pool;
        private final int targetChars;

        public Generator(List<String> texts, int targetChars) {
            List<String> all = new ArrayList<>();
            texts.forEach(t -> all.addAll(sentences(t)));
            all.removeIf(String::isBlank);
            if (all.isEmpty() || targetChars <= 0) {
                throw new IllegalArgumentException("need sentences and a positive size");
            }
            this.pool = List.copyOf(all);
            this.targetChars = targetChars;
        }

        /** Note number {@code i}: the same number always gives the same note. */
        public String note(long i) {
            java.util.SplittableRandom random = new java.util.SplittableRandom(0x9E3779B97F4A7C15L * (i + 1));
            StringBuilder note = new StringBuilder(targetChars + 64);
            int misses = 0;
            while (note.length() < FULL * targetChars && misses < 50) {
                String s = pool.get(random.nextInt(pool.size()));
                if (note.length() + s.length() + 1 <= targetChars) {
                    note.append(s);
                    if (!s.endsWith("\n") && !s.endsWith(" ")) {
                        note.append(' ');
                    }
                } else {
                    misses++;
                }
            }
            return note.toString();
        }
    }

    private static String blankLineAfter(StringBuilder note) {
        int n = note.length();
        if (n == 0 || (n >= 2 && note.charAt(n - 1) == '\n' && note.charAt(n - 2) == '\n')) {
            return "";
        }
        return note.charAt(n - 1) == '\n' ? "\n" : "\n\n";
    }
}
