/**
 * The shared kernel every module builds on: the caller and its scope, the
 * exceptions a boundary raises (validation, access, not found, version
 * conflict) and localized names. It lives in the registry's api because every
 * other module already depends on the registry and on nothing else.
 */
package org.salwhub.registry.api.kernel;
