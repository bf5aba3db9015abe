package com.geftflow.flinks.client;

import com.geftflow.flinks.CreateSessionRequest;
import com.geftflow.flinks.CreateSessionResponse;
import com.geftflow.flinks.GuaranteeConfirmation;
import com.geftflow.flinks.SessionDetails;
import com.geftflow.flinks.SessionStatus;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Flinks' GEFT session endpoints, as a MicroProfile Rest Client built by {@link FlinksClient}. */
@Path("/api/v2/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface FlinksSessionsApi {

  @POST
  CreateSessionResponse create(CreateSessionRequest request);

  @GET
  @Path("/{sessionId}/status")
  SessionStatus status(@PathParam("sessionId") String sessionId);

  @GET
  @Path("/{sessionId}/details")
  SessionDetails details(@PathParam("sessionId") String sessionId);

  @POST
  @Path("/{sessionId}/cancel")
  SessionStatus cancel(@PathParam("sessionId") String sessionId);

  @POST
  @Path("/{sessionId}/guarantees/confirm")
  SessionStatus confirmGuarantee(@PathParam("sessionId") String sessionId, GuaranteeConfirmation confirmation);
}
