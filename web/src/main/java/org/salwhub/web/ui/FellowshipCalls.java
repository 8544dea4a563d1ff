package org.salwhub.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.salwhub.assistance.api.fellowship.CallView;
import org.salwhub.assistance.api.fellowship.FellowshipFacade;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.Role;

/** The fellowship calls the user may see, with what they may do on each. */
@Named
@ViewScoped
public class FellowshipCalls implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FellowshipFacade fellowships;

    @Inject
    CallerContext callers;

    private transient List<CallView> calls;

    public List<CallView> getCalls() {
        if (calls == null) {
            calls = fellowships.calls();
        }
        return calls;
    }

    public boolean isStaff() {
        return callers.current().isStaff();
    }

    /** A focal point nominates while the call accepts nominations. */
    public boolean mayNominate(CallView call) {
        return callers.current().has(Role.FOCAL_POINT) && call.acceptsNominations(LocalDate.now());
    }
}
