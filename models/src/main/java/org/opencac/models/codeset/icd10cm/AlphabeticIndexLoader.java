package org.opencac.models.codeset.icd10cm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.io.Resources;

/**
 * Loads the bundled index files into an {@link AlphabeticIndex}: the FY2017 Alphabetic Index (with the entries a
 * later Index prints another valid code for, {@link IndexCorrections}), the FY2025 Neoplasm and Drug tables, and
 * the FY2026 conversion table that carries their codes to the code set.
 */
public final class AlphabeticIndexLoader {
    public static final String INDEX = "data/icd10cm/icd10cm_index_2017.xml.xz";
    public static final String NEOPLASM = "data/icd10cm/icd-10-cm-neoplasm-2025.xml.xz";
    public static final String DRUGS = "data/icd10cm/icd-10-cm-drug-2025.xml.xz";
    public static final String CONVERSION = "data/icd10cm/icd10cm_conversion_fy2026.tsv.xz";

    /** The three parsed trees, before their codes are carried (what the cache stores). */
    public record Trees(String version, List<IndexTerm> mainTerms, IndexTerm neoplasms, List<IndexTerm> drugs) {
    }

    private AlphabeticIndexLoader() {
    }

    /** Parses the bundled index XML files. */
    public static Trees parseBundled() {
        IndexXmlLoader.IndexFile index = IndexXmlLoader.bundled(INDEX);
        List<IndexTerm> neo = IndexTerm.trees(IndexXmlLoader.bundled(NEOPLASM).entries());
        if (neo.size() != 1) {
            throw new IllegalStateException(NEOPLASM + ": expected one main term, found " + neo.size());
        }
        return new Trees(index.version(), IndexTerm.trees(IndexCorrections.bundled().apply(index.entries())), neo.get(0),
                IndexTerm.trees(IndexXmlLoader.bundled(DRUGS).entries()));
    }

    /** Carries the trees' codes to {@code codeSet} with the bundled conversion table. */
    public static AlphabeticIndex build(Trees trees, CodeSet codeSet) {
        return build(trees, codeSet, conversion());
    }

    /** Carries the trees' codes to {@code codeSet} with a conversion table read before (see {@link #conversion()}). */
    public static AlphabeticIndex build(Trees trees, CodeSet codeSet, Map<String, List<String>> conversion) {
        return new AlphabeticIndex(trees.version(), trees.mainTerms(), trees.neoplasms(), trees.drugs(),
                new CodeCarrier(codeSet, conversion));
    }

    /** The bundled conversion table: previous code to the codes created from it. */
    public static Map<String, List<String>> conversion() {
        try (InputStream in = Resources.bundled(CONVERSION)) {
            return CodeCarrier.readConversion(in, CONVERSION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
