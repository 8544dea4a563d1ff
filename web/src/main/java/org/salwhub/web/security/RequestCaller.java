package org.salwhub.web.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.Function;
import org.salwhub.registry.api.kernel.Caller;

/**
 * The caller of the current request, read from the database once per request and signed-in name instead of on
 * every {@code callers.current()} (a page or API call asks many times). The next request reads the account again,
 * so a changed role, scope or disabled account takes effect then, as before.
 */
@RequestScoped
public class RequestCaller {

    private String username;
    private Caller caller;

    Caller of(String name, Function<String, Optional<Caller>> lookup) {
        if (caller == null || !name.equals(username)) {
            caller = lookup.apply(name).orElse(Caller.ANONYMOUS);
            username = name;
        }
        return caller;
    }
}
