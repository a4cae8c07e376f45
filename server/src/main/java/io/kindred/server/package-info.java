/** The HTTP service over a live index: routing, JSON, auth, limits and metrics; every behaviour lives below it. */
package io.kindred.server;
