package org.opencac.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.icd10cm.Icd10CmCodeSetLoader;

class LexiconBuilderTest {
    private static CodeSet codes;
    private static Lexicon lexicon;

    @BeforeAll
    static void build() {
        codes = Icd10CmCodeSetLoader.loadBundled();
        lexicon = new LexiconBuilder(codes).buildBundled();
    }

    private static Set<String> codesFor(String phrase) {
        return Set.copyOf(lexicon.lookup(TermNormalizer.key(phrase)).stream().map(Term::code).toList());
    }

    @Test
    void nonessentialModifiersOfAnInclusionTermAreExpanded() {
        Set<String> v = LexiconBuilder.variants("Hypertension (arterial) (benign) (essential)");
        assertTrue(v.contains("Hypertension"));
        assertTrue(v.contains("essential Hypertension"));
        assertTrue(v.contains("benign Hypertension"));
    }

    @Test
    void aModifierOpenedByAPrepositionIsNotPutBeforeItsHead() {
        Set<String> v = LexiconBuilder.variants("Shivering (without fever)");
        assertTrue(v.contains("Shivering"));
        assertTrue(v.contains("Shivering without fever"));
        assertFalse(v.contains("without fever Shivering"), v.toString());
        assertTrue(LexiconBuilder.variants("Neuralgia (acute) (due to trauma)").contains("acute Neuralgia"));
        assertFalse(LexiconBuilder.variants("Neuralgia (acute) (due to trauma)").contains("due to trauma Neuralgia"));
    }

    @Test
    void titleOfADefaultCodeYieldsTheTermWithoutItsQualifier() {
        assertEquals("Hyperlipidemia", new LexiconBuilder(codes).core("Hyperlipidemia, unspecified"));
        assertEquals("Type 2 diabetes mellitus",
                new LexiconBuilder(codes).core("Type 2 diabetes mellitus without complications"));
        assertTrue(codesFor("hyperlipidemia").contains("E78.5"));
    }

    @Test
    void inclusionTermsPointAtTheirCode() {
        assertTrue(codesFor("high blood pressure").contains("I10"));
    }

    @Test
    void neoplasmTableSitesGiveCancerTermsByBehaviour() {
        assertTrue(codesFor("cancer of breast").stream().anyMatch(c -> c.startsWith("C50")));
        assertTrue(codesFor("liver metastasis").contains("C78.7"));
    }

    @Test
    void anInvertedModifierOfANeoplasmSiteRowNamesNoSiteAlone() {
        assertEquals(List.of("utricle", "prostatic utricle", "utricle of prostatic"),
                LexiconBuilder.siteNames("utricle, prostatic"));
        assertEquals(List.of("anus", "anal"), LexiconBuilder.siteNames("anus, anal"));
        assertFalse(codesFor("prostatic malignancy").contains("C68.0"), codesFor("prostatic malignancy").toString());
        assertTrue(codesFor("prostatic utricle cancer").contains("C68.0"), codesFor("prostatic utricle cancer").toString());
    }

    @Test
    void aNeoplasmOfANamedSiteWithNoStatedBehaviourIsTheUnspecifiedBehaviourColumn() {
        assertTrue(codesFor("bladder neoplasia").contains("D49.4"), codesFor("bladder neoplasia").toString());
        assertTrue(codesFor("neoplasm of pancreas").contains("D49.0"), codesFor("neoplasm of pancreas").toString());
        // a stated behaviour is a longer term of its own column
        assertTrue(codesFor("malignant neoplasm of pancreas").stream().allMatch(c -> c.startsWith("C25")),
                codesFor("malignant neoplasm of pancreas").toString());
    }

    @Test
    void edemaOfANamedSkinOrLimbSiteIsLocalizedEdema() {
        assertTrue(codesFor("facial edema").contains("R60.0"), codesFor("facial edema").toString());
        assertTrue(codesFor("edema of the hands").contains("R60.0"), codesFor("edema of the hands").toString());
    }

    @Test
    void noNeoplasmTermHingesOnAWordTheKeyDrops() {
        // "metastasis of prostate" names the primary; its key is that of "metastasis to prostate", so the
        // dictionary reads neither as a secondary of the prostate (the Index navigation reads "to")
        assertTrue(codesFor("metastasis of prostate").stream().noneMatch(c -> c.startsWith("C79")));
    }

    @Test
    void curatedAbbreviationsAreInTheLexicon() {
        assertEquals(Set.of("I10"), codesFor("HTN"));
    }

    @Test
    void everyLexiconCodeExistsInTheCodeSet() {
        for (List<Term> terms : lexicon.entries().values()) {
            for (Term t : terms) {
                assertTrue(codes.get(t.code()).isPresent(), t.toString());
            }
        }
    }

    @Test
    void aCuratedRowWithAnUnknownCodeFailsNamingFileAndLine() {
        String tsv = "# comment\nterm\tcode\tkind\tnote\nhtn\tI10\tabbreviation\t\nfoo\tQ99.999\tsynonym\t\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CuratedLexiconLoader().load(
                new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv", c -> codes.get(c).isPresent()));
        assertTrue(e.getMessage().contains("test.tsv line 4"), e.getMessage());
    }

    @Test
    void aDrugTableRowIsReadByTheSubstanceItNames() {
        assertEquals(List.of("Lead", "Lead NEC"), LexiconBuilder.substanceNames("Lead  NEC"));
        assertEquals(List.of("Arsenic", "arsenicals"), LexiconBuilder.substanceNames("Arsenic, arsenicals NEC"));
        assertEquals(List.of("Solvent, industrial", "Solvent, industrial NEC"),
                LexiconBuilder.substanceNames("Solvent, industrial NEC"));
        assertEquals(List.of("Acetaminophen"), LexiconBuilder.substanceNames("Acetaminophen"));
        assertTrue(codesFor("arsenic poisoning").stream().anyMatch(c -> c.startsWith("T57.0X1")),
                codesFor("arsenic poisoning").toString());
    }
}
