/** The demo data set, loaded on first start with the embedded database (or when DEMO=true). */
package org.salwhub.web.demo;
