/**
 * The HTTP service (Javalin + Jackson): thin handlers, strict request parsing ({@code StrictJson}),
 * bounded and deadline-limited coding ({@code CodingGate}), and one {@code ErrorMapping} that answers every
 * failure as an RFC 9457 problem whose kind comes from {@code ErrorKind}. Error messages never echo note text.
 */
package org.opencac.api.http;
