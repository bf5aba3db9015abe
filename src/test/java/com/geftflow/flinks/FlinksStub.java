package com.geftflow.flinks;

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
  private final List<String> calls = new ArrayList<>();

  /** The borrower (or Flinks) moved the session to this status. */
  public void moveTo(String sessionId, String status, String statusDetails) {
    SessionStatus current = sessions.get(sessionId);
    sessions.put(sessionId, new SessionStatus(sessionId, current.referenceId(), current.amount(), status, statusDetails));
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
    return new SessionDetails(sessionId, s.referenceId(), s.amount(), s.status(), s.statusDetails(), s.amount(),
        null, null);
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
    return session(sessionId);
  }
}
