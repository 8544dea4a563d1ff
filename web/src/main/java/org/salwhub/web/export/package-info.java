/**
 * Exports of directory lists: CSV (UTF-8 with a byte order mark, so that spreadsheet programs read Arabic),
 * XLSX and vCard 4.0 (RFC 6350). Lists are read from the directory page by page, never all at once.
 */
package org.salwhub.web.export;
