package org.opencac.models.codeset.icd10cm;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencac.models.codeset.Chapter;
import org.opencac.models.codeset.InstructionalNote;
import org.opencac.models.codeset.SeventhCharacter;

/**
 * What the Tabular List XML contributes: chapters and blocks, the notes at each code, 7th-character
 * definitions, and which codes it lists.
 *
 * @param version        the Tabular's own version, e.g. "2021"
 * @param chapters       chapters with their blocks and notes
 * @param notesByCode    notes written at each code (dotted form)
 * @param seventhByCode  7th-character definitions at the code they are written under
 * @param titlesByCode   titles as printed in this Tabular
 * @param codes          every code or header in this Tabular
 */
public record TabularNotes(String version, List<Chapter> chapters, Map<String, List<InstructionalNote>> notesByCode,
                           Map<String, List<SeventhCharacter>> seventhByCode, Map<String, String> titlesByCode,
                           Set<String> codes) {
}
