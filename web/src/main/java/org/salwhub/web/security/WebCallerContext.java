package org.salwhub.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.function.Supplier;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;

/** The caller every module's boundary sees: the signed-in account with its current roles and scope. */
@ApplicationScoped
public class WebCallerContext implements CallerContext {

    @Inject
    SecurityContext security;

    @Inject
    AccountLookup accounts;

    @Inject
    RequestCaller requestCaller;

    @Override
    public Caller current() {
        Caller system = SystemCalls.current();
        if (system != null) {
            return system;
        }
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return Caller.ANONYMOUS;
        }
        try {
            return requestCaller.of(principal.getName(), accounts::activeCaller);
        } catch (ContextNotActiveException outsideARequest) {
            return accounts.activeCaller(principal.getName()).orElse(Caller.ANONYMOUS);
        }
    }

    @Override
    public <T> T runAsSystem(String task, Supplier<T> work) {
        return SystemCalls.runAs(task, work);
    }
}
