package org.opencac.engine.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.note.Span;

/** Adjectives joined by a comma before one head noun qualify it together (team-written sentences). */
class CoordinateAdjectivesTest {

    @Test
    void aSideBeforeCommaJoinedAdjectivesStaysWithTheirFracture() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Right comminuted, displaced distal radius fracture.\n");
        assertTrue(codes.contains("S52.501A"), codes.toString());
        assertFalse(codes.contains("S52.509A"), codes.toString());
    }

    @Test
    void anIntercondylarSplitOfASupracondylarFractureIsItsIntracondylarExtension() {
        // Fracture, femur, lower end, supracondylar, with intracondylar extension (S72.46-), side kept over the comma
        List<String> codes = outpatientCodes("Diagnosis: Left supracondylar, intercondylar fracture of the distal femur"
                + " after a fall.\n");
        assertTrue(codes.contains("S72.462A"), codes.toString());
        assertFalse(codes.contains("S72.409A"), codes.toString());
    }

    @Test
    void theCommaBetweenTwoAdjectivesOfOneNounIsNoBreak() {
        List<Token> tokens = tokens("left painful , swollen knee");
        assertArrayEquals(new int[] {0, 5}, Clauses.around(tokens, sentence(tokens), 4, 5));
    }

    @Test
    void aCommaAfterANounOrBeforeTheLastWordStillEndsTheClause() {
        List<Token> nounFirst = tokens("knee effusion , swollen ankle");
        assertArrayEquals(new int[] {3, 5}, Clauses.around(nounFirst, sentence(nounFirst), 4, 5));
        List<Token> noHead = tokens("left painful , swollen");   // "swollen" ends the sentence: no noun follows
        assertArrayEquals(new int[] {3, 4}, Clauses.around(noHead, sentence(noHead), 3, 4));
        List<Token> longRun = tokens("chronic cough fever painful , swollen knee");
        assertArrayEquals(new int[] {5, 7}, Clauses.around(longRun, sentence(longRun), 6, 7));
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String t : text.split(" ")) {
            String norm = Character.isLetterOrDigit(t.charAt(0)) ? t.toLowerCase(java.util.Locale.ROOT) : "";
            out.add(new Token(new Span(at, at + t.length()), t, norm, 0));
            at += t.length() + 1;
        }
        return out;
    }

    private static Sentence sentence(List<Token> tokens) {
        return new Sentence(new Span(0, tokens.get(tokens.size() - 1).span().end()), 0, 0, tokens.size());
    }
}
