package com.geftflow.audit;

import com.geftflow.api.Roles;
import com.geftflow.flinks.FieldError;
import com.geftflow.flinks.Problem;
import com.geftflow.payment.PaymentState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/audit/payments} (JSON) and {@code /api/audit/payments.csv}: read-only, for auditors and operations. */
@Path("/audit")
@RolesAllowed({Roles.AUDITOR, Roles.OPERATIONS})
public class AuditResource {

  static final int MAX_PAGE = 500;

  @Inject
  AuditTrail trail;

  /** The filters of both answers, checked together so that every bad one is reported. */
  record Query(String referenceId, PaymentState state, OffsetDateTime from, OffsetDateTime to, int offset, int limit) {
  }

  @GET
  @Path("/payments")
  @Produces("application/json")
  @Operation(summary = "Payments with their timelines, engine history (activities, tasks, incidents) and Flinks statuses",
      description = "from/to: ISO-8601 instant or date (to is exclusive); state; referenceId; offset; limit (1-500)")
  public Response json(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("state") String state,
      @QueryParam("referenceId") String referenceId, @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Object query = parse(from, to, state, referenceId, offset, limit);
    if (query instanceof Response invalid) {
      return invalid;
    }
    Query q = (Query) query;
    return Response.ok(trail.search(q.referenceId(), q.state(), q.from(), q.to(), q.offset(), q.limit())).build();
  }

  @GET
  @Path("/payments.csv")
  @Produces("text/csv")
  @Operation(summary = "The same payments as CSV, one row each")
  public Response csv(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("state") String state,
      @QueryParam("referenceId") String referenceId, @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Object query = parse(from, to, state, referenceId, offset, limit);
    if (query instanceof Response invalid) {
      return invalid;
    }
    Query q = (Query) query;
    return Response.ok(AuditCsv.of(trail.search(q.referenceId(), q.state(), q.from(), q.to(), q.offset(), q.limit())))
        .type("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"geft-payments.csv\"")
        .build();
  }

  private static Object parse(String from, String to, String state, String referenceId, int offset, int limit) {
    List<FieldError> errors = new ArrayList<>();
    OffsetDateTime fromTime = time("from", from, errors);
    OffsetDateTime toTime = time("to", to, errors);
    PaymentState parsedState = null;
    if (state != null) {
      try {
        parsedState = PaymentState.valueOf(state);
      } catch (IllegalArgumentException unknown) {
        errors.add(new FieldError("state", "must be one of " + List.of(PaymentState.values())));
      }
    }
    if (offset < 0) {
      errors.add(new FieldError("offset", "must be 0 or more"));
    }
    if (limit < 1 || limit > MAX_PAGE) {
      errors.add(new FieldError("limit", "must be 1 to " + MAX_PAGE));
    }
    if (!errors.isEmpty()) {
      return Response.status(400).type(Problem.MEDIA_TYPE).entity(Problem.invalid(errors).toJson()).build();
    }
    return new Query(referenceId, parsedState, fromTime, toTime, offset, limit);
  }

  private static OffsetDateTime time(String field, String value, List<FieldError> errors) {
    if (value == null) {
      return null;
    }
    try {
      return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC)
          : OffsetDateTime.parse(value);
    } catch (DateTimeParseException invalid) {
      errors.add(new FieldError(field, "must be an ISO-8601 date (2026-11-26) or instant (2026-11-26T10:00:00Z)"));
      return null;
    }
  }
}
