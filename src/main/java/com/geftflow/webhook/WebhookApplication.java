package com.geftflow.webhook;

import com.geftflow.web.JsonBodyGuard;
import com.geftflow.web.ProblemMappers;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** Flinks' webhooks at {@code /webhooks}: no user credentials, the signature instead. */
@ApplicationPath("/webhooks")
public class WebhookApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(FlinksWebhookResource.class, JsonBodyGuard.class, ProblemMappers.Refused.class,
        ProblemMappers.Failed.class);
  }
}
