package com.geftflow.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 7807 problem details: every refusal of the product's own endpoints, and what Flinks answers
 * for 400/401/403 (the sandbox answers the same way). {@code errors} lists invalid fields.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, null);
  }

  public static Problem invalid(List<FieldError> errors) {
    return new Problem("about:blank", "Bad Request", 400, "The request has invalid fields", errors);
  }

  /** Serialized here: JAX-RS runtimes differ in whether their JSON provider writes {@code +json} types. */
  public String toJson() {
    return JsonBodies.JSONB.toJson(this);
  }

  public Response response() {
    return Response.status(status).type(MEDIA_TYPE).entity(toJson()).build();
  }

  /** The same answer from a servlet or filter, for refusals made before any JAX-RS resource runs. */
  public void writeTo(HttpServletResponse response) throws IOException {
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.getOutputStream().write(toJson().getBytes(StandardCharsets.UTF_8));
  }
}
