package org.opencac.engine.cpt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencac.engine.DataFiles;

/**
 * What a service's sentence must name, or must not, for its code to fit ({@code service_sites.tsv}): the incision
 * and drainage of a skin abscess (10060) needs an abscess named and no site or structure with its own code (a
 * perirectal abscess, a hematoma, a facial space). A code without rows fits whatever its sentence names.
 */
record ServiceSites(Map<String, List<String>> needs, Map<String, List<String>> not) {
    private static final String FILE = "/org/opencac/engine/cpt/service_sites.tsv";
    static final ServiceSites STANDARD = load();

    ServiceSites {
        needs = Map.copyOf(needs);
        not = Map.copyOf(not);
    }

    static ServiceSites load() {
        Map<String, List<String>> needs = new HashMap<>();
        Map<String, List<String>> not = new HashMap<>();
        DataFiles.rows(FILE, "code\tkind\tword", (c, lineNo) -> {
            if (c.length != 3 || !(c[1].equals("needs") || c[1].equals("not"))) {
                throw new IllegalStateException(FILE + " line " + lineNo + ": expected code<TAB>needs|not<TAB>word");
            }
            (c[1].equals("needs") ? needs : not).computeIfAbsent(c[0], k -> new ArrayList<>())
                    .add(c[2].toLowerCase(Locale.ROOT));
        });
        needs.replaceAll((k, v) -> List.copyOf(v));
        not.replaceAll((k, v) -> List.copyOf(v));
        return new ServiceSites(needs, not);
    }

    /** Whether {@code code} fits the service told in {@code sentence} (lower case). */
    boolean fits(String code, String sentence) {
        List<String> required = needs.get(code);
        if (required != null && required.stream().noneMatch(w -> WholeWord.indexIn(sentence, w) >= 0)) {
            return false;
        }
        return not.getOrDefault(code, List.of()).stream().noneMatch(w -> WholeWord.indexIn(sentence, w) >= 0);
    }
}
