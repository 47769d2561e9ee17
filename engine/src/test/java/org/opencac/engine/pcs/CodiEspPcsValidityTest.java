package org.opencac.engine.pcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.suggest.SystemResult;
import org.opencac.models.codeset.icd10pcs.PcsTables;

/**
 * Every ICD-10-PCS code suggested on the CodiEsp dev notes is valid in its table: a complete code in a
 * row of its table, an incomplete one as a prefix of a row, with a query. Skipped (visibly) when the
 * CodiEsp folder is absent (set OPENCAC_CODIESP_DIR); its text is never copied into the repository.
 */
class CodiEspPcsValidityTest {
    /** The CodiEsp folder: OPENCAC_CODIESP_DIR, else data/codiesp in the repository root (git-ignored). */
    private static final Path DEV = Path.of(System.getenv().getOrDefault("OPENCAC_CODIESP_DIR", "../data/codiesp"),
            "dev", "text_files_en");

    @Test
    void everySuggestedPcsCodeOnTheDevSetIsValidInItsTable() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DEV), "CodiEsp dev notes not found at " + DEV + ": test skipped");
        PcsTables tables = PcsTestPipeline.module().tables();
        List<String> invalid = new ArrayList<>();
        int suggested = 0;
        int notes = 0;
        try (Stream<Path> files = Files.list(DEV)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                SystemResult r = PcsTestPipeline.code(Files.readString(f));
                notes++;
                for (Suggestion s : r.suggestions()) {
                    suggested++;
                    boolean ok = s.code().length() == 7 ? tables.isValid(s.code())
                            : s.code().length() == 4 && tables.isValidPrefix(s.code())
                            && r.queries().stream().anyMatch(q -> q.code().equals(s.code()));
                    if (!ok) {
                        invalid.add(f.getFileName() + ": " + s.code());
                    }
                }
            }
        }
        System.out.println("CodiEsp dev: " + notes + " notes, " + suggested + " PCS suggestions checked");
        assertTrue(suggested > 0, "no PCS code suggested on the dev set");
        assertEquals(List.of(), invalid);
    }
}
