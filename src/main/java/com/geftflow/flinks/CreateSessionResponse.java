package com.geftflow.flinks;

public record CreateSessionResponse(String sessionId, String referenceId) {
}
