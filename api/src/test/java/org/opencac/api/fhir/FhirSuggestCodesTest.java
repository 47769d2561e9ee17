package org.opencac.api.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencac.api.TestServer;

/** DocumentReference in, Condition resources out, validated by HAPI FHIR's instance validator (R4 base profiles). */
class FhirSuggestCodesTest {
    static final String NOTE = "ASSESSMENT: Essential hypertension. Type 2 diabetes mellitus with hyperglycemia.";
    private static TestServer server;
    private static HttpClient client;
    private static String base;
    private static final FhirContext CTX = FhirContext.forR4();

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of());
        base = server.base();
        client = server.client();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static DocumentReference document(String id, String note) {
        DocumentReference d = new DocumentReference();
        d.setId(id);
        d.setStatus(org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus.CURRENT);
        d.setSubject(new Reference("Patient/p1"));
        d.getContext().addEncounter(new Reference("Encounter/e1"));
        d.addContent().getAttachment().setContentType("text/plain; charset=utf-8")
                .setData(note.getBytes(StandardCharsets.UTF_8));
        return d;
    }

    private static HttpResponse<String> post(String body, String contentType) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + FhirHandler.PATH + "?setting=outpatient"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<SingleValidationMessage> errors(String resource) {
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(CTX),
                new InMemoryTerminologyServerValidationSupport(CTX), new CommonCodeSystemsTerminologyService(CTX));
        FhirValidator validator = CTX.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
        ValidationResult r = validator.validateWithResult(resource);
        return r.getMessages().stream().filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR
                || m.getSeverity() == ResultSeverityEnum.FATAL).toList();
    }

    @Test
    void aDocumentReferenceRoundTripsToValidConditionsWithEvidence() throws Exception {
        assertFalse(errors("{\"resourceType\":\"Condition\",\"id\":\"x\"}").isEmpty(), "the validator is active");
        String in = CTX.newJsonParser().encodeResourceToString(document("doc1", NOTE));
        assertTrue(errors(in).isEmpty(), "the test's own input is valid: " + errors(in));
        HttpResponse<String> r = post(in, "application/fhir+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/fhir+json"));
        List<SingleValidationMessage> problems = errors(r.body());
        assertTrue(problems.isEmpty(), problems.toString());
        Bundle out = CTX.newJsonParser().parseResource(Bundle.class, r.body());
        List<Condition> conditions = out.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Condition.class::isInstance).map(Condition.class::cast).toList();
        List<String> codes = conditions.stream().map(c -> c.getCode().getCodingFirstRep().getCode()).toList();
        assertTrue(codes.contains("I10"), codes.toString());
        for (Condition c : conditions) {
            assertEquals("http://hl7.org/fhir/sid/icd-10-cm", c.getCode().getCodingFirstRep().getSystem());
            assertEquals("Patient/p1", c.getSubject().getReference());
            assertEquals("Encounter/e1", c.getEncounter().getReference());
            assertEquals("provisional", c.getVerificationStatus().getCodingFirstRep().getCode());
            assertEquals("DocumentReference/doc1", c.getEvidenceFirstRep().getDetailFirstRep().getReference());
            List<Extension> spans = c.getCode().getExtensionsByUrl(FhirCoding.EXT_EVIDENCE);
            assertFalse(spans.isEmpty());
            for (Extension e : spans) {
                int start = ((org.hl7.fhir.r4.model.IntegerType) e.getExtensionByUrl("start").getValue()).getValue();
                int end = ((org.hl7.fhir.r4.model.IntegerType) e.getExtensionByUrl("end").getValue()).getValue();
                assertEquals(NOTE.substring(start, end), e.getExtensionByUrl("text").getValue().primitiveValue());
            }
        }
        long provenances = out.getEntry().stream().filter(e -> e.getResource() instanceof Provenance).count();
        assertEquals(1, provenances);
    }

    @Test
    void aBundleOfDocumentReferencesIsCodedNoteByNote() throws Exception {
        Bundle in = new Bundle();
        in.setType(Bundle.BundleType.COLLECTION);
        in.addEntry().setFullUrl("urn:uuid:0f0e7e1a-1111-4a4a-9b9b-000000000001")
                .setResource(document("a", "Assessment: community acquired pneumonia."));
        in.addEntry().setFullUrl("urn:uuid:0f0e7e1a-1111-4a4a-9b9b-000000000002")
                .setResource(document("b", "Assessment: essential hypertension."));
        HttpResponse<String> r = post(CTX.newJsonParser().encodeResourceToString(in), "application/json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(errors(r.body()).isEmpty(), errors(r.body()).toString());
        Bundle out = CTX.newJsonParser().parseResource(Bundle.class, r.body());
        Map<String, String> docByCode = new java.util.HashMap<>();
        out.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(Condition.class::isInstance)
                .map(Condition.class::cast).forEach(c -> docByCode.put(c.getCode().getCodingFirstRep().getCode(),
                        c.getEvidenceFirstRep().getDetailFirstRep().getReference()));
        assertEquals("DocumentReference/a", docByCode.get("J18.9"), docByCode.toString());
        assertEquals("DocumentReference/b", docByCode.get("I10"), docByCode.toString());
    }

    @Test
    void notFhirOrNoNoteIsAProblem() throws Exception {
        HttpResponse<String> r = post("{\"resourceType\":\"Patient\",\"id\":\"x\"}", "application/fhir+json");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("invalid_fhir_resource"));
        DocumentReference empty = document("d", "x");
        empty.getContentFirstRep().getAttachment().setData(null);
        r = post(CTX.newJsonParser().encodeResourceToString(empty), "application/fhir+json");
        assertEquals(400, r.statusCode(), r.body());
        r = post("{\"resourceType\":\"DocumentReference\",\"bogus\":1}", "application/fhir+json");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(415, post("{}", "text/plain").statusCode());
    }

    private static List<org.hl7.fhir.r4.model.OperationOutcome> outcomes(Bundle out) {
        return out.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(org.hl7.fhir.r4.model.OperationOutcome.class::isInstance)
                .map(org.hl7.fhir.r4.model.OperationOutcome.class::cast).toList();
    }

    @Test
    void aDocumentDatedInTheLoadedFiscalYearIsCodedWithoutWarnings() throws Exception {
        DocumentReference d = document("dated", NOTE);
        d.setDateElement(new org.hl7.fhir.r4.model.InstantType("2026-03-14T10:00:00Z"));
        HttpResponse<String> r = post(CTX.newJsonParser().encodeResourceToString(d), "application/fhir+json");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of(), outcomes(CTX.newJsonParser().parseResource(Bundle.class, r.body())));
    }

    @Test
    void theEncounterPeriodInTheBundleIsTheDateOfServiceAndAnUncoveredDateIsAWarning() throws Exception {
        DocumentReference d = document("old", NOTE);
        // the document was written in the loaded fiscal year, but the encounter it documents was in 2019
        d.setDateElement(new org.hl7.fhir.r4.model.InstantType("2026-03-14T10:00:00Z"));
        org.hl7.fhir.r4.model.Encounter e = new org.hl7.fhir.r4.model.Encounter();
        e.setId("e1");
        e.setStatus(org.hl7.fhir.r4.model.Encounter.EncounterStatus.FINISHED);
        e.setClass_(new org.hl7.fhir.r4.model.Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB",
                "ambulatory"));
        e.setPeriod(new org.hl7.fhir.r4.model.Period().setStartElement(
                new org.hl7.fhir.r4.model.DateTimeType("2019-05-02T09:00:00-05:00")));
        Bundle in = new Bundle();
        in.setType(Bundle.BundleType.COLLECTION);
        in.addEntry().setFullUrl("urn:uuid:0f0e7e1a-1111-4a4a-9b9b-000000000003").setResource(d);
        in.addEntry().setFullUrl("urn:uuid:0f0e7e1a-1111-4a4a-9b9b-000000000004").setResource(e);
        HttpResponse<String> r = post(CTX.newJsonParser().encodeResourceToString(in), "application/fhir+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(errors(r.body()).isEmpty(), errors(r.body()).toString());
        Bundle out = CTX.newJsonParser().parseResource(Bundle.class, r.body());
        List<org.hl7.fhir.r4.model.OperationOutcome> warnings = outcomes(out);
        assertEquals(1, warnings.size(), r.body());
        String diagnostics = warnings.get(0).getIssueFirstRep().getDiagnostics();
        assertTrue(diagnostics.contains("date of service 2019-05-02") && diagnostics.contains("ICD-10-CM FY2026"),
                diagnostics);
        assertEquals(org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity.WARNING,
                warnings.get(0).getIssueFirstRep().getSeverity());
    }

    @Test
    void anInpatientStayIsDatedByItsDischarge() {
        DocumentReference d = document("stay", NOTE);
        d.getContext().setPeriod(new org.hl7.fhir.r4.model.Period()
                .setStartElement(new org.hl7.fhir.r4.model.DateTimeType("2025-09-28"))
                .setEndElement(new org.hl7.fhir.r4.model.DateTimeType("2025-10-03")));
        assertEquals(java.time.LocalDate.of(2025, 10, 3),
                ServiceDates.none().of(d, org.opencac.engine.note.CareSetting.INPATIENT).orElseThrow());
        assertEquals(java.time.LocalDate.of(2025, 9, 28),
                ServiceDates.none().of(d, org.opencac.engine.note.CareSetting.OUTPATIENT).orElseThrow());
        DocumentReference monthOnly = document("m", NOTE);
        monthOnly.getContext().setPeriod(new org.hl7.fhir.r4.model.Period()
                .setStartElement(new org.hl7.fhir.r4.model.DateTimeType("2025-09")));
        assertTrue(ServiceDates.none().of(monthOnly, org.opencac.engine.note.CareSetting.OUTPATIENT).isEmpty(),
                "a month is not a date of service");
    }
}
