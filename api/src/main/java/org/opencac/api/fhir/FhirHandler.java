package org.opencac.api.fhir;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Resource;
import org.opencac.api.http.ApiException;
import org.opencac.api.http.ErrorKind;
import org.opencac.api.http.NoteCoder;
import org.opencac.api.http.StrictJson;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.note.PatientSex;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.suggest.SystemResult;
import org.opencac.models.codeset.CodeSystem;

/**
 * {@code POST /fhir/r4/DocumentReference/$suggest-codes?setting=outpatient|inpatient&maxSuggestions=n}:
 * a DocumentReference or a Bundle of them (with their Encounters, optionally) in, a collection Bundle of
 * Condition/Procedure resources and one Provenance out. Each note is coded for its date of service
 * ({@link ServiceDates}); when a code-set release used is not valid on it, an OperationOutcome of warnings is
 * added to the Bundle.
 */
public final class FhirHandler {
    public static final String PATH = "/fhir/r4/DocumentReference/$suggest-codes";
    public static final String FHIR_JSON = "application/fhir+json";

    private final FhirCoding fhir;
    private final ObjectMapper limits;
    private final NoteCoder coder;
    private final int maxNoteChars;
    private final int ceiling;

    public FhirHandler(FhirCoding fhir, ObjectMapper limits, NoteCoder coder, int maxNoteChars, int ceiling) {
        this.fhir = fhir;
        this.limits = limits;
        this.coder = coder;
        this.maxNoteChars = maxNoteChars;
        this.ceiling = ceiling;
    }

    public void handle(Context ctx) throws IOException {
        StrictJson.requireMediaType(ctx.contentType(), FHIR_JSON, "application/json");
        CareSetting setting = settingParam(ctx.queryParam("setting"));
        int max = maxParam(ctx.queryParam("maxSuggestions"), ceiling);
        // base64 grows a note by 4/3, and a Bundle may carry several.
        String body = StrictJson.readBody(ctx.req().getInputStream(), (long) maxNoteChars * 12 * FhirCoding.MAX_DOCUMENTS
                + 65_536);
        StrictJson.readObject(limits, body);
        org.hl7.fhir.instance.model.api.IBaseResource input = fhir.parse(body);
        List<FhirCoding.InputNote> notes = fhir.notesOf(input);
        ServiceDates dates = ServiceDates.from(List.of(input));
        PatientSex sex = patientSex(input);
        List<String> warnings = new ArrayList<>();
        List<Resource> out = new ArrayList<>();
        List<DocumentReference> sources = new ArrayList<>();
        String version = "";
        for (FhirCoding.InputNote n : notes) {
            checkNote(n.text(), maxNoteChars);
            java.time.LocalDate date = dates.of(n.document(), setting).orElse(null);
            CodingResult r = coder.code(ctx, "fhir", new Note(n.text(), setting, sex), List.of(), date);
            // the answer carries ICD-10-CM resources only, so only that release's warnings concern it
            r.system(CodeSystem.ICD10CM).map(SystemResult::warnings)
                    .orElse(List.of()).stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
            version = r.codeSetVersion().label();
            String system = r.codeSetVersion().system().displayName();
            for (Suggestion s : r.suggestions().stream().limit(max).toList()) {
                out.add(fhir.resourceFor(s, system, n.document()));
            }
            sources.add(n.document());
        }
        List<Resource> all = new ArrayList<>(out);
        all.add(fhir.provenance(out, sources, version));
        if (!warnings.isEmpty()) {
            all.add(fhir.warnings(warnings));
        }
        ctx.contentType(FHIR_JSON).result(fhir.writer().encodeResourceToString(fhir.bundle(all)));
    }

    static void checkNote(String text, int maxNoteChars) {
        if (text.isBlank()) {
            throw new ApiException(ErrorKind.EMPTY_TEXT, "the DocumentReference's note is empty");
        }
        if (text.codePointCount(0, text.length()) > maxNoteChars) {
            throw new ApiException(ErrorKind.NOTE_TOO_LARGE, "a note has " + text.codePointCount(0, text.length())
                    + " characters; the limit is " + maxNoteChars);
        }
    }

    /** "outpatient" (default) or "inpatient". */
    public static CareSetting settingParam(String raw) {
        if (raw == null) {
            return CareSetting.OUTPATIENT;
        }
        if (StrictJson.hasControlCharacter(raw)) {
            throw new ApiException(ErrorKind.UNKNOWN_SETTING, "setting must be outpatient or inpatient");
        }
        return CareSetting.parse(raw).orElseThrow(() -> new ApiException(ErrorKind.UNKNOWN_SETTING,
                "setting must be outpatient or inpatient"));
    }

    static int maxParam(String raw, int ceiling) {
        if (raw == null) {
            return 25;
        }
        try {
            int v = Integer.parseInt(raw);
            if (v >= 1 && v <= ceiling) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // below
        }
        throw new ApiException(ErrorKind.INVALID_FIELD, "maxSuggestions must be a whole number from 1 to " + ceiling);
    }

    /**
     * The patient's sex from a Bundle's one Patient resource (its administrative gender, male or female); UNKNOWN
     * when the input carries none, several, or another gender: then the note is read for it.
     */
    static PatientSex patientSex(org.hl7.fhir.instance.model.api.IBaseResource input) {
        PatientSex found = PatientSex.UNKNOWN;
        int patients = 0;
        if (input instanceof org.hl7.fhir.r4.model.Bundle b) {
            for (org.hl7.fhir.r4.model.Bundle.BundleEntryComponent e : b.getEntry()) {
                if (e.getResource() instanceof org.hl7.fhir.r4.model.Patient p) {
                    patients++;
                    found = p.hasGender() ? PatientSex.parse(p.getGender().toCode())
                            .orElse(PatientSex.UNKNOWN) : PatientSex.UNKNOWN;
                }
            }
        }
        return patients == 1 ? found : PatientSex.UNKNOWN;
    }
}
