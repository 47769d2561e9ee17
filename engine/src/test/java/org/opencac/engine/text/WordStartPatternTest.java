package org.opencac.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencac.engine.encounter.EncounterRule;
import org.opencac.engine.encounter.EncounterRules;
import org.opencac.engine.testing.TestModels;

class WordStartPatternTest {

    @Test
    void patternsWhoseEveryAlternativeBeginsWithABoundaryAndAWordQualify() {
        assertTrue(WordStartPattern.beginsAtWords("\\bscreening\\s+colonoscopy\\b|\\bcolon cancer screening\\b"));
        assertTrue(WordStartPattern.beginsAtWords("\\b(?:here|present(?:s|ed)?)\\b\\s+for\\b"));
        assertTrue(WordStartPattern.beginsAtWords("\\b(?:a|b)[|]x|\\bc"), "a | inside a class does not split");
    }

    @Test
    void patternsThatMayBeginElsewhereDoNotQualify() {
        assertFalse(WordStartPattern.beginsAtWords("screening\\b"), "no leading boundary");
        assertFalse(WordStartPattern.beginsAtWords("\\bscreening|colonoscopy"), "second alternative");
        assertFalse(WordStartPattern.beginsAtWords("\\b\\s+for"), "a boundary before a space is a word end");
        assertFalse(WordStartPattern.beginsAtWords("\\b(?<=x)y"), "a lookbehind after the boundary");
    }

    @Test
    void findsTheFirstMatchWithinTheRegionOnly() {
        WordStartPattern p = WordStartPattern.of(Pattern.compile("\\bfollow[- ]?up\\b", Pattern.CASE_INSENSITIVE));
        String text = "Plan: follow-up. She is here for Follow up today.";
        MatchResult m = p.find(text, 17, text.length());
        assertEquals("Follow up", text.substring(m.start(), m.end()));
        assertNull(p.find(text, 17, 40), "a match running past the region's end");
        assertNull(p.find("unfollow-up", 0, 11), "not inside a word");
        assertEquals(2, p.find("unfollow-up", 2, 11).start(), "a region may start inside a word");
    }

    @Test
    void wordsThatCannotBeginAMatchAreSkippedAndOthersTried() {
        WordStartPattern p = WordStartPattern.of(Pattern.compile("\\b(?:screening|colo\\w+)\\s+\\w+", Pattern.CASE_INSENSITIVE));
        assertEquals(11, p.find("no further Colonoscopy done", 0, 27).start(), "either case of a first letter");
        assertNull(p.find("an abc", 0, 6));
        WordStartPattern any = WordStartPattern.of(Pattern.compile("\\b\\w+ screening"));
        assertEquals(0, any.find("_x screening", 0, 12).start(), "a class that takes any word character");
        WordStartPattern letters = WordStartPattern.of(Pattern.compile("\\b[\\p{L}]+ screening"));
        assertEquals(0, letters.find("été screening", 0, 13).start(), "a word starting with a non-ASCII letter is tried");
    }

    @Test
    void partsThatHeedCaseAgainAreNotFolded() {
        WordStartPattern p = WordStartPattern.of(Pattern.compile("\\b(?-i:AIDS)\\b|\\bhiv\\b", Pattern.CASE_INSENSITIVE));
        assertEquals(4, p.find("has AIDS", 0, 8).start());
        assertNull(p.find("has aids", 0, 8));
        assertEquals(4, p.find("has HIV", 0, 7).start());
    }

    @Test
    void aPatternThatMayBeginInsideAWordIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> WordStartPattern.of(Pattern.compile("ectomy\\b")));
    }

    /** The engine's rule patterns give the same first match as a full search, on team-written sentences. */
    @Test
    void encounterRulesFindWhatAFullSearchFinds() {
        List<WordStartPattern> patterns = new ArrayList<>();
        EncounterRules.RuleSet set = EncounterRules.standard(TestModels.models().codeSet());
        patterns.add(set.lead());
        for (EncounterRule r : set.rules()) {
            patterns.add(r.pattern());
        }
        List<String> sentences = List.of(
                "She presents today for her initial OB visit at 10 weeks.",
                "Here for a routine six-week postpartum check-up; no complaints.",
                "Preoperative cardiac evaluation before a knee replacement.",
                "He comes in for suture removal, stitches placed 10 days ago.",
                "Screening colonoscopy was done last year; colon cancer screening is up to date.",
                "Follow-up after completion of chemotherapy for lymphoma.",
                "Postop check after laparoscopic cholecystectomy, doing well.",
                "No chemotherapy-induced neuropathy. Radiation therapy completed.",
                "Requests permanent sterilization; vasectomy discussed with her husband.",
                "IUD insertion today. Removal of the IUD planned in 5 years.",
                "Refills of his blood pressure medications; medication refill given.",
                "Recheck of the left wrist fracture after cast removal.",
                "__here for flu shot; 2nd dose of vaccine, physical therapy sessions x6.");
        int compared = 0;
        for (WordStartPattern p : patterns) {
            for (String s : sentences) {
                for (int start : new int[] {0, 5}) {
                    Matcher full = p.pattern().matcher(s).region(start, s.length());
                    MatchResult fast = p.find(s, start, s.length());
                    if (full.find()) {
                        assertEquals(full.start() + "-" + full.end(), fast == null ? null : fast.start() + "-" + fast.end(),
                                p.pattern() + " in " + s);
                        compared++;
                    } else {
                        assertNull(fast, p.pattern() + " in " + s);
                    }
                }
            }
        }
        assertTrue(compared >= 20, "the sentences exercise the rules: " + compared + " matches compared");
    }

    /** On texts made at random from the rules' own words and punctuation, every rule finds what a full search finds,
     * alone and searched with the others. */
    @Test
    void encounterRulesFindWhatAFullSearchFindsOnRandomTexts() {
        EncounterRules.RuleSet set = EncounterRules.standard(TestModels.models().codeSet());
        List<WordStartPattern> patterns = new ArrayList<>(set.rules().stream().map(EncounterRule::pattern).toList());
        patterns.add(set.lead());
        patterns.add(WordStartPattern.of(Pattern.compile("\\b(?:Here|FOR)\\b\\s+\\w+")));   // heeds case
        WordStartPattern.Group group = new WordStartPattern.Group(patterns);
        String[] words = ("here for presents today the a follow-up follow up postop post-op check visit screening"
                + " colonoscopy Colonoscopy mammogram pap PSA cancer colon initial OB prenatal exam routine annual"
                + " physical suture removal of staples IUD insertion chemotherapy radiation therapy induced refill"
                + " medications fracture wrist cast change recheck vasectomy flu shot vaccine well-child 6-week"
                + " postpartum preoperative cardiac evaluation clearance dietary counseling no not unfollow é x2 HERE FOR"
                + " SCREENING COLONOSCOPY Pre-Op Cardiac Well-Woman S/P").split(" ");
        String[] gaps = {" ", " ", " ", ", ", ". ", "-", "/", "  ", ":", "(", "\t", "\n"};
        java.util.Random random = new java.util.Random(20261201L);
        int matches = 0;
        for (int t = 0; t < 2000; t++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0, n = 3 + random.nextInt(12); w < n; w++) {
                text.append(words[random.nextInt(words.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            String s = text.toString();
            int start = random.nextInt(Math.max(1, s.length() / 3));
            java.util.BitSet wanted = new java.util.BitSet();
            wanted.set(0, patterns.size());
            wanted.clear(random.nextInt(patterns.size()));
            MatchResult[] together = group.in(s).firstMatches(start, s.length(), wanted);
            for (int q = 0; q < patterns.size(); q++) {
                WordStartPattern p = patterns.get(q);
                MatchResult alone = wanted.get(q) ? p.find(s, start, s.length()) : null;
                assertEquals(alone == null ? null : alone.start() + "-" + alone.end(),
                        together[q] == null ? null : together[q].start() + "-" + together[q].end(),
                        "searched with the group: " + p + " in '" + s + "' from " + start);
            }
            for (WordStartPattern p : patterns) {
                Matcher full = p.pattern().matcher(s).region(start, s.length());
                MatchResult fast = p.find(s, start, s.length());
                String expected = full.find() ? full.start() + "-" + full.end() : null;
                assertEquals(expected, fast == null ? null : fast.start() + "-" + fast.end(), p + " in '" + s + "' from " + start);
                matches += expected == null ? 0 : 1;
            }
        }
        assertTrue(matches >= 250, "the texts exercise the rules: " + matches + " matches");
    }

    /** One array kept for range after range gives each range's wanted patterns what a fresh array gives them. */
    @Test
    void firstMatchesIntoAKeptArrayAreThoseOfAFreshArray() {
        List<WordStartPattern> patterns = List.of(
                WordStartPattern.of(Pattern.compile("\\bfollow[- ]up\\b", Pattern.CASE_INSENSITIVE)),
                WordStartPattern.of(Pattern.compile("\\bsuture removal\\b", Pattern.CASE_INSENSITIVE)),
                WordStartPattern.of(Pattern.compile("\\bflu shot\\b", Pattern.CASE_INSENSITIVE)));
        WordStartPattern.Group group = new WordStartPattern.Group(patterns);
        String s = "Follow-up today. Suture removal done, flu shot given. Nothing more. Flu shot again.";
        WordStartPattern.Group.Searches searches = group.in(s);
        MatchResult[] kept = new MatchResult[patterns.size()];
        int[][] ranges = {{0, 16}, {17, 53}, {54, 67}, {68, s.length()}, {0, s.length()}};
        java.util.BitSet all = new java.util.BitSet();
        all.set(0, patterns.size());
        java.util.BitSet lastTwo = new java.util.BitSet();
        lastTwo.set(1, patterns.size());
        int found = 0;
        for (int[] r : ranges) {
            for (java.util.BitSet wanted : new java.util.BitSet[] {all, lastTwo}) {
                MatchResult[] fresh = searches.firstMatches(r[0], r[1], wanted);
                searches.firstMatches(r[0], r[1], wanted, kept);
                for (int p = wanted.nextSetBit(0); p >= 0; p = wanted.nextSetBit(p + 1)) {
                    assertEquals(fresh[p] == null ? null : fresh[p].start() + "-" + fresh[p].end(),
                            kept[p] == null ? null : kept[p].start() + "-" + kept[p].end(), patterns.get(p) + " in " + r[0]);
                    found += fresh[p] == null ? 0 : 1;
                }
            }
        }
        assertTrue(found >= 6, "the ranges hold matches: " + found);
    }

    @Test
    void aWordCharacterIsALetterADigitOrAnUnderscoreInEveryPlane() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.isLetterOrDigit(c) || c == '_', WordStartPattern.isWordCharacter(c),
                    "character " + (int) c);
        }
    }
}
