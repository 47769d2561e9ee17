/**
 * FHIR R4 with HAPI FHIR structures: DocumentReference(s) in, Condition/Procedure resources with evidence
 * extensions and a Provenance out ({@code FhirCoding}, {@code FhirHandler}).
 */
package org.opencac.api.fhir;
