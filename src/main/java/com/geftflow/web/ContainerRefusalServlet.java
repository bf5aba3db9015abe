package com.geftflow.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page ({@code web.xml}) for refusals the container makes before any resource runs: a
 * path it will not map (400, such as an encoded slash: {@code /api/payments/a%2Fb}), authentication
 * (401, with the container's {@code WWW-Authenticate} challenge kept) and role checks (403). The
 * answer is a problem document, like every refusal of the product's own endpoints.
 */
@WebServlet("/problem")
public class ContainerRefusalServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
    Problem problem = switch (status) {
      case 400 -> Problem.of(400, "Bad Request", "The request is malformed");
      case 401 -> Problem.of(401, "Unauthorized", "Credentials are required");
      case 403 -> Problem.of(403, "Forbidden", "Your role does not allow this");
      default -> Problem.of(status, "Error", "The request was refused");
    };
    problem.writeTo(response);
  }
}
