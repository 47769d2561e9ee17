package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Injuries read by type and site from a clause (team-written sentences). */
class InjuryFinderTest {

    @Test
    void articlesAndPrepositionsDoNotUseUpTheWindowThatReachesTheBone() {
        List<String> two = outpatientCodes("ASSESSMENT: Two-part fracture of the surgical neck of the left humerus.\n");
        assertTrue(two.contains("S42.222A"), two.toString());
        assertFalse(two.contains("S42.212A"), two.toString());
    }

    @Test
    void aWindowEndingRightBeforeTheBoneReadsOnToTheBone() {
        // the plain window stops at "right": read without "humerus", its words fit a shaft of another bone
        List<String> humerus = outpatientCodes("HISTORY: He fell from a ladder.\nASSESSMENT:\nComminuted fracture of"
                + " the shaft of the right humerus.\n");
        assertTrue(humerus.contains("S42.351A"), humerus.toString());
        assertFalse(humerus.stream().anyMatch(c -> c.startsWith("S72")), humerus.toString());
    }

    @Test
    void aNumberCountingTheInjuriesIsNotASiteOrKindTheTitleMustPrint() {
        List<String> counted = outpatientCodes("HOSPITAL COURSE: He is healing after fixation of two facial fractures.\n");
        assertTrue(counted.contains("S02.92XA"), counted.toString());
        List<String> far = outpatientCodes("FINDINGS: Two component horizontal fractures of the floor of the cranial fossa.\n");
        assertFalse(far.stream().anyMatch(c -> c.startsWith("S02.3")), far.toString());
    }

    @Test
    void aMusclesNameIsReadAsItsRegionNotTheHead() {
        List<String> calf = outpatientCodes("ASSESSMENT: Strain of the left gastrocnemius muscle while running.\n");
        assertTrue(calf.stream().anyMatch(c -> c.startsWith("S86.112")), calf.toString());
        List<String> knee = outpatientCodes("ASSESSMENT: Right knee pain from a strain of the popliteus muscle.\n");
        assertTrue(knee.stream().anyMatch(c -> c.startsWith("S86.11")), knee.toString());
        assertFalse(knee.stream().anyMatch(c -> c.startsWith("S09")), knee.toString());
        List<String> thigh = outpatientCodes("ASSESSMENT: Right hamstring strain during a soccer match.\n");
        assertTrue(thigh.stream().anyMatch(c -> c.startsWith("S76.31")), thigh.toString());
    }

    @Test
    void aWristFlexorIsAForearmMuscleNeverTheThumbsFlexor() {
        List<String> radialis = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Laceration of the left flexor carpi radialis "
                + "tendon at the wrist.\n");
        assertTrue(radialis.contains("S56.222A"), radialis.toString());
        List<String> ulnaris = outpatientCodes("ASSESSMENT: Left wrist laceration involving the flexor carpi ulnaris "
                + "tendon.\n");
        assertFalse(ulnaris.stream().anyMatch(c -> c.startsWith("S66.0") || c.startsWith("S56.0")), ulnaris.toString());
    }

    @Test
    void aSidedWoundOfTheForeheadOrFaceIsOfTheOtherPartOfTheHeadNotAMuscleHead() {
        List<String> brow = outpatientCodes("ASSESSMENT: Left forehead laceration from a cupboard door.\n");
        assertTrue(brow.contains("S01.81XA"), brow.toString());
        assertFalse(brow.stream().anyMatch(c -> c.startsWith("S46")), brow.toString());
        List<String> face = outpatientCodes("ASSESSMENT: Right facial laceration after a bicycle fall.\n");
        assertTrue(face.contains("S01.81XA"), face.toString());
        List<String> graze = outpatientCodes("ASSESSMENT: Facial abrasions after tripping on the curb.\n");
        assertTrue(graze.contains("S00.81XA"), graze.toString());
    }

    @Test
    void aMuscleWhoseRegionIsNotWrittenIsNotCodedAtTheHead() {
        List<String> codes = outpatientCodes("ASSESSMENT: Strain of the flexor muscle after lifting boxes.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S09.1")), codes.toString());
    }

    @Test
    void eachInjuryOfAListOfConditionsIsReadWithItsOwnSiteAndSide() {
        List<String> two = outpatientCodes("DIAGNOSIS: Right tibial plateau fracture and right wrist sprain.\n");
        assertTrue(two.stream().anyMatch(c -> c.startsWith("S82.14") && c.endsWith("1A")), two.toString());
        assertTrue(two.contains("S63.501A"), two.toString());
        List<String> tear = outpatientCodes(
                "DISCHARGE DIAGNOSES: Left tibial plateau fracture and also lateral meniscus tear on the left side.\n");
        assertTrue(tear.stream().anyMatch(c -> c.startsWith("S82.14") && c.endsWith("2A")), tear.toString());
        assertTrue(tear.get(0).startsWith("S82"), tear.toString());
    }

    @Test
    void siteBeforeANegatedFractureIsNotTheSiteOfAnInjury() {
        List<String> codes = outpatientCodes("COURSE: Films of the left wrist show no fracture and she walked out.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S")), codes.toString());
    }

    @Test
    void displacedFractureOfASiteWhoseTitlesDoNotSayDisplacedTakesTheSitesCode() {
        List<String> codes = outpatientCodes("PREOPERATIVE DIAGNOSIS: Closed displaced fracture of the left distal "
                + "radius.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S52.5") && c.endsWith("A")), codes.toString());
    }

    @Test
    void anOpenFractureTakesTheOpenFracturesInitialEncounter() {
        List<String> codes = outpatientCodes("ASSESSMENT: Open fracture of the right calcaneus from a fall.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S92.00") && c.endsWith("B")), codes.toString());
    }

    @Test
    void anOpenReductionIsTheOperationNotAnOpenFracture() {
        List<String> codes = outpatientCodes("PROCEDURE: Open reduction and internal fixation of the left distal radius fracture.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S52") && c.endsWith("B")), codes.toString());
    }

    @Test
    void aLidIsTheEyelidAndACanalicularLacerationOneOfTheEyelid() {
        List<String> lid = outpatientCodes("ASSESSMENT: Laceration of the right upper lid after a fall.\n");
        assertTrue(lid.stream().anyMatch(c -> c.startsWith("S01.111")), lid.toString());
        List<String> canal = outpatientCodes("ASSESSMENT: Left lower lid canalicular laceration.\n");
        assertTrue(canal.stream().anyMatch(c -> c.startsWith("S01.112")), canal.toString());
    }

    @Test
    void boneAloneNamesNoSiteOfAFracture() {
        List<String> codes = outpatientCodes("PROCEDURE: Debridement of skin and bone associated with an open "
                + "fracture.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S02.9")), codes.toString());
    }

    @Test
    void aNamedOrSchatzkerTypedTibialPlateauIsThatCondyleNotBothCondyles() {
        List<String> lateral = outpatientCodes("ASSESSMENT: Left Schatzker II tibial plateau fracture after a fall from a ladder.\n");
        assertTrue(lateral.contains("S82.122A"), lateral.toString());
        assertFalse(lateral.stream().anyMatch(c -> c.startsWith("S82.14")), lateral.toString());
        List<String> medial = outpatientCodes("ASSESSMENT: Right Schatzker type IV tibial plateau fracture, splinted today.\n");
        assertTrue(medial.contains("S82.131A"), medial.toString());
        List<String> named = outpatientCodes("ASSESSMENT: Right lateral tibial plateau fracture from a skiing fall.\n");
        assertTrue(named.contains("S82.121A"), named.toString());
        List<String> plain = outpatientCodes("ASSESSMENT: Right tibial plateau fracture from a skiing fall.\n");
        assertTrue(plain.contains("S82.141A"), plain.toString());
    }

    @Test
    void aHipFractureIsAFractureOfTheNeckOfTheFemur() {
        List<String> codes = outpatientCodes("ASSESSMENT: Left hip fracture after a fall at home.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S72.00")), codes.toString());
        List<String> bruise = outpatientCodes("ASSESSMENT: Contusion of the left hip after a fall at home.\n");
        assertTrue(bruise.stream().anyMatch(c -> c.startsWith("S70.0")), bruise.toString());
        // the Index's S72.00- carries no displacement: a nondisplaced hip fracture is no fracture of another part
        List<String> nondisplaced = outpatientCodes("ASSESSMENT: Nondisplaced right hip fracture after a fall.\n");
        assertTrue(nondisplaced.contains("S72.001A"), nondisplaced.toString());
        List<String> open = outpatientCodes("ASSESSMENT: Open fracture of the left hip after a fall.\n");
        assertTrue(open.contains("S72.002B"), open.toString());
    }

    @Test
    void aKindOfHipFractureTheTabularListsAsAnInclusionTermIsCodedAtItsSubcategory() {
        // "Subcapital fracture of femur" is an inclusion term of S72.01-, "Transcervical fracture of femur NOS" of
        // S72.03-: the hip's S72.00- is for a neck fracture of no part named
        List<String> subcapital = outpatientCodes("ASSESSMENT: Subcapital right hip fracture after a fall.\n");
        assertTrue(subcapital.contains("S72.011A"), subcapital.toString());
        List<String> transcervical = outpatientCodes("ASSESSMENT: Transcervical left hip fracture after a fall.\n");
        assertTrue(transcervical.contains("S72.032A"), transcervical.toString());
        List<String> plain = outpatientCodes("ASSESSMENT: Right hip fracture after a fall.\n");
        assertTrue(plain.contains("S72.001A"), plain.toString());
    }

    @Test
    void aToeOrFingerOfNoKindNamedIsTheUnspecifiedDigitNotTheFirstOfItsSide() {
        // the codes tell the great toe from the lesser toes: a toe of neither named is the unspecified toe, which has
        // no sided code, not the great toe of that side
        List<String> toe = outpatientCodes("ASSESSMENT: Laceration of the left toe on a piece of glass.\n");
        assertTrue(toe.contains("S91.119A"), toe.toString());
        assertFalse(toe.contains("S91.112A"), toe.toString());
        List<String> great = outpatientCodes("ASSESSMENT: Laceration of the left great toe on a piece of glass.\n");
        assertTrue(great.contains("S91.112A"), great.toString());
        List<String> second = outpatientCodes("ASSESSMENT: Laceration of the left second toe on a piece of glass.\n");
        assertTrue(second.contains("S91.115A"), second.toString());
        List<String> finger = outpatientCodes("ASSESSMENT: Laceration of the right finger from a kitchen knife.\n");
        assertTrue(finger.contains("S61.219A"), finger.toString());
    }

    @Test
    void aGradeNoTitleOfTheSitePrintsDoesNotBlockTheInjury() {
        List<String> typed = outpatientCodes("ASSESSMENT: Type III supracondylar fracture of the right humerus after "
                + "a fall from a swing.\n");
        assertTrue(typed.stream().anyMatch(c -> c.startsWith("S42.4") && c.endsWith("A")), typed.toString());
        assertFalse(typed.stream().anyMatch(c -> c.startsWith("M84")), typed.toString());
        // the Index path reads "type 1" as no site: the neck of the femur as the Index prints it, side and encounter
        List<String> graded = outpatientCodes("ASSESSMENT: Nondisplaced type 1 fracture of the left femoral neck "
                + "after a fall.\n");
        assertTrue(graded.contains("S72.002A"), graded.toString());
        // a grade the titles print (an open fracture type I or II) is still read: the open fracture's encounter
        List<String> open = outpatientCodes("ASSESSMENT: Grade II open fracture of the right radius shaft.\n");
        assertTrue(open.stream().anyMatch(c -> c.startsWith("S52.3") && c.endsWith("B")), open.toString());
    }

    @Test
    void aGustiloGradeThreeOpenFractureTakesTheSevereOpenCharacterWhereTheTableHasOne() {
        List<String> severe = outpatientCodes("ASSESSMENT: Type IIIB open fracture of the left tibia shaft after a "
                + "motorcycle crash.\n");
        assertTrue(severe.contains("S82.202C"), severe.toString());
        assertFalse(severe.contains("S82.202B"), severe.toString());
        List<String> digits = outpatientCodes("ASSESSMENT: Gustilo 3A open fracture of the right femur shaft.\n");
        assertTrue(digits.stream().anyMatch(c -> c.startsWith("S72.3") && c.endsWith("C")), digits.toString());
        // a grade I or II open fracture keeps the open character
        List<String> mild = outpatientCodes("ASSESSMENT: Type II open fracture of the left tibia shaft.\n");
        assertTrue(mild.contains("S82.202B"), mild.toString());
        // a category whose 7th characters do not tell the grades apart (the hand) keeps its open character
        List<String> hand = outpatientCodes("ASSESSMENT: Type IIIA open fracture of the shaft of the third "
                + "metacarpal of the right hand.\n");
        assertTrue(hand.stream().anyMatch(c -> c.startsWith("S62.3") && c.endsWith("B")), hand.toString());
    }

    @Test
    void aCrossReferencesWordIsReadAgainUnderItsTarget() {
        // Fracture, humerus, supracondylar, see Fracture, humerus, lower end: under it, supracondylar (S42.41-)
        List<String> codes = outpatientCodes("ASSESSMENT: Supracondylar fracture of the left humerus after a fall "
                + "from the monkey bars.\n");
        assertTrue(codes.contains("S42.412A"), codes.toString());
        assertFalse(codes.contains("S42.402A"), codes.toString());
    }

    @Test
    void fractureWithItsSiteIsStillCoded() {
        List<String> codes = outpatientCodes("ASSESSMENT: Closed fracture of the left radius after a fall.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S52.")), codes.toString());
    }

    @Test
    void injuryWordWithoutASiteCodesNoInjury() {
        List<String> codes = outpatientCodes("ASSESSMENT: Redness or bruising around any cut. Bruise of the soft "
                + "tissue.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S") || c.startsWith("T")), codes.toString());
    }

    @Test
    void descriptorBesideASiteIsStillRead() {
        List<String> codes = outpatientCodes("ASSESSMENT: Superficial abrasion of the left knee.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S80.212")), codes.toString());
    }

    @Test
    void pathologicalFractureIsNotAnInjury() {
        List<String> codes = outpatientCodes("ASSESSMENT: Pathological fracture of the left femoral shaft.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S72")), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("M84.4")), codes.toString());
    }

    @Test
    void spinalLevelNamesTheVertebraOfAFracture() {
        assertTrue(outpatientCodes("ASSESSMENT: C2 fracture after a fall from a ladder.\n").stream().anyMatch(c -> c.startsWith("S12.1")));
        assertTrue(outpatientCodes("ASSESSMENT: L1 burst fracture after a fall from a ladder.\n").stream().anyMatch(c -> c.startsWith("S32.01")));
    }

    @Test
    void compressionFractureBesideOsteoporosisIsNotAnInjury() {
        List<String> codes = outpatientCodes("ASSESSMENT: Osteoporosis with L1 compression fracture.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S32")), codes.toString());
    }

    @Test
    void aFractureDescribedInGenericWordsIsNoEponymsFractureAndAHealingOneIsASubsequentEncounter() {
        List<String> healing = outpatientCodes("An external fixator still holds the healing fractures in the left "
                + "leg.");
        assertTrue(healing.contains("S82.92XD"), healing.toString());
        assertTrue(healing.stream().noneMatch(c -> c.startsWith("S82.86")), healing.toString());
        List<String> named = outpatientCodes("Maisonneuve fracture of the left leg.");
        assertTrue(named.contains("S82.862A") && !named.contains("S82.92XA"), named.toString());
    }

    @Test
    void aLongBoneNamedAloneTakesTheCodeTheIndexPrintsForThatBone() {
        // Index: Fracture, traumatic, humerus S42.30- (shaft); radius S52.9- (forearm): no part the note does not name
        List<String> humerus = outpatientCodes("ASSESSMENT: Fracture of the left humerus after a fall.\n");
        assertTrue(humerus.contains("S42.302A"), humerus.toString());
        List<String> radius = outpatientCodes("ASSESSMENT: Fracture of the left radius after a fall.\n");
        assertTrue(radius.contains("S52.92XA"), radius.toString());
    }

    @Test
    void proximalAndDistalAreTheEndsTheIndexSendsThemTo() {
        // Index: radius, proximal end, see Fracture, radius, upper end (S52.10-); humerus, distal end, see lower end
        List<String> proximal = outpatientCodes("ASSESSMENT: Proximal fracture of the right radius after a fall.\n");
        assertTrue(proximal.contains("S52.101A"), proximal.toString());
        List<String> distal = outpatientCodes("ASSESSMENT: Distal fracture of the left humerus after a fall.\n");
        assertTrue(distal.contains("S42.402A"), distal.toString());
    }

    @Test
    void multipleRibFracturesOfNoNamedSideAreOfTheUnspecifiedSide() {
        List<String> codes = outpatientCodes("ASSESSMENT: Multiple rib fractures after a fall.\n");
        assertTrue(codes.contains("S22.49XA") && !codes.contains("S22.43XA"), codes.toString());
    }

    @Test
    void eachFractureOfAListKeepsItsOwnSite() {
        List<String> codes = outpatientCodes("ASSESSMENT: X-rays show a distal fracture of the left humerus, a "
                + "proximal fracture "
                + "of the left ulna and a proximal fracture of the left radius.\n");
        assertTrue(codes.containsAll(List.of("S42.402A", "S52.002A", "S52.102A")), codes.toString());
        // a fracture and a dislocation of one site share it
        List<String> shared = outpatientCodes("ASSESSMENT: Fracture and dislocation of the left shoulder after a "
                + "fall.\n");
        assertTrue(shared.stream().anyMatch(c -> c.startsWith("S42.")), shared.toString());
    }

    @Test
    void aSymptomsSiteBesideAFractureIsNotTheFracturesSite() {
        List<String> before = outpatientCodes("DIAGNOSIS: Chest pain due to fractured ribs after a fall.\n");
        assertTrue(before.stream().anyMatch(c -> c.startsWith("S22.4")), before.toString());
        List<String> after = outpatientCodes("HISTORY: After a fall he suffered fractured ribs, whose chest pain keeps "
                + "him"
                + " awake.\n");
        assertTrue(after.stream().anyMatch(c -> c.startsWith("S22.4")), after.toString());
        // a symptom that names the injury's only site still gives it
        List<String> only = outpatientCodes("ASSESSMENT: Left wrist pain due to a fracture.\n");
        assertTrue(only.stream().anyMatch(c -> c.startsWith("S62")), only.toString());
    }
    @Test
    void aScaphoidOfNoNamedRegionIsTheWristsAndOfTheFootOnlyWhenTheFootIsNamed() {
        List<String> wrist = outpatientCodes("ASSESSMENT: Right scaphoid fracture after a fall while "
                + "skating.\n");
        assertTrue(wrist.stream().anyMatch(c -> c.startsWith("S62.0") && c.charAt(6) == '1'), wrist.toString());
        assertFalse(wrist.stream().anyMatch(c -> c.startsWith("S92.25")), wrist.toString());
        List<String> foot = outpatientCodes("ASSESSMENT: Left scaphoid fracture of the foot.\n");
        assertTrue(foot.stream().anyMatch(c -> c.startsWith("S92.252")), foot.toString());
        List<String> tarsal = outpatientCodes("ASSESSMENT: Left tarsal navicular fracture after a fall.\n");
        assertTrue(tarsal.stream().anyMatch(c -> c.startsWith("S92.252")), tarsal.toString());
    }

    @Test
    void aDistalFibulaFractureIsOfTheLowerEndOfTheFibulaWithItsSide() {
        List<String> codes = outpatientCodes("ASSESSMENT: Closed left distal fibula fracture after a twisting "
                + "fall.\n");
        assertTrue(codes.contains("S82.832A"), codes.toString());
        List<String> fibular = outpatientCodes("ASSESSMENT: Right distal fibular fracture after a fall.\n");
        assertTrue(fibular.contains("S82.831A"), fibular.toString());
    }

    @Test
    void aSecondInjuryWrittenWithTheFirstIsNotTheFirstInjurysSite() {
        List<String> skull = outpatientCodes("IMPRESSION: Left parietal skull fracture with associated small epidural "
                + "hematoma after a fall from a ladder.\n");
        assertTrue(skull.contains("S02.0XXA"), skull.toString());
        List<String> shin = outpatientCodes("ASSESSMENT: Closed right tibia fracture with a large contusion.\n");
        assertTrue(shin.stream().anyMatch(c -> c.startsWith("S82.2") && c.endsWith("1A")), shin.toString());
        // the site written after the link is the first injury's too
        List<String> after = outpatientCodes("ASSESSMENT: Fracture with dislocation of the right shoulder.\n");
        assertTrue(after.stream().anyMatch(c -> c.startsWith("S42")), after.toString());
    }

    @Test
    void aTornCruciateLigamentIsItsSprainWithTheSideWritten() {
        List<String> front = outpatientCodes("ASSESSMENT: Right anterior cruciate ligament tear from a ski fall.\n");
        assertTrue(front.contains("S83.511A"), front.toString());
        List<String> back = outpatientCodes("DIAGNOSIS: Tear of the posterior cruciate ligament after a dashboard "
                + "injury.\n");
        assertTrue(back.stream().anyMatch(c -> c.startsWith("S83.52")), back.toString());
    }

    @Test
    void aPatternNoTitleOfTheSitePrintsFallsBackToTheSitesFracture() {
        List<String> codes = outpatientCodes("ASSESSMENT: Comminuted fracture of the right proximal humerus after a"
                + " fall from a chair.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S42.2") && c.endsWith("A")), codes.toString());
        List<String> shaft = outpatientCodes("ASSESSMENT: Comminuted fracture of the shaft of the right humerus after"
                + " a fall from a chair.\n");
        assertTrue(shaft.stream().anyMatch(c -> c.startsWith("S42.35")), shaft.toString());
    }
}
