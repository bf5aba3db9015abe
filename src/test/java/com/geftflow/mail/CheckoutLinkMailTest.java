package com.geftflow.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The borrower's e-mail through a one-message SMTP server in the test. */
class CheckoutLinkMailTest {

  private static MailSettings smtpAt(int port) {
    MailSettings settings = new MailSettings();
    settings.host = Optional.of("localhost");
    settings.port = port;
    settings.from = Optional.of("loans@lender.example");
    settings.user = Optional.empty();
    settings.password = Optional.empty();
    settings.starttls = false;
    return settings;
  }

  @Test
  void theBorrowerGetsTheLinkAndUntilWhenItWorks() throws Exception {
    try (ServerSocket smtp = new ServerSocket(0)) {
      CompletableFuture<List<String>> received = CompletableFuture.supplyAsync(() -> oneMessage(smtp, "250"));
      CheckoutLinkMail mail = new CheckoutLinkMail(smtpAt(smtp.getLocalPort()));

      mail.send("jane@example.com", "LOAN-7", URI.create("https://pay.example.com/checkout/p-1?token=abc"),
          OffsetDateTime.parse("2026-12-09T14:00:00Z"));

      List<String> dialog = received.get(10, TimeUnit.SECONDS);
      assertThat(dialog).contains("MAIL FROM:<loans@lender.example>", "RCPT TO:<jane@example.com>");
      assertThat(String.join("\n", dialog)).contains("Subject: Your payment for LOAN-7")
          .contains("https://pay.example.com/checkout/p-1?token=abc").contains("9 Dec 2026 14:00:00 GMT");
    }
  }

  @Test
  void aRefusingServerIsAFailureTheStepRetries() throws Exception {
    try (ServerSocket smtp = new ServerSocket(0)) {
      CompletableFuture.supplyAsync(() -> oneMessage(smtp, "550"));
      CheckoutLinkMail mail = new CheckoutLinkMail(smtpAt(smtp.getLocalPort()));

      assertThatThrownBy(() -> mail.send("jane@example.com", "LOAN-7", URI.create("https://pay.example.com/c"),
          OffsetDateTime.parse("2026-12-09T14:00:00Z"))).isInstanceOf(IllegalStateException.class)
          .hasMessageNotContaining("jane@example.com");
    }
  }

  @Test
  void withoutAHostNothingIsSent() {
    MailSettings none = smtpAt(25);
    none.host = Optional.empty();
    assertThat(new CheckoutLinkMail(none).enabled()).isFalse();
  }

  /** Speaks just enough SMTP for one message; {@code rcptAnswer} answers RCPT TO. */
  private static List<String> oneMessage(ServerSocket server, String rcptAnswer) {
    List<String> lines = new ArrayList<>();
    try (Socket client = server.accept();
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
      out.print("220 test\r\n");
      out.flush();
      boolean data = false;
      String line;
      while ((line = in.readLine()) != null) {
        lines.add(line);
        if (data) {
          if (line.equals(".")) {
            data = false;
            out.print("250 queued\r\n");
            out.flush();
          }
          continue;
        }
        String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line;
        String answer = switch (command) {
          case "EHLO", "HELO", "MAIL" -> "250 ok";
          case "RCPT" -> rcptAnswer + " rcpt";
          case "DATA" -> "354 go";
          case "QUIT" -> "221 bye";
          default -> "250 ok";
        };
        data = command.equals("DATA");
        out.print(answer + "\r\n");
        out.flush();
        if (command.equals("QUIT")) {
          break;
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return lines;
  }
}
