/** Internal to the fellowship context. */
package org.salwhub.fellowship.entity;
