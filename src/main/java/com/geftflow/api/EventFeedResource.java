package com.geftflow.api;

import com.geftflow.events.EventOutbox;
import com.geftflow.events.LenderEvent;
import com.geftflow.security.Roles;
import com.geftflow.web.FieldError;
import com.geftflow.web.JsonBodies;
import com.geftflow.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code GET /api/events?after=<id>}: every lender event in order, for lenders who pull rather than
 * receive pushes. A lender API client reads the events of the payments it started; operations and
 * auditors read all.
 */
@ApplicationScoped
@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventFeedResource {

  static final int MAX_PAGE = 500;
  private static final Pattern EVENT_ID = Pattern.compile("[0-9a-f-]{36}");

  /** A page of events, as pushed; {@code last} is the cursor for the next page (null when empty). */
  public record Page(List<JsonObject> events, String last) {
  }

  @Inject
  EventOutbox outbox;

  @Context
  SecurityContext security;

  @GET
  @RolesAllowed({Roles.PAYMENTS_API, Roles.OPERATIONS, Roles.AUDITOR})
  @Operation(summary = "Lender events after a cursor, oldest first: the same JSON the push delivers")
  public Page page(@Parameter(description = "the id of the last event read; absent: from the first")
      @QueryParam("after") String after,
      @Parameter(description = "at most this many, 1 to 500 (100)") @QueryParam("limit") String limit) {
    List<FieldError> errors = new ArrayList<>();
    int max = 100;
    if (limit != null) {
      try {
        max = Integer.parseInt(limit);
      } catch (NumberFormatException e) {
        max = -1;
      }
      if (max < 1 || max > MAX_PAGE) {
        errors.add(new FieldError("limit", "must be a whole number from 1 to " + MAX_PAGE));
      }
    }
    long position = 0;
    if (after != null) {
      LenderEvent cursor = EVENT_ID.matcher(after).matches() ? outbox.find(after).orElse(null) : null;
      if (cursor == null || cursor.position() == null) {
        errors.add(new FieldError("after", "must be the id of an event this feed returned"));
      } else {
        position = cursor.position();
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    boolean seesAll = security.isUserInRole(Roles.OPERATIONS) || security.isUserInRole(Roles.AUDITOR);
    List<LenderEvent> events = outbox.after(position, seesAll ? null : security.getUserPrincipal().getName(), max);
    return new Page(events.stream().map(EventFeedResource::json).toList(),
        events.isEmpty() ? after : events.get(events.size() - 1).id());
  }

  private static JsonObject json(LenderEvent event) {
    try (JsonReader reader = JsonBodies.JSON.createReader(new StringReader(event.body()))) {
      return reader.readObject();
    }
  }
}
