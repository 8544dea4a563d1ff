/** The shared persistence unit's plumbing: the configured data source and the per-module Flyway migrations. */
package org.salwhub.web.persistence;
