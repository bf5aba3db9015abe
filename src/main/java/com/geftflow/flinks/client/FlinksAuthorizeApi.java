package com.geftflow.flinks.client;

import com.geftflow.flinks.AuthorizeResponse;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /api/v1/authorize}: Basic client id and secret in, a bearer token out. */
@Path("/api/v1/authorize")
public interface FlinksAuthorizeApi {

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  AuthorizeResponse authorize(@HeaderParam("Authorization") String basicCredentials);
}
