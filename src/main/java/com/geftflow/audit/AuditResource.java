package com.geftflow.audit;

import com.geftflow.payment.SearchFilters;
import com.geftflow.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import com.geftflow.web.ProblemException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/audit/payments} (JSON), {@code /api/audit/payments.csv} and {@code /api/audit/timeline.csv}:
 * read-only, for auditors and operations; verifying the timelines' chains, for auditors.
 */
@ApplicationScoped
@Path("/audit")
@RolesAllowed({Roles.AUDITOR, Roles.OPERATIONS})
public class AuditResource {

  static final int MAX_PAGE = 500;

  @Inject
  AuditTrail trail;

  @Inject
  TimelineVerifier verifier;

  @Inject
  Reconciliations reconciliations;

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

  @GET
  @Path("/timeline.csv")
  @Produces("text/csv")
  @Operation(summary = "The timeline entries of the same payments with their hashes, one row each",
      description = "What tools/VerifyTimeline.java verifies offline (docs/audit.md)")
  public Response timelineCsv(@QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("state") String state, @QueryParam("referenceId") String referenceId,
      @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("100") int limit) {
    SearchFilters f = SearchFilters.parse(referenceId, state, from, to, offset, limit, MAX_PAGE);
    String csv = AuditCsv.timeline(trail.timelines(f.referenceId(), f.state(), f.from(), f.to(), f.offset(),
        f.limit()));
    return Response.ok(csv)
        .type("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"geft-timeline.csv\"")
        .build();
  }

  @GET
  @Path("/payments/{paymentId}/verify")
  @Produces("application/json")
  @RolesAllowed(Roles.AUDITOR)
  @Operation(summary = "Verifies one payment's timeline chain, its head and its anchors",
      description = "valid, or the first broken link: the entry, what is wrong, the hash expected and the one found")
  public ChainReport verifyPayment(@PathParam("paymentId") String paymentId) {
    return verifier.payment(paymentId).orElseThrow(() -> ProblemException.notFound("No such payment"));
  }

  @GET
  @Path("/verify")
  @Produces("application/json")
  @RolesAllowed(Roles.AUDITOR)
  @Operation(summary = "Verifies the day anchors in [from, to) and every payment they cover or sealed then",
      description = "from/to: ISO-8601 date or instant (its day, UTC); by default every day until today")
  public ChainReport verify(@QueryParam("from") String from, @QueryParam("to") String to) {
    SearchFilters f = SearchFilters.parse(null, null, from, to, 0, 1, 1);
    LocalDate first = f.from() == null ? LocalDate.EPOCH : f.from().toLocalDate();
    LocalDate end = f.to() == null ? LocalDate.now(ZoneOffset.UTC).plusDays(1) : f.to().toLocalDate();
    return verifier.days(first, end);
  }

  @POST
  @Path("/reconciliations")
  @Consumes("text/csv")
  @Produces("application/json")
  @Operation(summary = "Reconciles a Flinks settlement file (CSV) against the payments and stores the report",
      description = "Header names from geft.reconciliation.columns (default referenceId,sessionId,amount,status,"
          + "settledAt); a file with any bad line is refused whole (400), one above geft.reconciliation.max-bytes"
          + " with 413")
  public Response reconcile(byte[] file, @Context SecurityContext caller, @Context UriInfo uri) {
    ReconciliationReport report = reconciliations.reconcile(file, caller.getUserPrincipal().getName());
    return Response.created(uri.getAbsolutePathBuilder().path(report.id()).build()).entity(report).build();
  }

  @GET
  @Path("/reconciliations")
  @Produces("application/json")
  @Operation(summary = "The latest reconciliations, newest first, without their findings")
  public List<ReconciliationReport> reconciliations(@QueryParam("limit") @DefaultValue("20") int limit) {
    return reconciliations.latest(SearchFilters.parse(null, null, null, null, 0, limit, MAX_PAGE).limit());
  }

  @GET
  @Path("/reconciliations/{id}")
  @Produces("application/json")
  @Operation(summary = "A stored reconciliation report and its findings")
  public ReconciliationReport reconciliation(@PathParam("id") String id) {
    return reconciliations.find(id).orElseThrow(() -> ProblemException.notFound("No such reconciliation"));
  }

  @GET
  @Path("/reconciliations/{id}.csv")
  @Produces("text/csv")
  @Operation(summary = "The same report's findings as CSV, one row each")
  public Response reconciliationCsv(@PathParam("id") String id) {
    return Response.ok(AuditCsv.findings(reconciliation(id)))
        .type("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"geft-reconciliation.csv\"")
        .build();
  }

  private List<PaymentAudit> search(SearchFilters f) {
    return trail.search(f.referenceId(), f.state(), f.from(), f.to(), f.offset(), f.limit());
  }
}
