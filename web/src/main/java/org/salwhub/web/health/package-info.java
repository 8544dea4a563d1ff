/** MicroProfile Health checks. */
package org.salwhub.web.health;
