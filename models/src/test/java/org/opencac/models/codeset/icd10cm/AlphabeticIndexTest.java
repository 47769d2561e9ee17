package org.opencac.models.codeset.icd10cm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencac.models.codeset.CodeSet;

class AlphabeticIndexTest {
    private static CodeSet codeSet;
    private static AlphabeticIndex index;

    @BeforeAll
    static void load() {
        codeSet = Icd10CmCodeSetLoader.loadBundled();
        index = AlphabeticIndexLoader.build(AlphabeticIndexLoader.parseBundled(), codeSet);
    }

    @Test
    void loadsEveryMainTermAndSubtermOfTheFy2017Index() {
        AlphabeticIndex.Report r = index.report();
        assertEquals(7973, r.mainTerms());
        assertEquals(69226, r.subterms());
        assertEquals(r.codes(), r.billable() + r.headers() + r.replaced() + r.unknown());
        assertTrue(r.unknown() < 20, r.toString());
        assertEquals("2017", index.version());
    }

    @Test
    void anEntryALaterIndexPrintsAnotherValidCodeForTakesThatCode() {
        // FY2018 created I21.9 for the infarction of no stated type; I21.3 stays the ST elevation one
        IndexTerm myocardium = index.mainTerms("infarct").get(0).children().stream()
                .filter(t -> t.title().equals("myocardium, myocardial")).findFirst().orElseThrow();
        assertEquals("I21.9", myocardium.code());
        assertEquals(List.of(), new IndexCorrections(List.of()).apply(List.of()));
    }

    @Test
    void mainTermsAreFoundByEachFormOfTheirTitle() {
        assertEquals("Abdomen, abdominal", index.mainTerms("abdominal").get(0).title());
        assertEquals("Abdomen, abdominal", index.mainTerms("abdomen").get(0).title());
        // "Endothelioma, bone" is a term and a site, not two forms of one word: "bone" does not find it.
        assertTrue(index.mainTerms("bone").stream().noneMatch(t -> t.title().startsWith("Endothelioma")));
        IndexTerm pneumonia = index.mainTerms("pneumonia").get(0);
        assertEquals("J18.9", pneumonia.code());
        assertTrue(pneumonia.modifierWords().contains("acute"), pneumonia.modifierWords().toString());
    }

    @Test
    void aTitleQualifierIsTheWordsAfterItsCommaUnlessTheyAreFormsOfTheWord() {
        assertEquals("hereditary giant", AlphabeticIndex.qualifier("Neutrophilia, hereditary giant"));
        assertEquals("dental", AlphabeticIndex.qualifier("Cavities, dental"));
        assertEquals("", AlphabeticIndex.qualifier("Abdomen, abdominal"));
        assertEquals("", AlphabeticIndex.qualifier("Infection, infected, infective"));
        assertEquals("", AlphabeticIndex.qualifier("Pneumonia"));
    }

    @Test
    void crossReferencesAndManifestationCodesAreRead() {
        assertEquals(List.of("Pain, abdominal"), index.mainTerms("abdominalgia").get(0).see());
        IndexTerm heart = index.follow("Amyloidosis, heart").get(1);
        assertEquals("E85.4", heart.code());
        assertEquals("I43", heart.manif());
        List<IndexTerm> path = index.follow("Pneumonia, in, measles");
        assertEquals(3, path.size());
        assertEquals("B05.2", path.get(2).code());
    }

    @Test
    void aCrossReferenceSplittingASubtermPhraseIntoTwoPartsReachesThatSubterm() {
        // the Index prints the subterm "large intestine" and refers to it as "intestine, large"
        List<IndexTerm> large = index.follow("Diverticulosis, intestine, large");
        assertEquals("K57.30", large.get(large.size() - 1).code());
        List<IndexTerm> small = index.follow("Diverticulosis, intestine, small");
        assertEquals("K57.10", small.get(small.size() - 1).code());
    }

    @Test
    void aReferenceToTheResidualSubtermInItsOtherPrintedFormReachesIt() {
        // the Index prints "specified type NEC" under density and structure and refers to it as "specified NEC"
        List<IndexTerm> path = index.follow("Disorder, bone, density and structure, specified NEC");
        assertTrue(path.get(path.size() - 1).code().startsWith("M85.8"), path.get(path.size() - 1).code());
    }

    @Test
    void aReferenceNamingASubtermWithoutItsNecReachesThatSubterm() {
        // the Index prints "sensation NEC" under Disturbance and refers to it as "Disturbance, sensation"
        List<IndexTerm> path = index.follow("Disturbance, sensation");
        assertEquals(2, path.size());
        assertEquals("R20.9", path.get(1).code());
        List<IndexTerm> taste = index.follow("Disturbance, sensation, taste");
        assertEquals(3, taste.size());
        assertEquals("R43.9", taste.get(2).code());
    }

    @Test
    void codesAreCarriedToFy2026AndVerifiedInTheOrderFile() {
        assertEquals(CodeCarrier.Status.BILLABLE, index.carried("J18.9").status());
        // Melanoma of the eyelid is printed "C43.1-"; its children were split again in FY2019 (C43.111 ...):
        // a header, resolved through the Tabular with the note's words.
        CodeCarrier.Carried eyelid = index.carried("C43.1-");
        assertEquals(CodeCarrier.Status.HEADER, eyelid.status());
        assertEquals("C43.1", eyelid.code());
        // "C91.5-" is printed incomplete (adult T-cell lymphoma): a header whose child the note selects.
        assertEquals(CodeCarrier.Status.HEADER, index.carried("C91.5-").status());
    }

    @Test
    void aDeletedCodeGoesToItsSuccessorsCommonHeader() {
        // A made-up deleted code with two successors that share the FY2026 header C43.11.
        CodeCarrier carrier = new CodeCarrier(codeSet, Map.of("C43.1X", List.of("C43.111", "C43.112")));
        CodeCarrier.Carried c = carrier.carry("C43.1X");
        assertEquals(CodeCarrier.Status.REPLACED, c.status());
        assertEquals("C43.11", c.code());
        CodeCarrier.Carried single = new CodeCarrier(codeSet, Map.of("Q99.X", List.of("J14"))).carry("Q99.X");
        assertEquals("J14", single.code());
        CodeCarrier.Carried lost = carrier.carry("Q99.Y");
        assertEquals(CodeCarrier.Status.UNKNOWN, lost.status());
        assertNull(lost.code());
    }

    @Test
    void theNeoplasmAndDrugTablesKeepTheirColumns() {
        assertEquals("C80.1", index.neoplasmTable().cells().get(2));
        assertTrue(index.drug("acetaminophen") != null || index.drug("paracetamol") != null);
    }

    @Test
    void oneLookupTellsAKeysMainTermsEponymAndLongerKeys() {
        AlphabeticIndex.KeyLookup pneumonia = index.lookup("pneumonia");
        assertEquals(index.mainTerms("pneumonia"), pneumonia.mainTerms());
        // "tarsal tunnel syndrome" makes "tarsal" the start of a longer key
        assertTrue(index.lookup("tarsal").extendsToLongerKey());
        assertNull(index.lookup("zzzz"));
        for (String key : List.of("crohn", "abdominal", "diabetes", "pneumonia", "left", "tarsal", "tarsal tunnel", "zzzz")) {
            AlphabeticIndex.KeyLookup k = index.lookup(key);
            boolean known = !index.mainTerms(key).isEmpty() || index.isEponymAlias(key) || index.extendsToLongerKey(key);
            assertEquals(known, k != null, key);
            if (k != null) {
                assertEquals(index.mainTerms(key), k.mainTerms(), key);
                assertEquals(index.isEponymAlias(key), k.eponymAlias(), key);
                assertEquals(index.extendsToLongerKey(key), k.extendsToLongerKey(), key);
            }
        }
    }

    @Test
    void aKeyTellsItMayBeOneFromItsHashAndANoIsExact() {
        for (String key : index.keys()) {
            assertTrue(index.mayBeKey(key.hashCode()), key);
        }
        // words joined to a key and to each other: whenever the hash says no, the look-up finds nothing
        List<String> words = List.of("tarsal", "tunnel", "syndrome", "crohn", "disease", "left", "of", "the", "acute",
                "pneumonia", "zzzz", "renal", "failure", "chronic", "kidney", "stage", "foot", "ulcer");
        java.util.Random random = new java.util.Random(14);
        int no = 0;
        for (int t = 0; t < 20_000; t++) {
            StringBuilder run = new StringBuilder(words.get(random.nextInt(words.size())));
            int hash = run.toString().hashCode();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                String w = words.get(random.nextInt(words.size()));
                run.append(' ').append(w);
                hash = org.opencac.models.lexicon.Lexicon.extendedHash(hash, w);
            }
            assertEquals(run.toString().hashCode(), hash, run.toString());
            if (!index.mayBeKey(hash)) {
                no++;
                assertNull(index.lookup(run.toString()), run.toString());
            }
        }
        assertTrue(no > 10_000, "most joined runs are no key: " + no);
    }
}
