package org.opencac.models.codeset.icd10pcs;

import java.util.List;
import java.util.Map;

/**
 * The ICD-10-PCS definitions file, as the engine uses it.
 *
 * @param operations  per section character, the root operation (or type) titles and their definitions
 * @param bodyPartKey anatomical term (lower case) to the body-part values it is coded to, e.g.
 *                    "hallux" to ["1st Toe, Left", "1st Toe, Right"]
 * @param approaches  approach title to its definition (Medical and Surgical section)
 * @param deviceKey   device term (lower case) to the device values it is coded to
 */
public record PcsDefinitions(Map<Character, Map<String, String>> operations, Map<String, List<String>> bodyPartKey,
                             Map<String, String> approaches, Map<String, List<String>> deviceKey) {
    public PcsDefinitions {
        operations = Map.copyOf(operations);
        bodyPartKey = Map.copyOf(bodyPartKey);
        approaches = Map.copyOf(approaches);
        deviceKey = Map.copyOf(deviceKey);
    }

    /** The definition of a root operation of a section, or "" when the file has none. */
    public String definition(char section, String operation) {
        return operations.getOrDefault(section, Map.of()).getOrDefault(operation, "");
    }
}
