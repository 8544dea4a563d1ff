package org.salwhub.web.ui.fellowships;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.salwhub.fellowship.api.CallView;
import org.salwhub.fellowship.api.FellowshipFacade;

/**
 * The fellowship calls the user may see, with what they may do on each (each call's {@code may()}, decided by the
 * fellowship module).
 */
@Named
@ViewScoped
public class FellowshipCalls implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FellowshipFacade fellowships;

    private transient List<CallView> calls;
    private Boolean mayCreate;

    public List<CallView> getCalls() {
        if (calls == null) {
            calls = fellowships.calls();
        }
        return calls;
    }

    /** Whether the user may create calls. */
    public boolean isMayCreate() {
        if (mayCreate == null) {
            mayCreate = fellowships.mayCreateCalls();
        }
        return mayCreate;
    }
}
