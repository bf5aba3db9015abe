package com.geftflow.flinks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Engine tests: Flinks as a set of sessions whose status the test moves, answering each call from
 * that state (never a fixed answer), counting calls per endpoint, and down while {@link #down} is set.
 */
public class FlinksStub implements FlinksSessions {

  public volatile boolean down;
  private final Map<String, SessionStatus> sessions = new ConcurrentHashMap<>();
  private final Map<String, BigDecimal> offers = new ConcurrentHashMap<>();
  private final List<String> calls = new ArrayList<>();

  /** The borrower (or Flinks) moved the session to this status. */
  public void moveTo(String sessionId, String status, String statusDetails) {
    SessionStatus current = sessions.get(sessionId);
    sessions.put(sessionId, new SessionStatus(sessionId, current.referenceId(), current.amount(), status, statusDetails));
  }

  /** The lender gave no amount: the borrower entered this one in Flinks' flow. */
  public void borrowerEnters(String sessionId, BigDecimal amount) {
    SessionStatus current = sessions.get(sessionId);
    sessions.put(sessionId, new SessionStatus(sessionId, current.referenceId(), amount, current.status(),
        current.statusDetails()));
  }

  /** Flinks can guarantee only this much: /details shows it until the lender confirms or refuses. */
  public void offer(String sessionId, BigDecimal guaranteed) {
    offers.put(sessionId, guaranteed);
  }

  public synchronized long calls(String endpoint) {
    return calls.stream().filter(endpoint::equals).count();
  }

  public int sessionsCreated() {
    return sessions.size();
  }

  private synchronized void call(String endpoint) {
    calls.add(endpoint);
    if (down) {
      throw new FlinksUnavailableException("Flinks answered 503", 503, null);
    }
  }

  private SessionStatus session(String sessionId) {
    SessionStatus status = sessions.get(sessionId);
    if (status == null) {
      throw new FlinksRejectedException("No session " + sessionId, 404, List.of());
    }
    return status;
  }

  @Override
  public CreateSessionResponse createSession(CreateSessionRequest request) {
    call("create");
    String id = UUID.randomUUID().toString();
    sessions.put(id, new SessionStatus(id, request.referenceId(), request.amount(), "Initiated",
        FlinksStatus.EFT0101_INITIATED));
    return new CreateSessionResponse(id, request.referenceId());
  }

  @Override
  public SessionStatus status(String sessionId) {
    call("status");
    return session(sessionId);
  }

  @Override
  public SessionDetails details(String sessionId) {
    call("details");
    SessionStatus s = session(sessionId);
    BigDecimal offered = offers.getOrDefault(sessionId, s.amount());
    return new SessionDetails(sessionId, s.referenceId(), s.amount(), s.status(), s.statusDetails(), offered,
        offered, null);
  }

  @Override
  public SessionStatus cancel(String sessionId) {
    call("cancel");
    SessionStatus s = session(sessionId);
    if (!FlinksStatus.EFT0101_INITIATED.equals(s.statusDetails())) {
      throw new FlinksRejectedException("Session is " + s.status(), 400, List.of());
    }
    moveTo(sessionId, "Canceled", FlinksStatus.EFT0501_CANCELED);
    return session(sessionId);
  }

  @Override
  public SessionStatus confirmGuarantee(String sessionId, boolean accepted) {
    call("confirm");
    SessionStatus s = session(sessionId);
    BigDecimal offered = offers.remove(sessionId);
    if (offered == null) {
      throw new FlinksRejectedException("Session " + sessionId + " has no guarantee offer to confirm", 400, List.of());
    }
    sessions.put(sessionId, accepted
        ? new SessionStatus(sessionId, s.referenceId(), offered, "Completed", FlinksStatus.EFT0301_SCHEDULED)
        : new SessionStatus(sessionId, s.referenceId(), s.amount(), "Failed", FlinksStatus.EFT0402_NO_GUARANTEE));
    return session(sessionId);
  }
}
