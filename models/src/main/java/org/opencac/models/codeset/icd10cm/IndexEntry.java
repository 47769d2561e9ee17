package org.opencac.models.codeset.icd10cm;

import java.util.List;
import java.util.Map;

/**
 * One main term or subterm of an ICD-10-CM index file (Alphabetic Index, Neoplasm table, Table of Drugs,
 * External Cause index), with the path of titles that leads to it.
 *
 * @param path      titles from the main term down to this term, nonessential modifiers removed
 * @param modifiers the nonessential modifiers of this term, e.g. "connective tissue"
 * @param code      the code given directly (Alphabetic and External Cause index), or null
 * @param cells     table cells by column number (Neoplasm table and Table of Drugs); "-" and "--" omitted
 * @param manif     the manifestation code printed in brackets after the code (Alphabetic Index), or null
 * @param see       "see" cross-references, as written ("Pain, abdominal")
 * @param seeAlso   "see also" cross-references, as written
 */
public record IndexEntry(List<String> path, List<String> modifiers, String code, Map<Integer, String> cells,
                         String manif, List<String> see, List<String> seeAlso) {
    public IndexEntry {
        path = List.copyOf(path);
        modifiers = List.copyOf(modifiers);
        cells = Map.copyOf(cells);
        see = List.copyOf(see);
        seeAlso = List.copyOf(seeAlso);
    }

    /** An entry without manifestation code or cross-references. */
    public IndexEntry(List<String> path, List<String> modifiers, String code, Map<Integer, String> cells) {
        this(path, modifiers, code, cells, null, List.of(), List.of());
    }

    public String mainTerm() {
        return path.get(0);
    }

    public int level() {
        return path.size() - 1;
    }
}
