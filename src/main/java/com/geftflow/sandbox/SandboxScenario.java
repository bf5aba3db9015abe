package com.geftflow.sandbox;

import com.geftflow.flinks.FlinksStatus;
import java.util.Arrays;
import java.util.Optional;

/**
 * The sandbox usernames of Flinks' Sandbox Guide, and what each does to a session. In the iframe a
 * person logs in with one of these names (password {@code Everyday}); {@code simulate} does the same
 * without a browser.
 */
public enum SandboxScenario {
  Happy1(FlinksStatus.COMPLETED, FlinksStatus.EFT0301_SCHEDULED),
  /** Next-best offer: a lower amount can be guaranteed; the session waits for guarantees/confirm. */
  Happy2(FlinksStatus.INITIATED, FlinksStatus.EFT0101_INITIATED),
  Unhappy1(FlinksStatus.FAILED, FlinksStatus.EFT0402_NO_GUARANTEE),
  LoginFailed(FlinksStatus.FAILED, FlinksStatus.EFT0401_LOGIN_FAILED),
  IdentityMismatch(FlinksStatus.FAILED, FlinksStatus.EFT0403_IDENTITY_MISMATCH),
  InsufficientFunds(FlinksStatus.FAILED, FlinksStatus.EFT0404_INSUFFICIENT_FUNDS),
  /** Account validated, PAD signature awaited; EFT0301 follows after {@code geft.sandbox.pad-delay}. */
  PadPending(FlinksStatus.COMPLETED, FlinksStatus.EFT0302_PAD_PENDING),
  /** The session times out; Flinks sends no webhook for it. */
  Expire(FlinksStatus.EXPIRED, FlinksStatus.EFT0601_EXPIRED);

  public static final String PASSWORD = "Everyday";

  private final String status;
  private final String statusDetails;

  SandboxScenario(String status, String statusDetails) {
    this.status = status;
    this.statusDetails = statusDetails;
  }

  public String status() {
    return status;
  }

  public String statusDetails() {
    return statusDetails;
  }

  public static Optional<SandboxScenario> named(String name) {
    return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
  }
}
