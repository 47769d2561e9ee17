package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCandidates;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.TestModels;

class TabularResolutionTest {

    @Test
    void aLateralityWordAfterTheClauseMakesTheCodeSpecific() {
        List<String> codes = outpatientCandidates("ASSESSMENT: Carpal tunnel syndrome, right.");
        assertEquals(List.of("G56.01"), codes.stream().filter(c -> c.startsWith("G56")).toList());
    }

    @Test
    void aSiteWrittenAfterACommaIsTheConditionsSite() {
        List<String> codes = outpatientCandidates("POSTOPERATIVE DIAGNOSIS: Internal derangement, left knee.");
        assertTrue(codes.contains("M23.92"), codes.toString());
    }

    @Test
    void sidesListedAfterCommasAreNotASiteInApposition() {
        List<String> codes = outpatientCandidates("TESTING: Supine, head right, head left, right lateral decubitus,"
                + " and left lateral"
                + " decubitus positions were tried.");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("L89")), codes.toString());
    }

    @Test
    void theSiteAnIndexCrossReferenceNamesMakesTheCodeSpecific() {
        // Cellulitis, foot: see Cellulitis, lower limb; "lower limb" with "left" selects L03.116
        List<String> codes = outpatientCandidates("ASSESSMENT: Cellulitis of the left foot.");
        assertEquals(List.of("L03.116"), codes.stream().filter(c -> c.startsWith("L03")).toList());
    }

    @Test
    void aTornTendonIsNotAnOpenWound() {
        List<String> codes = outpatientCandidates("POSTOPERATIVE DIAGNOSIS: Torn supraspinatus tendon, left shoulder.");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S41")), codes.toString());
    }

    @Test
    void aBunionIsCodedAsABunionOfItsFoot() {
        List<String> codes = outpatientCandidates("POSTOPERATIVE DIAGNOSIS: Bunion deformity, left foot.");
        assertTrue(codes.contains("M21.612"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("M21.96") || c.startsWith("M20.1")), codes.toString());
    }

    @Test
    void aRegionWordOfACoordinatedFindingDoesNotLocalizeTheAdenopathy() {
        List<String> codes = outpatientCandidates("ASSESSMENT: Lymphadenopathy and axillary tenderness, to be"
                + " followed.");
        assertFalse(codes.contains("R59.0"), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("R59")), codes.toString());
        List<String> withPain = outpatientCandidates("ASSESSMENT: Lymphadenopathy or inguinal pain of unclear cause.");
        assertFalse(withPain.contains("R59.0"), withPain.toString());
    }

    @Test
    void aModifierOfAnotherItemOfTheListDoesNotSelectASibling() {
        // "congenital" is the heart disease's: the hypothyroidism two items later stays unspecified
        List<String> codes = outpatientCandidates("ASSESSMENT: Congenital heart disease, dyslipidemia and"
                + " hypothyroidism.");
        assertTrue(codes.contains("E03.9"), codes.toString());
        assertFalse(codes.contains("E03.1"), codes.toString());
        List<String> commas = outpatientCandidates("DIAGNOSES: Congenital hip dysplasia, hypertension,"
                + " hypothyroidism.");
        assertTrue(commas.contains("E03.9"), commas.toString());
        assertFalse(commas.contains("E03.1"), commas.toString());
    }

    @Test
    void aModifierOfTheConditionItselfStillSelectsItsSibling() {
        List<String> codes = outpatientCandidates("ASSESSMENT: Dyslipidemia, asthma and congenital hypothyroidism.");
        assertTrue(codes.contains("E03.1"), codes.toString());
    }

    @Test
    void aRegionWordBeforeTheAdenopathyStillLocalizesIt() {
        List<String> codes = outpatientCandidates("ASSESSMENT: Axillary lymphadenopathy and fatigue, to be followed.");
        assertTrue(codes.contains("R59.0"), codes.toString());
    }

    @Test
    void aRegionWordAfterWithStaysTheAdenopathys() {
        List<String> codes = outpatientCandidates("ASSESSMENT: Lymphadenopathy in the axillary region, to be"
                + " followed.");
        assertTrue(codes.contains("R59.0"), codes.toString());
    }

    @Test
    void withoutLateralityTheDefaultCodeStays() {
        List<String> codes = outpatientCandidates("ASSESSMENT: Carpal tunnel syndrome.");
        assertEquals(List.of("G56.00"), codes.stream().filter(c -> c.startsWith("G56")).toList());
    }

    @Test
    void aHeaderWhoseChildrenAllSayUnspecifiedDefaultsToTheOneLeavingTheSideUnspecifiedToo() {
        // every child of "Unspecified scleritis" says unspecified; with no side written the eye stays
        // unspecified, never bilateral
        List<String> codes = outpatientCandidates("ASSESSMENT: Scleritis.");
        assertEquals(List.of("H15.009"), codes.stream().filter(c -> c.startsWith("H15")).toList());
    }

    @Test
    void aClausesInOrDueNeverMakesAManifestationCode() {
        // "in diseases classified elsewhere" needs the underlying disease, which "in the last count" is not
        List<String> codes = outpatientCandidates("RESULTS: eosinophilia in the last blood count.");
        assertFalse(codes.contains("D72.18"), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("D72.1")), codes.toString());
    }

    @Test
    void aDefaultCodeMovesToTheSiblingItsClauseDocuments() {
        List<String> codes = outpatientCandidates("ASSESSMENT: Acute on chronic systolic heart failure.");
        assertEquals(List.of("I50.23"), codes.stream().filter(c -> c.startsWith("I50")).toList());
    }

    @Test
    void aDetailInAnotherSentenceDoesNotMakeTheCodeSpecific() {
        List<String> codes = outpatientCandidates("ASSESSMENT: Heart failure. The murmur heard today is systolic.");
        assertEquals(List.of("I50.9"), codes.stream().filter(c -> c.startsWith("I50")).toList());
    }

    @Test
    void anUnspecifiedCodeTakesTheSiblingItsDiagnosticStatementDocumentsBetweenCommas() {
        List<String> codes = outpatientCandidates("ASSESSMENT: Heart failure, chronic, diastolic.");
        assertEquals(List.of("I50.32"), codes.stream().filter(c -> c.startsWith("I50")).toList());
    }

    @Test
    void conditionsOfOneStatementEachTakeOnlyTheSiblingTheirOwnWordsDocument() {
        // both term codes read the same statement sentence: each resolves its own code from it
        List<String> codes = outpatientCandidates("ASSESSMENT: Heart failure, chronic, diastolic, and type 2 diabetes"
                + " mellitus.");
        assertEquals(List.of("I50.32"), codes.stream().filter(c -> c.startsWith("I50")).toList());
        assertEquals(List.of("E11.9"), codes.stream().filter(c -> c.startsWith("E11")).toList());
    }

    @Test
    void aNextClauseStartingWithADetailWordQualifiesTheMention() {
        List<String> codes = outpatientCandidates("ASSESSMENT: Pressure ulcer of sacral region, stage 2.");
        assertEquals(List.of("L89.152"), codes.stream().filter(c -> c.startsWith("L89")).toList());
    }

    @Test
    void aDefaultCodeSaysUnspecifiedOrWithoutComplications() {
        var codeSet = TestModels.models().codeSet();
        assertTrue(CodeResolver.isDefault(codeSet.get("I50.9").orElseThrow()));
        assertTrue(CodeResolver.isDefault(codeSet.get("E11.9").orElseThrow()));
        assertFalse(CodeResolver.isDefault(codeSet.get("I50.23").orElseThrow()));
    }

    @Test
    void theSpecificityWordFileHasBothKinds() {
        assertTrue(CodeResolver.readWords(CodeResolver.DETAIL_KIND).contains("stage"));
        assertTrue(CodeResolver.readWords(CodeResolver.UNDOCUMENTED_KIND).contains("unspecified"));
    }

    @Test
    void theLateralityWindowMustBeAWholeNumberOfWords() {
        List<String> lines = new ArrayList<>();
        for (String l : ScoringWeights.bundledRows()) {
            lines.add(l.startsWith(TabularResolution.LATERALITY_WINDOW + "\t")
                    ? TabularResolution.LATERALITY_WINDOW + "\t2.5\thalf words" : l);
        }
        ScoringWeights w = ScoringWeights.parse(lines, "test.tsv", ScoringWeights.NAMES);
        assertThrows(IllegalArgumentException.class,
                () -> new TabularResolution(TestModels.models().codeSet(), null, w));
    }

    @Test
    void aSideTheMentionNamesIsNotReplacedByAnotherSideOfItsSentence() {
        List<String> codes = outpatientCandidates("He had an infarct of the left middle cerebral artery (aphasia and"
                + " right hemiplegia).");
        assertTrue(codes.contains("G81.91"), codes.toString());
        assertFalse(codes.contains("G81.92"), codes.toString());
    }

    @Test
    void aSideWordQualifyingAnEarlierListItemIsNotTheNextConditionsSide() {
        List<String> codes = outpatientCandidates("Past history: right knee replacement, hearing loss and gout.");
        assertFalse(codes.contains("H91.91"), codes.toString());
    }

    @Test
    void aSideWordOfAnotherConditionInTheStatementIsNotThisOnesSide() {
        List<String> codes = outpatientCandidates("ASSESSMENT: Hypertension, arthrosis of both hips, meningioma of"
                + " the left"
                + " cerebellopontine angle.");
        assertFalse(codes.contains("M16.12"), codes.toString());
    }

    @Test
    void aSideTheStatementGivesTheOrganOfAnEyeCodeIsStillRead() {
        List<String> codes = outpatientCandidates("ASSESSMENT: Examination of the left eye showed a swollen upper"
                + " lid, conjunctival"
                + " chemosis and a clear cornea.");
        assertTrue(codes.contains("H11.422"), codes.toString());
    }
}
