/**
 * API keys and roles: keys stored hashed ({@code ApiKeys}), the one route-to-role table
 * ({@code RouteRoles}), and the filter that puts the {@code Principal} in the request
 * ({@code AuthFilter}).
 */
package org.opencac.api.auth;
