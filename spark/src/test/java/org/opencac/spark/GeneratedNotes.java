package org.opencac.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Notes written by the team for tests (no real patient text): each note is assembled from short
 * sections whose findings are drawn, with a fixed seed, from lists of common problems, negations,
 * family history and plans, so a few hundred notes are all different but reproducible.
 */
final class GeneratedNotes {
    private static final List<String> PROBLEMS = List.of(
            "essential hypertension", "type 2 diabetes mellitus", "hyperlipidemia", "chronic kidney disease stage 3a",
            "asthma", "major depressive disorder", "gastroesophageal reflux disease", "osteoarthritis of the right knee",
            "atrial fibrillation", "hypothyroidism", "obesity", "acute on chronic systolic heart failure",
            "community acquired pneumonia", "urinary tract infection", "migraine", "low back pain",
            "closed fracture of the left radius", "anemia", "COPD", "type 2 diabetes with diabetic polyneuropathy");
    private static final List<String> DENIED = List.of("chest pain", "fever", "shortness of breath", "nausea",
            "headache", "abdominal pain", "cough");
    private static final List<String> RELATIVES = List.of("Mother", "Father", "Sister", "Brother");
    private static final List<String> FAMILY = List.of("breast cancer", "coronary artery disease", "colon cancer",
            "diabetes");
    private static final List<String> MEDICATIONS = List.of("metformin 500 mg twice daily", "lisinopril 10 mg daily",
            "atorvastatin 20 mg nightly", "insulin glargine 20 units at bedtime", "levothyroxine 50 mcg daily");

    private GeneratedNotes() {
    }

    /** The note of the given number (the same number always gives the same note). */
    static String note(int number) {
        Random r = new Random(7919L * number + 17);
        StringBuilder b = new StringBuilder();
        b.append("CHIEF COMPLAINT: Follow-up visit number ").append(number).append(".\n\n");
        b.append("HISTORY OF PRESENT ILLNESS: The patient is a ").append(30 + r.nextInt(55))
                .append("-year-old seen for ").append(pick(r, PROBLEMS)).append(". Denies ").append(pick(r, DENIED))
                .append(" and ").append(pick(r, DENIED)).append(".\n\n");
        b.append("MEDICATIONS: ").append(pick(r, MEDICATIONS)).append("; ").append(pick(r, MEDICATIONS)).append(".\n\n");
        b.append("FAMILY HISTORY: ").append(pick(r, RELATIVES)).append(" with ").append(pick(r, FAMILY)).append(".\n\n");
        b.append("ASSESSMENT AND PLAN:\n");
        int problems = 1 + r.nextInt(4);
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < problems; i++) {
            String p = pick(r, PROBLEMS);
            if (!listed.contains(p)) {
                listed.add(p);
                b.append(listed.size()).append(". ").append(Character.toUpperCase(p.charAt(0))).append(p.substring(1))
                        .append(r.nextBoolean() ? ", stable. Continue current treatment.\n" : ". Return if symptoms worsen.\n");
            }
        }
        return b.toString();
    }

    private static String pick(Random r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }
}
