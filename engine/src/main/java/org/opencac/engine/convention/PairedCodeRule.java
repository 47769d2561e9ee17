package org.opencac.engine.convention;

import java.util.List;

/**
 * One row of a rule file that pairs codes with other codes: the codes it concerns, the other codes it names
 * (the companions a code needs beside it, {@link CompanionCodeCheck}; the codes beside which a code is not
 * reported, {@link SoleCodeCheck}), the guideline, and what the other codes are, for the decision's explanation.
 * Columns (tab separated): id, codes, others (both comma-separated code patterns), guideline, name of the others,
 * and optionally the action: {@code drop} (the default) or {@code demote} (the code stays, after every other code,
 * its rationale saying what is missing).
 */
record PairedCodeRule(String id, List<CodePattern> codes, List<CodePattern> others, String guideline,
                      String othersName, boolean demote) {
    /** A rule that drops its code. */
    PairedCodeRule(String id, List<CodePattern> codes, List<CodePattern> others, String guideline, String othersName) {
        this(id, codes, others, guideline, othersName, false);
    }

    PairedCodeRule {
        codes = List.copyOf(codes);
        others = List.copyOf(others);
        if (codes.isEmpty() || others.isEmpty()) {
            throw new IllegalArgumentException("needs code patterns in both the codes and the others column");
        }
    }

    /** Reads the TSV rule file; a bad row fails naming the file and the rule id. */
    static List<PairedCodeRule> read(byte[] bytes, String file) {
        return RuleFiles.tsvRules(bytes, file, 5, 6, cols -> new PairedCodeRule(cols[0].trim(), patterns(cols[1]),
                patterns(cols[2]), cols[3].trim(), cols[4].trim(), cols.length > 5 && demote(cols[5].trim())));
    }

    private static boolean demote(String action) {
        return switch (action) {
            case "", "drop" -> false;
            case "demote" -> true;
            default -> throw new IllegalArgumentException("unknown action \"" + action + "\" (drop or demote)");
        };
    }

    private static List<CodePattern> patterns(String col) {
        return CodePattern.parseList(col);
    }
}
