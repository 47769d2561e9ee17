package org.opencac.evaluation.metrics;

import java.util.List;
import java.util.Optional;
import org.opencac.evaluation.Codes;

/**
 * An ICD-10-CM chapter as a range of 3-character categories (FY2025 Tabular). Lookup compares
 * categories as strings, which orders them as the Tabular does ("O99" &lt; "O9A").
 *
 * @param number the chapter number, 1 to 22
 * @param first  the first category, e.g. "A00"
 * @param last   the last category, e.g. "B99"
 * @param title  a short title
 */
public record Chapter(int number, String first, String last, String title) {
    public static final List<Chapter> ICD10CM = List.of(
            new Chapter(1, "A00", "B99", "Infectious and parasitic diseases"),
            new Chapter(2, "C00", "D49", "Neoplasms"),
            new Chapter(3, "D50", "D89", "Blood and immune mechanism"),
            new Chapter(4, "E00", "E89", "Endocrine, nutritional and metabolic"),
            new Chapter(5, "F01", "F99", "Mental and behavioural"),
            new Chapter(6, "G00", "G99", "Nervous system"),
            new Chapter(7, "H00", "H59", "Eye and adnexa"),
            new Chapter(8, "H60", "H95", "Ear and mastoid process"),
            new Chapter(9, "I00", "I99", "Circulatory system"),
            new Chapter(10, "J00", "J99", "Respiratory system"),
            new Chapter(11, "K00", "K95", "Digestive system"),
            new Chapter(12, "L00", "L99", "Skin and subcutaneous tissue"),
            new Chapter(13, "M00", "M99", "Musculoskeletal and connective tissue"),
            new Chapter(14, "N00", "N99", "Genitourinary system"),
            new Chapter(15, "O00", "O9A", "Pregnancy, childbirth and the puerperium"),
            new Chapter(16, "P00", "P96", "Perinatal period"),
            new Chapter(17, "Q00", "Q99", "Congenital malformations"),
            new Chapter(18, "R00", "R99", "Symptoms, signs and abnormal findings"),
            new Chapter(19, "S00", "T88", "Injury and poisoning"),
            new Chapter(20, "V00", "Y99", "External causes of morbidity"),
            new Chapter(21, "Z00", "Z99", "Factors influencing health status"),
            new Chapter(22, "U00", "U85", "Codes for special purposes"));

    /** The range label, e.g. "A00-B99". */
    public String range() {
        return first + "-" + last;
    }

    /** The chapter of an ICD-10-CM code, or empty for codes outside every chapter. */
    public static Optional<Chapter> of(String code) {
        String category = Codes.category(Codes.normalize(Codes.ICD10CM, code));
        return ICD10CM.stream()
                .filter(c -> category.compareTo(c.first) >= 0 && category.compareTo(c.last) <= 0)
                .findFirst();
    }
}
