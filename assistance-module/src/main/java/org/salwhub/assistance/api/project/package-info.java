/**
 * Assistance projects as other modules and the web layer see them: the project record after IATI (identifier,
 * parties, status, dates, budgets, transactions), deliverables, results indicators, milestones and reports,
 * documents, equipment assets, duplicate-funding warnings, dashboards and the IATI 2.03 export and import.
 */
package org.salwhub.assistance.api.project;
