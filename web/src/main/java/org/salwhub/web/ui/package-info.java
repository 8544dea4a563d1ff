/** JSF beans named after their use case: signing in, the dashboard, administering users, one's profile, the audit log. */
package org.salwhub.web.ui;
