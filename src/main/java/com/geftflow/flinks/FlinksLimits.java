package com.geftflow.flinks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The guide's field limits that vary. The guide gives names and email 100 characters in its field
 * table but 255 and 256 under "Character Limits": the stricter 100 is the default, so that a request
 * we accept is never refused by Flinks.
 */
@ApplicationScoped
public class FlinksLimits {

  @Inject
  @ConfigProperty(name = "geft.flinks.limits.name-max")
  int nameMax;

  @Inject
  @ConfigProperty(name = "geft.flinks.limits.email-max")
  int emailMax;

  @Inject
  @ConfigProperty(name = "geft.amount.max")
  BigDecimal amountMax;

  public FlinksLimits() {
  }

  public FlinksLimits(int nameMax, int emailMax, BigDecimal amountMax) {
    this.nameMax = nameMax;
    this.emailMax = emailMax;
    this.amountMax = amountMax;
  }

  public int nameMax() {
    return nameMax;
  }

  public int emailMax() {
    return emailMax;
  }

  public BigDecimal amountMax() {
    return amountMax;
  }
}
