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
 */
public record MdmAssessment(MdmLevel problems, MdmLevel data, MdmLevel risk, MdmLevel level, List<String> reasons) {
    public MdmAssessment {
        reasons = List.copyOf(reasons);
    }
}
