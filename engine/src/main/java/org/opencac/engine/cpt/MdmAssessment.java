package org.opencac.engine.cpt;

import java.util.List;

/**
 * The MDM of one visit: each element's level with the documentation that supports it, and the result.
 *
 * @param problems level of the number and complexity of problems addressed
 * @param data     level of the amount and complexity of data reviewed and analyzed
 * @param risk     level of the risk of complications of patient management
 * @param level    the MDM level: met or exceeded by two of the three elements
 * @param reasons  one line per element, naming what was found
 * @param supported whether the documented elements support the level: false for a straightforward level when
 *                 problems or risk had no cue at all and that element, were it higher, would raise the level (the
 *                 level is then a default, not a finding: "stable chronic illnesses" with no management read is
 *                 no straightforward visit); a higher level is met by two elements found
 */
public record MdmAssessment(MdmLevel problems, MdmLevel data, MdmLevel risk, MdmLevel level, List<String> reasons,
                            boolean supported) {
    public MdmAssessment {
        reasons = List.copyOf(reasons);
    }
}
