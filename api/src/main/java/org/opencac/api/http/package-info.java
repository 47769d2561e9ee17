/**
 * The HTTP service (Javalin + Jackson): thin handlers, request validation into 4xx JSON errors, and
 * one {@code ErrorMapping}. Error messages never echo note text.
 */
package org.opencac.api.http;
