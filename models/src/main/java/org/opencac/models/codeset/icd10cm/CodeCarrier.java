package org.opencac.models.codeset.icd10cm;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.io.TsvRows;

/**
 * Carries a code printed in an older index (the FY2017 Alphabetic Index) to FY2026 and verifies it in the
 * FY2026 order file: a billable code is kept; a code that became a header stays a header, to be resolved
 * through the Tabular with the note's words; a deleted code goes to its successors in the NCHS conversion
 * table ({@code current_code, effective, previous_codes}).
 */
public final class CodeCarrier {
    /** Compiled once: every code printed in the Alphabetic Index is carried at start-up. */
    private static final java.util.regex.Pattern TRAILING_DASH_OR_DOT = java.util.regex.Pattern.compile("[-.]+$");
    /** What happened to an older code by FY2026. */
    public enum Status {
        /** Billable in FY2026. */
        BILLABLE,
        /** A header in FY2026 (expanded since, or printed incomplete with "-"): resolved through the Tabular. */
        HEADER,
        /** Not in FY2026: replaced by its successor(s) from the conversion table. */
        REPLACED,
        /** Not in FY2026 and no successor found. */
        UNKNOWN
    }

    /**
     * One carried code.
     *
     * @param printed the code as the older index prints it
     * @param status  what became of it
     * @param code    the FY2026 code or header to use (the successors' common header when several), or null
     */
    public record Carried(String printed, Status status, String code) {
    }

    private final CodeSet codeSet;
    private final Map<String, List<String>> successors;

    public CodeCarrier(CodeSet codeSet, Map<String, List<String>> successors) {
        this.codeSet = codeSet;
        this.successors = Map.copyOf(successors);
    }

    /** Reads the conversion table TSV: for each previous code, the codes created from it. */
    public static Map<String, List<String>> readConversion(InputStream in, String sourceName) throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        TsvRows.read(in, sourceName, h -> String.join("\t", h).startsWith("current_code\teffective\tprevious_codes"),
                "current_code<TAB>effective<TAB>previous_codes", (f, line) -> {
                    if (f.length != 3 || f[0].isBlank()) {
                        throw new IllegalArgumentException(sourceName + " line " + line
                                + ": expected 3 tab-separated fields");
                    }
                    for (String prev : f[2].split(",")) {
                        String p = prev.trim();
                        if (!p.isEmpty()) {
                            out.computeIfAbsent(p, k -> new ArrayList<>()).add(f[0].trim());
                        }
                    }
                });
        return out;
    }

    /** Carries one printed code ("J18.9", "C43.11", "M14.8-") to FY2026. */
    public Carried carry(String printed) {
        String bare = TRAILING_DASH_OR_DOT.matcher(printed).replaceAll("").trim();
        Code c = codeSet.get(bare).orElse(null);
        if (c != null) {
            return new Carried(printed, c.billable() ? Status.BILLABLE : Status.HEADER, c.code());
        }
        List<String> next = new ArrayList<>();
        collect(CodeSet.normalize(bare), next, 0);
        if (next.isEmpty()) {
            return new Carried(printed, Status.UNKNOWN, null);
        }
        return new Carried(printed, Status.REPLACED, next.size() == 1 ? next.get(0) : commonHeader(next));
    }

    private void collect(String code, List<String> out, int depth) {
        List<String> direct = successors.getOrDefault(code, successors.get(code.replace(".", "")));
        if (direct == null || depth > 3) {
            return;
        }
        for (String s : direct) {
            if (codeSet.get(s).isPresent()) {
                if (!out.contains(codeSet.get(s).get().code())) {
                    out.add(codeSet.get(s).get().code());
                }
            } else {
                collect(s, out, depth + 1);
            }
        }
    }

    /** The longest code prefix shared by all successors that is a FY2026 header, else the first successor. */
    private String commonHeader(List<String> codes) {
        String prefix = codes.get(0);
        for (String c : codes) {
            int i = 0;
            while (i < prefix.length() && i < c.length() && prefix.charAt(i) == c.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        for (int len = prefix.length(); len >= 3; len--) {
            String p = prefix.substring(0, len).replaceAll("\\.$", "");
            if (codeSet.get(p).isPresent()) {
                return codeSet.get(p).get().code();
            }
        }
        return codes.get(0);
    }
}
