package com.geftflow.audit;

import com.geftflow.payment.SearchFilters;
import com.geftflow.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/audit/payments} (JSON) and {@code /api/audit/payments.csv}: read-only, for auditors and operations. */
@Path("/audit")
@RolesAllowed({Roles.AUDITOR, Roles.OPERATIONS})
public class AuditResource {

  static final int MAX_PAGE = 500;

  @Inject
  AuditTrail trail;

  @GET
  @Path("/payments")
  @Produces("application/json")
  @Operation(summary = "Payments with their timelines, engine history (activities, tasks, incidents) and Flinks statuses",
      description = "from/to: ISO-8601 instant or date (to is exclusive); state; referenceId; offset; limit (1-500)")
  public List<PaymentAudit> json(@QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("state") String state, @QueryParam("referenceId") String referenceId,
      @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("100") int limit) {
    return search(SearchFilters.parse(referenceId, state, from, to, offset, limit, MAX_PAGE));
  }

  @GET
  @Path("/payments.csv")
  @Produces("text/csv")
  @Operation(summary = "The same payments as CSV, one row each")
  public Response csv(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("state") String state,
      @QueryParam("referenceId") String referenceId, @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    String csv = AuditCsv.of(search(SearchFilters.parse(referenceId, state, from, to, offset, limit, MAX_PAGE)));
    return Response.ok(csv)
        .type("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"geft-payments.csv\"")
        .build();
  }

  private List<PaymentAudit> search(SearchFilters f) {
    return trail.search(f.referenceId(), f.state(), f.from(), f.to(), f.offset(), f.limit());
  }
}
