/**
 * The audit trail. Every create, update and delete of any entity in any module
 * is recorded by an EclipseLink descriptor listener, in the same transaction,
 * with who, when, which record and the values before and after.
 */
package org.salwhub.web.audit;
