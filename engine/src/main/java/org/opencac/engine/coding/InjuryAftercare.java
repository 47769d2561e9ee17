package org.opencac.engine.coding;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.assertion.Experiencer;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * Guidelines I.C.19.a and I.C.21.c.7: an injury named as the object of its treatment told as past ("status post
 * internal fixation of the wrist fracture", the treatment in the injury's own clause) where the note states the reason for the visit or its assessment is
 * under care after its active treatment, so it keeps its injury code with the 7th character D instead of the
 * personal history code a past condition takes. Sections, cues, treatment words and the words that date the
 * injury as long healed are data ({@code injury_aftercare.tsv}).
 */
public final class InjuryAftercare {
    public static final String DATA = "/org/opencac/engine/coding/injury_aftercare.tsv";
    /** None: no injury is read as under aftercare. */
    public static final InjuryAftercare NONE = new InjuryAftercare(Set.of(), Set.of(), Set.of(), Set.of());

    private final Set<SectionType> sections;
    private final Set<String> cues;
    private final Set<String> treatments;
    private final Set<String> against;

    public InjuryAftercare(Set<SectionType> sections, Set<String> cues, Set<String> treatments, Set<String> against) {
        this.sections = Set.copyOf(sections);
        this.cues = Set.copyOf(cues);
        this.treatments = Set.copyOf(treatments);
        this.against = Set.copyOf(against);
    }

    /** With the bundled rows. */
    public static InjuryAftercare standard() {
        Set<SectionType> sections = new HashSet<>();
        Set<String> cues = new HashSet<>();
        Set<String> treatments = new HashSet<>();
        Set<String> against = new HashSet<>();
        DataFiles.rows(DATA, "kind\tvalue", (f, line) -> {
            if (f.length < 2) {
                throw new IllegalArgumentException(DATA + ": expected kind and value: " + String.join("\t", f));
            }
            String v = f[1].trim().toLowerCase(Locale.ROOT);
            switch (f[0]) {
                case "section" -> sections.add(SectionType.fromId(v));
                case "cue" -> cues.add(f[1].trim());
                case "treatment" -> treatments.add(v);
                case "against" -> against.add(v);
                default -> throw new IllegalArgumentException(DATA + ": unknown kind " + f[0]);
            }
        });
        return new InjuryAftercare(sections, cues, treatments, against);
    }

    /**
     * The injury's code with the 7th character D when the historical mention is an injury under aftercare: in a
     * section of the visit's reason or assessment, past only by a listed cue, a treatment word before it in its
     * clause (no punctuation between) and no word of its sentence dating it as long healed; empty otherwise.
     */
    Optional<Code> subsequentCare(CodeSet codeSet, Document doc, Mention mention, Assertion a, Code code,
                                  SectionType section) {
        if (!a.historical() || a.negated() || a.uncertain() || a.hypothetical()
                || a.experiencer() != Experiencer.PATIENT || !sections.contains(section) || !injuryWithSeventh(code)
                || a.cues().stream().noneMatch(cues::contains)) {
            return Optional.empty();
        }
        Sentence s = doc.sentences().get(mention.sentenceIndex());
        boolean treated = false;   // a treatment word in the mention's clause before it: no punctuation between
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            Token token = doc.tokens().get(t);
            String w = token.text().toLowerCase(Locale.ROOT);
            if (against.contains(w)) {
                return Optional.empty();
            }
            if (t < mention.firstToken()) {
                treated = !token.isPunctuation() && (treated || treatments.contains(w));
            }
        }
        if (!treated) {
            return Optional.empty();
        }
        String c = code.code();
        return codeSet.get(c.substring(0, c.length() - 1) + "D").filter(Code::billable);
    }

    /** An injury code with a 7th character of encounter ("S52.501A"). */
    private static boolean injuryWithSeventh(Code code) {
        String c = code.code();
        return c.length() == 8 && (c.charAt(0) == 'S' || c.charAt(0) == 'T') && c.charAt(7) == 'A';
    }
}
