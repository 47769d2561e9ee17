package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;

/**
 * The secondary sites of a first-listed primary malignancy follow it (Guidelines I.C.2, I.C.2.b: the primary
 * sequenced first, each secondary site an additional code): when the first-listed code is a primary malignancy,
 * the secondary malignant neoplasms coded keep their own order and move right after it, before the symptoms and
 * other conditions the note tells. Runs after the first-listed choice and before the supplementary Z codes are
 * put last. Which codes are primaries and secondaries is data ({@code neoplasm_order.tsv}).
 */
public final class SecondaryNeoplasmOrder implements Stage {
    static final String RESOURCE = "/org/opencac/engine/convention/neoplasm_order.tsv";

    private final List<SupplementaryCodeOrder.Rule> primary;
    private final List<SupplementaryCodeOrder.Rule> secondary;

    public SecondaryNeoplasmOrder(List<SupplementaryCodeOrder.Rule> primary, List<SupplementaryCodeOrder.Rule> secondary) {
        this.primary = List.copyOf(primary);
        this.secondary = List.copyOf(secondary);
    }

    public static SecondaryNeoplasmOrder standard() {
        List<SupplementaryCodeOrder.Rule> primary = new ArrayList<>();
        List<SupplementaryCodeOrder.Rule> secondary = new ArrayList<>();
        DataFiles.kindRows(RESOURCE, Map.of(
                "primary", v -> primary.add(rule(v)),
                "secondary", v -> secondary.add(rule(v))));
        return new SecondaryNeoplasmOrder(primary, secondary);
    }

    private static SupplementaryCodeOrder.Rule rule(String[] values) {
        String[] v = DataFiles.values(RESOURCE, values, 2, 2);
        return new SupplementaryCodeOrder.Rule(v[0], v[1]);
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> in = doc.candidates();
        if (in.size() < 3 || !covers(primary, in.get(0).code())) {
            return doc;
        }
        List<CodeCandidate> spread = new ArrayList<>();
        List<CodeCandidate> others = new ArrayList<>();
        for (CodeCandidate c : in.subList(1, in.size())) {
            (covers(secondary, c.code()) ? spread : others).add(c);
        }
        if (spread.isEmpty()) {
            return doc;
        }
        List<CodeCandidate> out = new ArrayList<>(in.size());
        out.add(in.get(0));
        out.addAll(spread);
        out.addAll(others);
        return out.equals(in) ? doc : doc.withCandidates(out);
    }

    private static boolean covers(List<SupplementaryCodeOrder.Rule> rules, String code) {
        for (SupplementaryCodeOrder.Rule r : rules) {
            if (r.covers(code)) {
                return true;
            }
        }
        return false;
    }
}
