package org.opencac.api.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Annotation;
import org.opencac.api.http.ApiException;
import org.opencac.api.http.ErrorKind;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.suggest.Suggestion;

/**
 * FHIR R4 in and out, with HAPI FHIR's structures: notes from {@code DocumentReference}s (a text/plain
 * attachment, base64 {@code data}; or the narrative), suggestions as {@code Condition} (ICD-10-CM) or
 * {@code Procedure} (ICD-10-PCS, CPT, HCPCS) resources with standard system URIs, the evidence as
 * extensions on the code, and one {@code Provenance} for the whole answer.
 */
public final class FhirCoding {
    public static final String EXT_BASE = "https://opencac.org/fhir/StructureDefinition/";
    /** Complex extension on the coded resource: one evidence span (start, end, text, section, assertion). */
    public static final String EXT_EVIDENCE = EXT_BASE + "evidence-span";
    /** Decimal extension: the suggestion's score in [0, 1]. */
    public static final String EXT_SCORE = EXT_BASE + "suggestion-score";
    /** Boolean extension: the first-listed (principal) diagnosis. */
    public static final String EXT_FIRST_LISTED = EXT_BASE + "first-listed";
    /** Code system display names (as the engine reports them) to FHIR system URIs; Condition for ICD-10-CM only. */
    public static final Map<String, String> SYSTEMS = Map.of(
            "ICD-10-CM", "http://hl7.org/fhir/sid/icd-10-cm",
            "ICD-10-PCS", "http://www.cms.gov/Medicare/Coding/ICD10",
            "CPT", "http://www.ama-assn.org/go/cpt",
            "HCPCS", "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets");
    /** Most DocumentReferences one request may carry. */
    public static final int MAX_DOCUMENTS = 10;

    private final FhirContext context = FhirContext.forR4();

    public FhirCoding() {
        // HAPI scans a resource type's model on first use (seconds): do it now, before the service is ready.
        DocumentReference d = new DocumentReference();
        d.addContent().getAttachment().setContentType("text/plain").setData("warm-up".getBytes(StandardCharsets.UTF_8));
        String json = writer().encodeResourceToString(bundle(List.of(d)));
        strictParser().parseResource(json);
        Bundle b = bundle(List.of(new Condition(), new Procedure(), new Provenance()));
        strictParser().parseResource(writer().encodeResourceToString(b));
    }

    /**
     * One note found in the input.
     *
     * @param document its DocumentReference
     * @param text     the note
     */
    public record InputNote(DocumentReference document, String text) {
    }

    public IParser strictParser() {
        return context.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    public IParser writer() {
        return context.newJsonParser();
    }

    /** The notes in a DocumentReference or a Bundle of them (JSON already checked against the service's limits). */
    public List<InputNote> read(String json) {
        return notesOf(parse(json));
    }

    /** The resource in a body (JSON already checked against the service's limits). */
    public IBaseResource parse(String json) {
        try {
            return strictParser().parseResource(json);
        } catch (DataFormatException | IllegalArgumentException | ClassCastException e) {
            throw new ApiException(ErrorKind.INVALID_FHIR_RESOURCE, "the body is not a valid FHIR R4 resource");
        }
    }

    /**
     * An OperationOutcome of warnings (a code-set release used is not valid on the note's date of service),
     * or null when there are none.
     */
    public org.hl7.fhir.r4.model.OperationOutcome warnings(List<String> warnings) {
        if (warnings.isEmpty()) {
            return null;
        }
        org.hl7.fhir.r4.model.OperationOutcome o = new org.hl7.fhir.r4.model.OperationOutcome();
        o.setId(UUID.randomUUID().toString());
        for (String w : warnings) {
            o.addIssue().setSeverity(org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity.WARNING)
                    .setCode(org.hl7.fhir.r4.model.OperationOutcome.IssueType.INFORMATIONAL).setDiagnostics(w);
        }
        return o;
    }

    /** The notes in an already parsed resource. */
    public List<InputNote> notesOf(IBaseResource r) {
        List<DocumentReference> docs = new ArrayList<>();
        if (r instanceof DocumentReference d) {
            docs.add(d);
        } else if (r instanceof Bundle b) {
            for (Bundle.BundleEntryComponent e : b.getEntry()) {
                if (e.getResource() instanceof DocumentReference d) {
                    docs.add(d);
                }
            }
        } else {
            throw new ApiException(ErrorKind.INVALID_FHIR_RESOURCE, "expected a DocumentReference or a Bundle of them, got "
                    + (r == null ? "nothing" : r.fhirType()));
        }
        if (docs.isEmpty()) {
            throw new ApiException(ErrorKind.INVALID_FHIR_RESOURCE, "the Bundle has no DocumentReference");
        }
        if (docs.size() > MAX_DOCUMENTS) {
            throw new ApiException(ErrorKind.INVALID_FHIR_RESOURCE, "at most " + MAX_DOCUMENTS + " DocumentReferences per request");
        }
        List<InputNote> notes = new ArrayList<>();
        for (DocumentReference d : docs) {
            notes.add(new InputNote(d, textOf(d)));
        }
        return notes;
    }

    private static String textOf(DocumentReference d) {
        for (DocumentReference.DocumentReferenceContentComponent c : d.getContent()) {
            Attachment a = c.getAttachment();
            String type = a.getContentType() == null ? "" : a.getContentType().toLowerCase(Locale.ROOT);
            if (a.hasData() && (type.isEmpty() || type.startsWith("text/plain"))) {
                try {
                    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(a.getData())).toString();
                } catch (CharacterCodingException e) {
                    throw new ApiException(ErrorKind.INVALID_FHIR_RESOURCE, "the attachment is not UTF-8 text");
                }
            }
        }
        if (d.hasText() && d.getText().hasDiv()) {
            String t = d.getText().getDiv().allText();
            if (t != null && !t.isBlank()) {
                return t;
            }
        }
        throw new ApiException(ErrorKind.INVALID_FHIR_RESOURCE,
                "no note: expected a text/plain attachment with base64 data, or a narrative");
    }

    /** The coded resource for one suggestion: a Condition for ICD-10-CM, a Procedure for procedure systems. */
    public Resource resourceFor(Suggestion s, String codeSystem, DocumentReference source) {
        String system = SYSTEMS.get(codeSystem);
        if (system == null) {
            throw new IllegalStateException("no FHIR system URI for " + codeSystem);
        }
        Coding coding = new Coding(system, s.code(), s.description());
        CodeableConcept code = new CodeableConcept().addCoding(coding).setText(s.description());
        code.addExtension(new Extension(EXT_SCORE, new DecimalType(s.score())));
        code.addExtension(new Extension(EXT_FIRST_LISTED, new BooleanType(s.firstListed())));
        for (EvidenceSpan e : s.evidence()) {
            code.addExtension(evidence(e));
        }
        Reference subject = source.hasSubject() ? source.getSubject().copy()
                : new Reference().setDisplay("the subject of the source DocumentReference");
        Reference doc = source.hasId() ? new Reference("DocumentReference/" + source.getIdElement().getIdPart())
                : new Reference().setDisplay("the source DocumentReference");
        Annotation why = new Annotation().setText(String.join("; ", s.rationale()));
        if (system.equals(SYSTEMS.get("ICD-10-CM"))) {
            Condition c = new Condition();
            c.setId(UUID.randomUUID().toString());
            c.setVerificationStatus(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/condition-ver-status", "provisional", "Provisional")));
            c.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/condition-category",
                    "encounter-diagnosis", "Encounter Diagnosis")));
            c.setCode(code);
            c.setSubject(subject);
            if (source.getContext().hasEncounter()) {
                c.setEncounter(source.getContext().getEncounterFirstRep().copy());
            }
            c.addEvidence().addDetail(doc);
            c.addNote(why);
            c.setRecordedDate(new Date());
            return c;
        }
        Procedure p = new Procedure();
        p.setId(UUID.randomUUID().toString());
        p.setStatus(Procedure.ProcedureStatus.UNKNOWN);
        p.setCode(code);
        p.setSubject(subject);
        if (source.getContext().hasEncounter()) {
            p.setEncounter(source.getContext().getEncounterFirstRep().copy());
        }
        p.addReport(doc);
        p.addNote(why);
        return p;
    }

    private static Extension evidence(EvidenceSpan e) {
        Extension x = new Extension(EXT_EVIDENCE);
        x.addExtension(new Extension("start", new IntegerType(e.start())));
        x.addExtension(new Extension("end", new IntegerType(e.end())));
        x.addExtension(new Extension("text", new StringType(e.text())));
        x.addExtension(new Extension("section", new StringType(String.valueOf(e.section()))));
        x.addExtension(new Extension("assertion", new StringType(String.valueOf(e.assertion()))));
        return x;
    }

    /** One Provenance: OpenCAC generated {@code targets} from the source DocumentReferences. */
    public Provenance provenance(List<Resource> targets, List<DocumentReference> sources, String codeSetVersion) {
        Provenance p = new Provenance();
        p.setId(UUID.randomUUID().toString());
        for (Resource t : targets) {
            p.addTarget(new Reference("urn:uuid:" + t.getIdElement().getIdPart()));
        }
        p.setRecorded(new Date());
        p.addAgent().setWho(new Reference().setDisplay("OpenCAC (" + codeSetVersion + ")"))
                .setType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                        "assembler", "Assembler")));
        for (DocumentReference d : sources) {
            Reference what = d.hasId() ? new Reference("DocumentReference/" + d.getIdElement().getIdPart())
                    : new Reference().setDisplay("source DocumentReference");
            p.addEntity().setRole(Provenance.ProvenanceEntityRole.SOURCE).setWhat(what);
        }
        return p;
    }

    /** A collection Bundle of resources, each with a {@code urn:uuid} fullUrl. */
    public Bundle bundle(List<Resource> resources) {
        Bundle b = new Bundle();
        b.setType(Bundle.BundleType.COLLECTION);
        b.setTimestamp(new Date());
        for (Resource r : resources) {
            b.addEntry().setFullUrl("urn:uuid:" + r.getIdElement().getIdPart()).setResource(r);
        }
        return b;
    }
}
