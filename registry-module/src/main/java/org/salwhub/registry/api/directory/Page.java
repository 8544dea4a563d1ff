package org.salwhub.registry.api.directory;

import java.util.List;

/** One page of results and the total number of matches. */
public record Page<T>(List<T> items, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
