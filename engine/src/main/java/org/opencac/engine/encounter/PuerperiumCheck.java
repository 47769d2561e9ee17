package org.opencac.engine.encounter;

import static org.opencac.engine.CodePrefixes.startsWithAny;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.coding.HistoryMapping;
import org.opencac.engine.section.Section;
import org.opencac.engine.section.SectionType;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * Guidelines I.C.15.o: a complication of the six weeks after delivery is a postpartum complication, coded to its
 * "complicating the puerperium" (or "in the puerperium") code. When the sections of this encounter place it after the
 * delivery ({@code puerperium_words.tsv}: "status post cesarean section", "two weeks postpartum") and the note codes
 * neither a delivery ({@code delivery_codes.tsv}) nor weeks of gestation (Z3A), each chapter 15 candidate whose title
 * places it in the pregnancy (a trimester, "in pregnancy") is recoded to the code of its category for the same
 * condition in the puerperium (pre-eclampsia O14.90: O14.95); a candidate with no such code is left as it is.
 * Runs after {@link TrimesterCheck}, which reads the delivery and the weeks.
 */
public final class PuerperiumCheck implements Stage {
    static final String WORDS = "/org/opencac/engine/encounter/puerperium_words.tsv";
    private static final String PUERPERIUM = "puerperium";
    private static final String PREGNANCY_CHAPTER = "O";
    /** The sections that tell this encounter, not the patient's earlier history. */
    private static final Set<SectionType> ENCOUNTER_SECTIONS = EnumSet.of(SectionType.UNKNOWN,
            SectionType.CHIEF_COMPLAINT, SectionType.HISTORY_PRESENT_ILLNESS, SectionType.INDICATION,
            SectionType.IMPRESSION, SectionType.ASSESSMENT_PLAN, SectionType.DIAGNOSES, SectionType.HOSPITAL_COURSE);

    private final CodeSet codeSet;
    private final List<String> deliveryCodes;
    private final Pattern afterDelivery;

    PuerperiumCheck(CodeSet codeSet, List<String> deliveryCodes, List<String> words) {
        this.codeSet = codeSet;
        this.deliveryCodes = List.copyOf(deliveryCodes);
        this.afterDelivery = Pattern.compile(String.join("|", words), Pattern.CASE_INSENSITIVE);
    }

    public static PuerperiumCheck standard(CodeSet codeSet) {
        return new PuerperiumCheck(codeSet, HistoryMapping.readPrefixes(TrimesterCheck.DELIVERY_CODES),
                DataFiles.lines(WORDS));
    }

    @Override
    public Document process(Document doc) {
        if (doc.candidates().stream().noneMatch(c -> c.code().startsWith(PREGNANCY_CHAPTER))
                || doc.candidates().stream().anyMatch(c -> startsWithAny(c.code(), deliveryCodes)
                        || TrimesterCheck.trimester(c.code()) != 0)
                || !placedAfterDelivery(doc)) {
            return doc;
        }
        Map<String, CodeCandidate> out = new LinkedHashMap<>();
        boolean changed = false;
        for (CodeCandidate c : doc.candidates()) {
            CodeCandidate now = c;
            Code puerperium = c.code().startsWith(PREGNANCY_CHAPTER) && !c.title().contains(PUERPERIUM)
                    ? TrimesterCheck.sameConditionAt(codeSet, c, PUERPERIUM) : null;
            if (puerperium != null) {
                now = c.withCode(puerperium, "Puerperium (Guidelines I.C.15.o): the encounter follows the delivery, "
                        + c.code() + " recoded to its code of the puerperium");
                changed = true;
            }
            out.putIfAbsent(now.code(), now);
        }
        return changed ? doc.withCandidates(List.copyOf(out.values())) : doc;
    }

    private boolean placedAfterDelivery(Document doc) {
        for (Section s : doc.sections()) {
            if (ENCOUNTER_SECTIONS.contains(s.type())
                    && afterDelivery.matcher(doc.text()).region(s.span().start(), s.span().end()).find()) {
                return true;
            }
        }
        return false;
    }
}
