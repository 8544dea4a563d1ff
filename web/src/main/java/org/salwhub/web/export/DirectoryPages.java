package org.salwhub.web.export;

import java.util.List;
import java.util.function.Consumer;
import org.salwhub.registry.api.directory.ContactQuery;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.Page;

/** Reads every row a directory query matches, one page at a time, so that nothing holds the whole list. */
public final class DirectoryPages {

    private DirectoryPages() {
    }

    public static void forEach(DirectoryFacade directory, ContactQuery query, int pageSize,
                               Consumer<List<ContactView>> consumer) {
        int first = 0;
        while (true) {
            Page<ContactView> page = directory.search(query.page(first, pageSize));
            if (page.items().isEmpty()) {
                return;
            }
            consumer.accept(page.items());
            first += page.items().size();
            if (first >= page.total() || page.items().size() < pageSize) {
                return;
            }
        }
    }
}
