package org.opencac.workbench.learning;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Decision counts for one code, one trigger or one (trigger, code) pair; {@code changedTo} counts modifications. */
public final class Tally {
    private int accepted;
    private int rejected;
    private int modified;
    private int added;
    private final Map<String, Integer> changedTo = new HashMap<>();

    void add(String action, String newCode, int n) {
        switch (action) {
            case "accept" -> accepted += n;
            case "reject" -> rejected += n;
            case "modify" -> {
                modified += n;
                if (newCode != null) {
                    changedTo.merge(newCode, n, Integer::sum);
                }
            }
            case "add" -> added += n;
            default -> throw new IllegalArgumentException("unknown action " + action);
        }
    }

    /** Decisions on suggestions the engine made (accept, reject, modify). */
    public int reviewed() {
        return accepted + rejected + modified;
    }

    public int accepted() {
        return accepted;
    }

    public int rejected() {
        return rejected;
    }

    public int modified() {
        return modified;
    }

    public int added() {
        return added;
    }

    /** The code this was most often changed to, with its count. */
    public Optional<Map.Entry<String, Integer>> topChange() {
        return changedTo.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey()));
    }
}
