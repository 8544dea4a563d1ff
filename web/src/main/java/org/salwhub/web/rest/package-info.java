/** The JSON API under {@code /api/v1}: bearer tokens, problem bodies, and the same rules as the screens. */
package org.salwhub.web.rest;
