/** Internal to the assistance module. */
package org.salwhub.assistance.entity;
