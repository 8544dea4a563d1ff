/**
 * What other modules and the web layer may use of the meetings module: the {@link org.salwhub.meetings.api.MeetingsFacade}
 * (meetings, their agenda, documents, invitations, delegations, attendance, conflicts, outcomes and calendar feeds),
 * the commands and views it takes and returns, and typed IDs. States, organisations and persons are registry
 * records referred to by UUID.
 */
package org.salwhub.meetings.api;
