package com.geftflow.checkout;

import com.geftflow.trace.TokenRedaction;
import com.geftflow.web.JsonBodyGuard;
import com.geftflow.web.ProblemMappers;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The borrower's page at {@code /checkout}: authorised by the payment's checkout token, not by a login. */
@ApplicationPath("/checkout")
public class CheckoutApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(CheckoutResource.class, JsonBodyGuard.class, ProblemMappers.JsonInvalid.class,
        ProblemMappers.BodyUnreadable.class, ProblemMappers.Refused.class,
        ProblemMappers.Failed.class, TokenRedaction.class);
  }
}
