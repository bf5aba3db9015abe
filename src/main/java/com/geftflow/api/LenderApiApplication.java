package com.geftflow.api;

import com.geftflow.trace.TokenRedaction;
import com.geftflow.audit.AuditResource;
import com.geftflow.security.Roles;
import com.geftflow.web.JsonBodyGuard;
import com.geftflow.web.ProblemMappers;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The lender API at {@code /api}. Its classes are listed, so that no Camunda resource on the
 * classpath is scanned into it.
 */
@ApplicationPath("/api")
@DeclareRoles({Roles.PAYMENTS_API, Roles.OPERATIONS, Roles.AUDITOR})
@OpenAPIDefinition(
    info = @Info(title = "GEFT Flow lender API", version = "1",
        description = "Start, watch and cancel Flinks Pay Guaranteed EFT payments."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class LenderApiApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(PaymentsResource.class, PaymentEventsResource.class, EventFeedResource.class, AuditResource.class, JsonBodyGuard.class, ProblemMappers.JsonInvalid.class,
        ProblemMappers.BodyUnreadable.class, ProblemMappers.Refused.class,
        ProblemMappers.Failed.class, TokenRedaction.class);
  }
}
