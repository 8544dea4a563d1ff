/** Languages (English, French, Arabic), right-to-left layout, bundles and locale-aware formats. */
package org.salwhub.web.i18n;
