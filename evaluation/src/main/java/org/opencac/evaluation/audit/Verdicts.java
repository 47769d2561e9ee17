package org.opencac.evaluation.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reviewer's verdicts on triggers: a TSV with header {@code trigger, code, verdict, reason}, where the
 * verdict is {@code accept}, {@code reject} or {@code unsure}. Holds no note text.
 */
public final class Verdicts {
    public static final String ACCEPT = "accept";
    public static final String REJECT = "reject";
    public static final String UNSURE = "unsure";
    private static final Set<String> KNOWN = Set.of(ACCEPT, REJECT, UNSURE);

    private final Map<String, String[]> byKey;

    private Verdicts(Map<String, String[]> byKey) {
        this.byKey = byKey;
    }

    public static Verdicts none() {
        return new Verdicts(Map.of());
    }

    /** Reads a verdict file; a bad row fails, naming the file and line. */
    public static Verdicts read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read verdicts " + file, e);
        }
        Map<String, String[]> map = new HashMap<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (header) {
                header = false;
                if (cols.length < 3 || !cols[0].equals("trigger") || !cols[2].equals("verdict")) {
                    throw new IllegalArgumentException(file + " line " + (i + 1)
                            + ": header 'trigger<TAB>code<TAB>verdict<TAB>reason' expected");
                }
                continue;
            }
            if (cols.length < 3 || !KNOWN.contains(cols[2])) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": trigger, code and a verdict of "
                        + KNOWN + " required");
            }
            map.put(key(cols[0], cols[1]), new String[] {cols[2], cols.length > 3 ? cols[3] : ""});
        }
        return new Verdicts(map);
    }

    /** The trigger with its verdict filled in, if one was given. */
    Trigger apply(Trigger t) {
        String[] v = byKey.get(key(t.trigger(), t.code()));
        return v == null ? t : t.withVerdict(v[0], v[1]);
    }

    private static String key(String trigger, String code) {
        return trigger + "\t" + code;
    }
}
