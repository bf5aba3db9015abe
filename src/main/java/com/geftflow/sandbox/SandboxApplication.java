package com.geftflow.sandbox;

import com.geftflow.web.JsonBodyGuard;
import com.geftflow.web.ProblemMappers;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The built-in Flinks sandbox at {@code /sandbox/flinks}; answers 404 unless {@code geft.sandbox.enabled}. */
@ApplicationPath("/sandbox/flinks")
public class SandboxApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(SandboxGate.class, SandboxAnswerDelay.class, SandboxSessionsResource.class,
        SandboxAuthorizeResource.class, SandboxAdminResource.class, SandboxAppResource.class, JsonBodyGuard.class,
        ProblemMappers.JsonInvalid.class, ProblemMappers.BodyUnreadable.class, ProblemMappers.Refused.class,
        ProblemMappers.Failed.class);
  }
}
