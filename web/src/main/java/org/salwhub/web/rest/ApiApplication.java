package org.salwhub.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The SALW Hub API, version 1. Described at {@code /openapi}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "SALW Hub API", version = "1",
                description = "Focal-point directory, assistance, projects, fellowships and meetings of a regional"
                        + " SALW commission. Every call except POST /auth/token needs 'Authorization: Bearer <token>'."
                        + " Errors are problem documents (RFC 9457)."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class ApiApplication extends Application {
}
