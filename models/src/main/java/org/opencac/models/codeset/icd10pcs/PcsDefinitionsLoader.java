package org.opencac.models.codeset.icd10pcs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.opencac.models.io.Resources;

/**
 * Reads the CMS ICD-10-PCS definitions XML ({@code ICD10PCS.definitions}): per section, axes of
 * {@code terms} with titles, definitions and "includes" (the body-part and device keys).
 */
public final class PcsDefinitionsLoader {
    public static final String BUNDLED_DEFINITIONS = "data/icd10pcs/icd10pcs_definitions_2026.xml.xz";

    private PcsDefinitionsLoader() {
    }

    public static PcsDefinitions loadBundled() {
        try (InputStream in = Resources.bundled(BUNDLED_DEFINITIONS)) {
            return read(in, BUNDLED_DEFINITIONS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PcsDefinitions read(InputStream in, String name) {
        Map<Character, Map<String, String>> operations = new HashMap<>();
        Map<String, List<String>> bodyParts = new HashMap<>();
        Map<String, String> approaches = new HashMap<>();
        Map<String, List<String>> devices = new HashMap<>();
        try {
            XMLStreamReader x = Resources.xmlReader(in);
            char section = '?';
            int axis = 0;
            List<String> titles = null;
            List<String> includes = null;
            String definition = null;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "section" -> section = x.getAttributeValue(null, "code").charAt(0);
                        case "axis" -> axis = Integer.parseInt(x.getAttributeValue(null, "pos"));
                        case "terms" -> {
                            titles = new ArrayList<>();
                            includes = new ArrayList<>();
                            definition = "";
                        }
                        case "title" -> {
                            String t = x.getElementText().trim();
                            if (titles != null) {
                                titles.add(t);
                            }
                        }
                        case "definition" -> {
                            String d = x.getElementText().trim();
                            if (titles != null) {
                                definition = d;
                            }
                        }
                        case "includes" -> {
                            String i = x.getElementText().trim();
                            if (includes != null) {
                                includes.add(i);
                            }
                        }
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("terms")) {
                    if (axis == 3) {
                        for (String t : titles) {
                            operations.computeIfAbsent(section, k -> new HashMap<>()).put(t, definition);
                        }
                    } else if (axis == 4 && section == '0') {
                        for (String inc : includes) {
                            bodyParts.computeIfAbsent(inc.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(titles);
                        }
                    } else if (axis == 5 && section == '0') {
                        for (String t : titles) {
                            approaches.put(t, definition);
                        }
                    } else if (axis == 6 && section == '0') {
                        for (String inc : includes) {
                            devices.computeIfAbsent(inc.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(titles);
                        }
                    }
                    titles = null;
                    includes = null;
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(name + ": not a readable PCS definitions XML: " + e.getMessage(), e);
        }
        return new PcsDefinitions(operations, bodyParts, approaches, devices);
    }
}
