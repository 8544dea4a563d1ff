/**
 * JSF beans named after their use case: signing in, the dashboard, administering users, one's profile, the audit
 * log, searching the focal-point directory, a State's profile and the directory's health.
 */
package org.salwhub.web.ui;
