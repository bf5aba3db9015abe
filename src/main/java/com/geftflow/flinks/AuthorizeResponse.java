package com.geftflow.flinks;

/** {@code POST /api/v1/authorize}: a bearer token and its lifetime in seconds (599 at Flinks). */
public record AuthorizeResponse(String token, long expiresIn) {
}
